package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.SampleDocuments;
import vn.vanban.doc.Section;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.doc.Span;
import vn.vanban.layout.TextMeasurer;

/** Page setup, sections, and the header, table and closing layouts, read back from the DOCX. */
class DocxLayoutTest {
    private static final DocxFile KEHOACH = Rendered.docx(SampleDocuments.kehoach());
    private static final DocxFile TWO_SIGNERS = Rendered.docx(SampleDocuments.twoSigners());

    @Test
    void nd30_1_1_a4PortraitWithTheStyleSheetsMarginsInEverySection() {
        List<Element> sections = KEHOACH.nodes("document", "//w:sectPr");
        assertEquals(2, sections.size(), "main text and the appendix");
        for (Element s : sections) {
            assertEquals("11906", KEHOACH.value(s, "w:pgSz/@w:w"));
            assertEquals("16838", KEHOACH.value(s, "w:pgSz/@w:h"));
            assertEquals("portrait", KEHOACH.value(s, "w:pgSz/@w:orient"));
            assertEquals("1134", KEHOACH.value(s, "w:pgMar/@w:top"), "20 mm");
            assertEquals("1134", KEHOACH.value(s, "w:pgMar/@w:bottom"), "20 mm");
            assertEquals("1701", KEHOACH.value(s, "w:pgMar/@w:left"), "30 mm");
            assertEquals("850", KEHOACH.value(s, "w:pgMar/@w:right"), "15 mm");
        }
    }

    @Test
    void landscapeSectionSwapsThePage() {
        Document doc = new Document(new Metadata("t", "s", "a", "vi-VN", LocalDate.of(2025, 1, 5)), List.of(
                new Section(Section.Orientation.PORTRAIT, List.of(Paragraph.body(List.of(Span.plain("Dọc."))))),
                new Section(Section.Orientation.LANDSCAPE, List.of(Paragraph.body(List.of(Span.plain("Ngang.")))))));
        DocxFile f = Rendered.docx(doc);
        List<Element> s = f.nodes("document", "//w:sectPr");
        assertEquals("portrait", f.value(s.get(0), "w:pgSz/@w:orient"));
        assertEquals("landscape", f.value(s.get(1), "w:pgSz/@w:orient"));
        assertEquals("16838", f.value(s.get(1), "w:pgSz/@w:w"));
        assertEquals("11906", f.value(s.get(1), "w:pgSz/@w:h"));
        assertEquals("Dọc.", f.text((Element) s.get(0).getParentNode().getParentNode()),
                "the first section ends with its own last paragraph");
    }

    @Test
    void adjacentTablesStayApartAndASectionNeverEndsOnATable() {
        Table t = new Table(List.of(new Table.Column("STT", 1, Table.Align.CENTER)), List.of(List.of(List.of(Span.plain("1")))));
        SignatureBlock sig = new SignatureBlock(List.of(new Signature(List.of("CHỦ TỊCH"), null, "Nguyễn Văn A")), List.of());
        Document doc = new Document(new Metadata("t", "s", "a", "vi-VN", LocalDate.of(2025, 1, 5)), List.of(
                new Section(Section.Orientation.PORTRAIT, List.of(t, sig)),
                new Section(Section.Orientation.PORTRAIT, List.of(t))));
        DocxFile f = Rendered.docx(doc);
        List<Element> top = f.nodes("document", "/w:document/w:body/*");
        for (int i = 1; i < top.size(); i++) {
            assertTrue(!(top.get(i).getLocalName().equals("tbl") && top.get(i - 1).getLocalName().equals("tbl")),
                    "Word would merge two adjacent tables into one");
        }
        assertEquals("p", top.get(top.size() - 2).getLocalName(), "a paragraph closes the last section");
        assertEquals(1, f.nodes("document", "/w:document/w:body/w:p/w:pPr/w:sectPr").size());
    }

    @Test
    void nd30_1_1_pageNumberCentredInTheHeaderNotOnFirstPageRestartingEachSection() {
        List<Element> sections = KEHOACH.nodes("document", "//w:sectPr");
        assertEquals(2, sections.size());
        for (Element s : sections) {
            assertEquals(1, KEHOACH.nodes(s, "w:titlePg").size(), "different first page");
            assertEquals("1", KEHOACH.value(s, "w:pgNumType/@w:start"), "numbering restarts at 1");
            assertEquals("nextPage", KEHOACH.value(s, "w:type/@w:val"));
            String def = KEHOACH.headerPart(s, "default");
            assertEquals("PAGE", KEHOACH.value(def, "normalize-space(//w:instrText)"));
            assertEquals("SoTrang", KEHOACH.value(def, "//w:p/w:pPr/w:pStyle/@w:val"));
            String first = KEHOACH.headerPart(s, "first");
            assertEquals(0, KEHOACH.nodes(first, "//w:instrText | //w:fldSimple | //w:t").size(),
                    "nothing in the first page's header");
        }
        assertEquals("center", KEHOACH.value("styles", "//w:style[@w:styleId='SoTrang']/w:pPr/w:jc/@w:val"));
    }

