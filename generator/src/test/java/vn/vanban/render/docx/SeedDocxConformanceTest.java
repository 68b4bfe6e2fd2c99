package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.vanban.Format;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;

/** ND30 (nd30.md §1.1–1.8) on the DOCX made from the seed 004 example, read back from its XML. */
class SeedDocxConformanceTest {
    static final DocxFile KH = render("examples/binh-phuoc-2025.yaml");
    static final DocxFile HD = render("examples/tam-duong-2024.yaml");

    static DocxFile render(String event) {
        try {
            EventFile ev = Vanban.read(Path.of(event));
            Vanban v = Vanban.builder().build();
            return new DocxFile(v.bytes(v.documents(ev).get(0), Format.DOCX, Vanban.style(ev)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String style(String id, String path) {
        return KH.value("styles", "//w:style[@w:styleId='" + id + "']/" + path);
    }

    boolean on(String id, String prop) {
        return !KH.nodes("styles", "//w:style[@w:styleId='" + id + "']/w:rPr/w:" + prop + "[not(@w:val='0') and not(@w:val='false')]").isEmpty();
    }

    @Test
    void nd30_1_1_pageMarginsAndNumbersPerSection() {
        List<Element> sections = KH.nodes("document", "//w:sectPr");
        assertEquals(2, sections.size(), "main text and the đề cương");
        for (Element s : sections) {
            assertEquals("11906", KH.value(s, "w:pgSz/@w:w"));
            assertEquals("16838", KH.value(s, "w:pgSz/@w:h"));
            assertEquals("1134", KH.value(s, "w:pgMar/@w:top"), "top 20 mm");
            assertEquals("1134", KH.value(s, "w:pgMar/@w:bottom"), "bottom 20 mm");
            assertEquals("1701", KH.value(s, "w:pgMar/@w:left"), "left 30 mm");
            assertEquals("850", KH.value(s, "w:pgMar/@w:right"), "right 15 mm");
            assertFalse(KH.nodes(s, "w:titlePg").isEmpty(), "no number on the section's first page");
            assertEquals("1", KH.value(s, "w:pgNumType/@w:start"), "numbers restart in each section");
            String header = KH.headerPart(s, "default");
            String instr = KH.value(header, "string(//w:instrText)") + KH.value(header, "string(//w:fldSimple/@w:instr)");
            assertTrue(instr.contains("PAGE"), "PAGE field in the header");
            assertEquals("center", KH.value(header, "//w:p[1]//w:jc/@w:val").isEmpty()
                    ? style(KH.value(header, "//w:p[1]/w:pPr/w:pStyle/@w:val"), "w:pPr/w:jc/@w:val")
                    : KH.value(header, "//w:p[1]//w:jc/@w:val"), "page number centred");
            String first = KH.headerPart(s, "first");
            assertEquals("", KH.value(first, "normalize-space(/)").replaceAll("\\s", ""), "first-page header is empty");
        }
    }

    @Test
    void nd30_1_1_fontAndLanguage() {
        assertEquals("Times New Roman", KH.value("styles", "//w:docDefaults//w:rFonts/@w:ascii"));
        assertEquals("Times New Roman", KH.value("styles", "//w:docDefaults//w:rFonts/@w:hAnsi"));
        assertEquals("vi-VN", KH.value("styles", "//w:docDefaults//w:lang/@w:val"));
    }

    @Test
    void nd30_1_3_and_1_4_headerTitleAndBodyStyles() {
        assertEquals("26", style("QuocHieu", "w:rPr/w:sz/@w:val"), "Quốc hiệu 13");
        assertTrue(on("QuocHieu", "b"));
        assertEquals("28", style("TieuNgu", "w:rPr/w:sz/@w:val"), "Tiêu ngữ 14");
        assertTrue(on("TieuNgu", "b"));
        assertEquals("26", style("CoQuanBanHanh", "w:rPr/w:sz/@w:val"), "agency 13");
        assertTrue(on("CoQuanBanHanh", "b"));
        assertEquals("26", style("SoKyHieu", "w:rPr/w:sz/@w:val"), "số 13");
        assertEquals("28", style("DiaDanhNgay", "w:rPr/w:sz/@w:val"), "date 14");
        assertTrue(on("DiaDanhNgay", "i"), "date italic");
        assertTrue(on("TenLoai", "b"));
        assertTrue(on("TrichYeu", "b"));
        assertEquals("28", style("NoiDung", "w:rPr/w:sz/@w:val"), "body 14");
        assertEquals("both", style("NoiDung", "w:pPr/w:jc/@w:val"), "body justified");
        assertEquals("720", style("NoiDung", "w:pPr/w:ind/@w:firstLine"), "first-line indent 1.27 cm");
        assertTrue(Integer.parseInt(style("NoiDung", "w:pPr/w:spacing/@w:after")) >= 120, "≥ 6 pt between paragraphs");
        assertTrue(on("CanCu", "i"), "căn cứ italic");
    }

    @Test
    void nd30_1_6_and_1_7_signatureAndRecipients() {
        assertEquals("24", style("NoiNhan", "w:rPr/w:sz/@w:val"), "Nơi nhận 12");
        assertTrue(on("NoiNhan", "b") && on("NoiNhan", "i"), "Nơi nhận bold italic");
        assertEquals("22", style("DanhSachNoiNhan", "w:rPr/w:sz/@w:val"), "items 11");
        assertTrue(on("QuyenHanChucVu", "b"));
        assertTrue(on("HoTenNguoiKy", "b"));
    }

    @Test
    void eachLineCarriesItsNamedStyle() {
        record Expect(String text, String style) {
        }
        for (Expect e : List.of(
                new Expect("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu"),
                new Expect("Độc lập - Tự do - Hạnh phúc", "TieuNgu"),
                new Expect("Số: 293/KH-UBND", "SoKyHieu"),
                new Expect("Bình Phước, ngày 08 tháng 10 năm 2024", "DiaDanhNgay"),
                new Expect("KẾ HOẠCH", "TenLoai"),
                new Expect("I. MỤC ĐÍCH VÀ YÊU CẦU", "Muc"),
                new Expect("Nơi nhận:", "NoiNhan"),
                new Expect("- Lưu: VT, MC-02KH.", "DanhSachNoiNhan"),
                new Expect("KT. CHỦ TỊCH", "QuyenHanChucVu"),
                new Expect("Trần Tuệ Hiền", "HoTenNguoiKy"),
                new Expect("Phần thứ nhất", "Phan"))) {
            assertEquals(e.style(), KH.value(KH.paragraph(e.text()), "w:pPr/w:pStyle/@w:val"), e.text());
        }
        assertEquals("Số:      /HD-UBND", HD.paragraphTexts().stream().filter(t -> t.startsWith("Số:")).findFirst().orElseThrow());
    }

    @Test
    void sizeProfile12_13FromTheEventFile() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("examples/binh-phuoc-2025.yaml")).replace("vanban: 1\n", "vanban: 1\ncai_dat: {co_chu: \"12/13\"}\n");
        EventFile ev = vn.vanban.event.EventReader.parse(Path.of("x.yaml"), yaml);
        Vanban v = Vanban.builder().build();
        DocxFile small = new DocxFile(v.bytes(v.documents(ev).get(0), Format.DOCX, Vanban.style(ev)));
        assertEquals("24", small.value("styles", "//w:style[@w:styleId='QuocHieu']/w:rPr/w:sz/@w:val"), "Quốc hiệu 12");
        assertEquals("26", small.value("styles", "//w:style[@w:styleId='TieuNgu']/w:rPr/w:sz/@w:val"), "Tiêu ngữ 13");
        assertEquals("26", small.value("styles", "//w:style[@w:styleId='DiaDanhNgay']/w:rPr/w:sz/@w:val"), "date 13");
        assertEquals("26", small.value("styles", "//w:style[@w:styleId='NoiDung']/w:rPr/w:sz/@w:val"), "body 13");
        assertEquals("26", small.value("styles", "//w:style[@w:styleId='SoKyHieu']/w:rPr/w:sz/@w:val"), "số stays 13");
        assertEquals("24", small.value("styles", "//w:style[@w:styleId='NoiNhan']/w:rPr/w:sz/@w:val"), "Nơi nhận stays 12");
    }

    @Test
    void headerTableIsBorderless() {
        Element table = KH.nodes("document", "//w:body/w:tbl").get(0);
        for (String side : Set.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            String v = KH.value(table, "w:tblPr/w:tblBorders/w:" + side + "/@w:val");
            assertTrue(v.equals("none") || v.equals("nil"), side + " border is " + v);
        }
    }
}
