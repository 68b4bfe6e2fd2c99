package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.vanban.doc.Document;
import vn.vanban.doc.SampleDocuments;

/** The text, the metadata and the reproducibility of the DOCX. */
class DocxContentTest {

    @Test
    void allTheTextOfTheSampleInReadingOrder() {
        for (Document doc : List.of(SampleDocuments.kehoach(), SampleDocuments.twoSigners())) {
            List<String> actual = Rendered.docx(doc).paragraphTexts().stream().filter(s -> !s.isEmpty()).toList();
            assertEquals(Rendered.expectedLines(doc), actual);
        }
    }

    @Test
    void textIsNfcAndSpacesArePreserved() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        for (Element t : f.nodes("document", "//w:t")) {
            String s = t.getTextContent();
            assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), s);
            assertEquals("preserve", t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"), s);
        }
        assertTrue(f.paragraphTexts().contains("- Hình thức tổ chức: “Hội nghị tuyên dương điển hình tiên tiến”."),
                "spaces between spans survive");
    }

    @Test
    void bodyParagraphsCarryOnlyTheirStyle() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        Element p = f.paragraph("Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước, cụ thể như sau:");
        assertEquals(1, f.nodes(p, "w:pPr/*").size(), "only w:pStyle");
        assertEquals("NoiDung", f.value(p, "w:pPr/w:pStyle/@w:val"));
        assertEquals(0, f.nodes(p, "w:r/w:rPr").size(), "no direct run formatting");
        Element bold = f.nodes("document", "//w:r[w:t='“Hội nghị tuyên dương điển hình tiên tiến”']").get(0);
        assertEquals(1, f.nodes(bold, "w:rPr/w:b").size(), "a bold span is bold");
        assertEquals(0, f.nodes("document", "//w:numPr").size(), "markers are text, not Word numbering");
    }

    @Test
    void nd30_1_5_headingsAndListsUseTheirStyles() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        Map<String, String> expected = Map.of(
                "I. MỤC ĐÍCH VÀ YÊU CẦU", "Muc",
                "1. Hình thức, thời gian tổ chức", "Khoan",
                "a) Đối với các xã, phường, thị trấn", "Diem",
                "Phần thứ nhất", "Phan",
                "+ Số lượng đại biểu: tối đa 200 đại biểu.", "DauCong",
                "- Thời gian: ½ ngày, hoàn thành trước ngày 31/3/2025.", "GachDau",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "CanCu",
                "KẾ HOẠCH", "TenLoai",
                "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Mẫu)", "KemTheo");
        expected.forEach((text, style) -> assertEquals(style, f.value(f.paragraph(text), "w:pPr/w:pStyle/@w:val"), text));
    }

    @Test
    void noEmptyParagraphsForSpacingButTheSignatureSpace() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        for (Element p : f.nodes("document", "//w:body//w:p[not(.//w:t)]")) {
            boolean rule = !f.nodes(p, "w:pPr/w:pBdr").isEmpty();
            boolean signatureSpace = "HoTenNguoiKy".equals(f.value(p, "w:pPr/w:pStyle/@w:val"));
            double heightPt = DocxFile.num(f.value(p, "w:pPr/w:spacing/@w:line")) / 20.0;
            assertTrue(rule || signatureSpace || heightPt <= 2,
                    "an empty paragraph is a rule, the signature space or a hairline separator; got " + heightPt + " pt");
        }
    }

    @Test
    void corePropertiesComeFromTheMetadataAndItsDate() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        assertEquals("Kế hoạch 05/KH-UBND", f.value("core", "//dc:title"));
        assertEquals("Tổ chức Đại hội Thi đua yêu nước các cấp", f.value("core", "//dc:subject"));
        assertEquals("Ủy ban nhân dân tỉnh Mẫu", f.value("core", "//dc:creator"));
        assertEquals("vi-VN", f.value("core", "//dc:language"));
        assertEquals("2025-01-05T00:00:00Z", f.value("core", "//dcterms:created"));
        assertEquals("2025-01-05T00:00:00Z", f.value("core", "//dcterms:modified"));
    }

    @Test
    void renderingTwiceGivesTheSameBytesInAnyTimeZone() {
        byte[] first = Rendered.bytes(SampleDocuments.kehoach());
        byte[] second = Rendered.bytes(SampleDocuments.kehoach());
        assertArrayEquals(first, second);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(saved.getID().equals("Asia/Ho_Chi_Minh") ? "America/New_York" : "Asia/Ho_Chi_Minh"));
            assertArrayEquals(first, Rendered.bytes(SampleDocuments.kehoach()), "time zone leaks into the file");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void oneRendererIsSafeToShareBetweenThreads() throws Exception {
        byte[] expected = Rendered.bytes(SampleDocuments.kehoach());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Rendered.bytes(SampleDocuments.kehoach())));
            }
            for (Future<byte[]> run : runs) {
                assertArrayEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void poiReadsTheFileBackWithItsStyles() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Rendered.bytes(SampleDocuments.kehoach())))) {
            assertEquals("NoiDung", doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Ủy ban nhân dân tỉnh ban hành")).findFirst().orElseThrow().getStyle());
            assertEquals("Nội dung", doc.getStyles().getStyle("NoiDung").getName());
            assertEquals(3, doc.getTables().size(), "header, content table, signature");
        }
    }

    @Test
    void zipEntryTimesAreTheDocumentsDateNotNow() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        for (ZipEntry e : f.zipEntries.values()) {
            assertEquals(java.time.LocalDateTime.parse("2025-01-05T00:00"), e.getTimeLocal(), e.getName());
        }
    }

    @Test
    void noRandomIdsInAnyPart() {
        DocxFile f = Rendered.docx(SampleDocuments.kehoach());
        f.entries.forEach((name, bytes) -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            for (String id : List.of("w:rsid", "paraId", "textId", "docId", "w15:", "w14:")) {
                assertFalse(xml.contains(id), name + " contains " + id);
            }
        });
        assertEquals("15", f.value("settings", "//*[local-name()='compatSetting'][@w:name='compatibilityMode']/@w:val"),
                "opens as a current Word document, not in Compatibility Mode");
    }
}
