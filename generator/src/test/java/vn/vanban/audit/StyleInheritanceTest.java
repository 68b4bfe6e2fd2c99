package vn.vanban.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sizes come from wherever Word takes them: a table style, a based-on chain, a character style,
 * direct formatting over all of them. Built as minimal DOCX packages written by hand.
 */
class StyleInheritanceTest {
    private static final DocxAudit AUDIT = DocxAudit.builder().build();
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A package with these styles and this body (inside w:body). */
    static byte[] docx(String styles, String body) throws Exception {
        return new DocxParts()
                .put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>")
                .put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>")
                .put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + W + ">"
                        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
                        + "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                        + styles + "</w:styles>")
                .put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
                        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\""
                        + " w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
                .bytes();
    }

    private static String p(String ppr, String rpr, String text) {
        return "<w:p><w:pPr>" + ppr + "<w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr>" + rpr + "</w:rPr><w:t xml:space=\"preserve\">"
                + text + "</w:t></w:r></w:p>";
    }

    private static String header(String tblStyle) {
        String rule = "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:ind w:left=\"1206\" w:right=\"1206\"/></w:pPr></w:p>";
        return "<w:tbl><w:tblPr>" + tblStyle + "<w:tblW w:w=\"9355\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3515\"/>"
                + "<w:gridCol w:w=\"5840\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"3515\" w:type=\"dxa\"/></w:tcPr>"
                + p("", "<w:b/><w:sz w:val=\"26\"/>", "ỦY BAN NHÂN DÂN")
                + "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr></w:p>"
                + "</w:tc><w:tc><w:tcPr><w:tcW w:w=\"5840\" w:type=\"dxa\"/></w:tcPr>"
                + p("", "<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                + p("", "<w:b/><w:sz w:val=\"28\"/>", "Độc lập - Tự do - Hạnh phúc") + rule + "</w:tc></w:tr></w:tbl>";
    }

    private static List<String> found(byte[] docx) throws Exception {
        return AUDIT.audit("t.docx", docx).findings().stream().map(f -> f.rule() + " " + f.found()).toList();
    }

    @Test
    void aTableStyleSetsTheSizeOfTheQuocHieu() throws Exception {
        String table = "<w:style w:type=\"table\" w:styleId=\"Header\"><w:name w:val=\"Header\"/>"
                + "<w:rPr><w:sz w:val=\"26\"/></w:rPr></w:style>";
        // In a table styled at 13 pt, the Quốc hiệu (no size of its own) is 13 pt: no finding.
        assertEquals(List.of(), found(docx(table, header("<w:tblStyle w:val=\"Header\"/>"))));
        // Without the table style it takes the document default, 14 pt.
        assertEquals(List.of("quoc_hieu.co_chu 14 pt"), found(docx(table, header(""))));
        // A table style at 10 pt makes it 10 pt.
        String small = table.replace("w:val=\"26\"", "w:val=\"20\"");
        assertEquals(List.of("quoc_hieu.co_chu 10 pt"), found(docx(small, header("<w:tblStyle w:val=\"Header\"/>"))));
    }

    @Test
    void characterStylesAndDirectFormattingOverrideTheParagraphStyle() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:name w:val=\"Base\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"QH\"><w:name w:val=\"QH\"/><w:basedOn w:val=\"Base\"/><w:rPr><w:b/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Nho\"><w:name w:val=\"Nho\"/><w:rPr><w:sz w:val=\"26\"/></w:rPr></w:style>";
        String viaChain = header("").replace(p("", "<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                p("<w:pStyle w:val=\"QH\"/>", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertEquals(List.of("quoc_hieu.co_chu 16 pt"), found(docx(styles, viaChain)), "16 pt from Base through QH");
        String viaCharStyle = header("").replace(p("", "<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                p("<w:pStyle w:val=\"QH\"/>", "<w:rStyle w:val=\"Nho\"/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertEquals(List.of(), found(docx(styles, viaCharStyle)), "the character style's 13 pt wins");
        String direct = header("").replace(p("", "<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                p("<w:pStyle w:val=\"QH\"/>", "<w:rStyle w:val=\"Nho\"/><w:sz w:val=\"24\"/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        // Direct 12 pt wins: the Quốc hiệu of the 12/13 profile, so the Tiêu ngữ at 14 breaks the pair (footnote 1).
        AuditReport r = AUDIT.audit("t.docx", docx(styles, direct));
        assertEquals("12/13", r.sizeProfile());
        assertEquals(List.of("tieu_ngu.co_chu 14 pt"), found(docx(styles, direct)));
    }

    @Test
    void aCongVansSubjectLineIsUprightAtTwelveOrThirteen() throws Exception {
        String keep = header("").replace("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr></w:p></w:tc>",
                "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr></w:p>"
                        + p("", "<w:sz w:val=\"26\"/>", "Số: 12/UBND-VX") + p("", "<w:sz w:val=\"24\"/>", "V/v nâng bậc lương năm 2019") + "</w:tc>");
        keep = keep.replace(p("", "<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                p("", "<w:b/><w:sz w:val=\"26\"/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertEquals(List.of(), found(docx("", keep)));
        String bad = keep.replace(p("", "<w:sz w:val=\"24\"/>", "V/v nâng bậc lương năm 2019"),
                p("", "<w:b/>", "V/v nâng bậc lương năm 2019"));
        assertEquals(List.of("trich_yeu_cong_van.co_chu 14 pt", "trich_yeu_cong_van.dam chữ đậm"), found(docx("", bad)));
        String addressees = "<w:p><w:r><w:t>Kính gửi: Bộ Nội vụ</w:t></w:r></w:p>";
        assertEquals(List.of(), found(docx("", keep + addressees)));
        assertEquals(List.of("kinh_gui.nghieng chữ nghiêng"),
                found(docx("", keep + addressees.replace("<w:r>", "<w:r><w:rPr><w:i/></w:rPr>"))));
    }

    @Test
    void fixSetsTheSizeWhateverItWasInheritedFrom() throws Exception {
        String table = "<w:style w:type=\"table\" w:styleId=\"Header\"><w:name w:val=\"Header\"/>"
                + "<w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>";
        DocxAudit.Fixed fixed = AUDIT.fix("t.docx", docx(table, header("<w:tblStyle w:val=\"Header\"/>")));
        assertEquals(List.of("quoc_hieu.co_chu 10 pt"), fixed.before().findings().stream().map(f -> f.rule() + " " + f.found()).toList());
        assertTrue(fixed.after().passed(), fixed.after().toText());
        assertEquals(List.of("đoạn 3 [Quốc hiệu] cỡ chữ 10 pt → 13 pt"), fixed.changes());
    }
}