    @Test
    void nd30_1_2_headerIsABorderlessTableWithSoAndDateLevel() {
        Element table = KEHOACH.nodes("document", "/w:document/w:body/w:tbl[1]").get(0);
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertEquals("none", KEHOACH.value(table, "w:tblPr/w:tblBorders/w:" + side + "/@w:val"), side);
        }
        assertEquals("fixed", KEHOACH.value(table, "w:tblPr/w:tblLayout/@w:type"));
        assertEquals("3515", KEHOACH.value(table, "w:tblGrid/w:gridCol[1]/@w:w"), "headerLeftMm 62 mm");
        Element so = KEHOACH.paragraph("Số: 05/KH-UBND");
        Element date = KEHOACH.paragraph("Tỉnh Mẫu, ngày 05 tháng 01 năm 2025");
        assertSame(so.getParentNode().getParentNode(), date.getParentNode().getParentNode(), "ô 3 and ô 4 on one row");
        assertEquals("QuocHieu", KEHOACH.value(KEHOACH.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "w:pPr/w:pStyle/@w:val"));
        assertEquals("TieuNgu", KEHOACH.value(KEHOACH.paragraph("Độc lập - Tự do - Hạnh phúc"), "w:pPr/w:pStyle/@w:val"));
        assertEquals("DiaDanhNgay", KEHOACH.value(date, "w:pPr/w:pStyle/@w:val"));
    }

    @Test
    void nd30_1_3_tieuNguRuleIsAsLongAsTheMotto() {
        Element motto = KEHOACH.paragraph("Độc lập - Tự do - Hạnh phúc");
        Element rule = KEHOACH.nodes(motto, "following-sibling::w:p[1]").get(0);
        assertEquals("single", KEHOACH.value(rule, "w:pPr/w:pBdr/w:bottom/@w:val"));
        assertEquals("", KEHOACH.text(rule), "the rule paragraph holds no text");
        int cell = DocxFile.num(KEHOACH.value(rule, "../w:tcPr/w:tcW/@w:w"));
        int left = DocxFile.num(KEHOACH.value(rule, "w:pPr/w:ind/@w:left"));
        int right = DocxFile.num(KEHOACH.value(rule, "w:pPr/w:ind/@w:right"));
        double lengthPt = (cell - left - right) / 20.0;
        double mottoPt = TextMeasurer.standard().width("Độc lập - Tự do - Hạnh phúc", 14, true, false);
        assertEquals(mottoPt, lengthPt, 2.0, "rule length in pt");
        assertTrue(Math.abs(left - right) <= 1, "centred under the motto");
    }

    @Test
    void nd30_1_3_agencyRuleIsAShareOfTheAgencyLine() {
        Element agency = KEHOACH.paragraph("TỈNH MẪU");
        Element rule = KEHOACH.nodes(agency, "following-sibling::w:p[1]").get(0);
        int cell = DocxFile.num(KEHOACH.value(rule, "../w:tcPr/w:tcW/@w:w"));
        double lengthPt = (cell - DocxFile.num(KEHOACH.value(rule, "w:pPr/w:ind/@w:left"))
                - DocxFile.num(KEHOACH.value(rule, "w:pPr/w:ind/@w:right"))) / 20.0;
        double longest = TextMeasurer.standard().width("ỦY BAN NHÂN DÂN", 13, true, false);
        assertEquals(0.4 * longest, lengthPt, 1.0);
    }

    @Test
    void contentTableIsRuledWithARepeatedBoldHeader() {
        Element stt = KEHOACH.paragraph("STT");
        Element table = KEHOACH.nodes(stt, "ancestor::w:tbl[1]").get(0);
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertEquals("single", KEHOACH.value(table, "w:tblPr/w:tblBorders/w:" + side + "/@w:val"), side);
            assertEquals("4", KEHOACH.value(table, "w:tblPr/w:tblBorders/w:" + side + "/@w:sz"), "0.5 pt");
        }
        assertEquals(1, KEHOACH.nodes(table, "w:tr[1]/w:trPr/w:tblHeader").size(), "header row repeats");
        assertEquals("TieuDeBang", KEHOACH.value(stt, "w:pPr/w:pStyle/@w:val"));
        int total = 0;
        for (Element col : KEHOACH.nodes(table, "w:tblGrid/w:gridCol")) {
            total += DocxFile.num(col.getAttributeNS(DocxFile.W, "w"));
        }
        assertEquals(11906 - 1701 - 850, total, "the whole text width: page width minus margins");
        assertEquals("1336", KEHOACH.value(table, "w:tblGrid/w:gridCol[1]/@w:w"), "weight 1 of 7 of 9355");
        assertEquals("center", KEHOACH.value(KEHOACH.paragraph("200"), "w:pPr/w:jc/@w:val"));
    }

    @Test
    void nd30_1_7_noiNhanLevelWithTheFirstAuthorityLine() {
        Element label = KEHOACH.paragraph("Nơi nhận:");
        Element authority = KEHOACH.paragraph("TM. ỦY BAN NHÂN DÂN");
        assertEquals("NoiNhan", KEHOACH.value(label, "w:pPr/w:pStyle/@w:val"));
        assertEquals("DanhSachNoiNhan", KEHOACH.value(KEHOACH.paragraph("- Lưu: VT, NC."), "w:pPr/w:pStyle/@w:val"));
        Element row = (Element) label.getParentNode().getParentNode();
        assertSame(row, authority.getParentNode().getParentNode(), "same table row");
        assertEquals(label, KEHOACH.nodes(label, "../w:p[1]").get(0), "first line of the left column");
        assertEquals(authority, KEHOACH.nodes(authority, "../w:p[1]").get(0), "first line of the right column");
        // Baselines level (nd30.md §1.7): space before + line height − descent, the same on both sides.
        double labelBaseline = Double.parseDouble(KEHOACH.value(label, "w:pPr/w:spacing/@w:before")) / 20
                + 12 * 1.2 - TextMeasurer.standard().descent(12, true, true);
        double authorityBaseline = Double.parseDouble(KEHOACH.value(authority, "w:pPr/w:spacing/@w:before")) / 20
                + 14 * 1.2 - TextMeasurer.standard().descent(14, true, false);
        assertEquals(authorityBaseline, labelBaseline, 0.1, "Nơi nhận level with the first authority line");
        assertEquals(1, KEHOACH.nodes(row, "w:trPr/w:cantSplit").size(), "the block stays on one page");
    }

    @Test
    void twoSignersStandSideBySideWithNamesLevelAndNoiNhanBelow() {
        Element thuKy = TWO_SIGNERS.paragraph("THƯ KÝ");
        Element chuToa = TWO_SIGNERS.paragraph("CHỦ TỌA");
        assertSame(thuKy.getParentNode().getParentNode(), chuToa.getParentNode().getParentNode());
        assertNotEquals(thuKy.getParentNode(), chuToa.getParentNode(), "two columns");
        Element b = TWO_SIGNERS.paragraph("Trần Thị B");
        Element a = TWO_SIGNERS.paragraph("Nguyễn Văn A");
        assertSame(b.getParentNode().getParentNode(), a.getParentNode().getParentNode(), "names on one row");
        Element label = TWO_SIGNERS.paragraph("Nơi nhận:");
        Element labelRow = (Element) label.getParentNode().getParentNode();
        assertEquals(List.of(b.getParentNode().getParentNode()), TWO_SIGNERS.nodes(labelRow, "preceding-sibling::w:tr[1]"),
                "Nơi nhận on the row under the names");
        assertEquals(label.getParentNode(), TWO_SIGNERS.nodes(labelRow, "w:tc[1]").get(0), "left column");
    }

    @Test
    void nd30_1_7_kinhGuiDashesStandUnderTheColon() {
        Element dash = TWO_SIGNERS.paragraph("- Ủy ban nhân dân tỉnh;");
        int left = DocxFile.num(TWO_SIGNERS.value(dash, "w:pPr/w:ind/@w:left"));
        int hanging = DocxFile.num(TWO_SIGNERS.value(dash, "w:pPr/w:ind/@w:hanging"));
        Element label = TWO_SIGNERS.paragraph("Kính gửi:");
        int labelLeft = DocxFile.num(TWO_SIGNERS.value(label, "w:pPr/w:ind/@w:left"));
        assertEquals(0.25 * (11906 - 1701 - 850), labelLeft, 1, "ô 9a centre-right: Kính gửi starts a quarter of the text width in");
        double colonPt = labelLeft / 20.0 + TextMeasurer.standard().width("Kính gửi", 14, false, false);
        assertEquals(colonPt, (left - hanging) / 20.0, 1.0, "the dash starts where the colon does");
        assertEquals(TextMeasurer.standard().width("- ", 14, false, false), hanging / 20.0, 1.0, "wrapped lines follow the text");
    }
}
