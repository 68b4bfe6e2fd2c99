package vn.vanban.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit on DOCX files that LibreOffice saved from a document typed by hand (no vanban style
 * names): the clean one has no finding, and each variant yields exactly its planted fault.
 * Skipped where soffice is not installed.
 */
class DocxAuditLibreOfficeTest {
    @TempDir
    static Path dir;
    private static Map<String, Path> docs;
    private static final DocxAudit AUDIT = DocxAudit.builder().build();
    private static final String NFD_CLOSING = Normalizer.normalize(HandTypedDocs.CLEAN.get("closing"), Normalizer.Form.NFD);

    @BeforeAll
    static void convert() throws Exception {
        Assumptions.assumeTrue(HandTypedDocs.soffice() != null, "soffice is not on PATH");
        Map<String, Map<String, String>> v = new LinkedHashMap<>();
        v.put("clean", Map.of());
        v.put("arial", Map.of("font", "Arial"));
        v.put("margins", Map.of("left", "2.5cm"));
        v.put("heading16", Map.of("headSize", "fo:font-size=\"16pt\""));
        v.put("date", Map.of("date", "ngày 5 tháng 1 năm 2025"));
        v.put("dashes", Map.of("motto", "Độc lập – Tự do – Hạnh phúc"));
        v.put("norule", Map.of("mottoRule", ""));
        v.put("number", Map.of("number", "5"));
        v.put("upright", Map.of("nnStyle", "normal"));
        v.put("firstpage", Map.of("firstPage", ""));
        v.put("footer", Map.of("headerPage", "", "bottom", "1.5cm", "footer",
                "<style:footer><text:p text:style-name=\"PageNo\"><text:page-number text:select-page=\"current\">2</text:page-number></text:p></style:footer>"));
        v.put("left", Map.of("bodyAlign", "start", "bodyIndent", "0cm"));
        v.put("red", Map.of("closing", "Trên đây là <text:span text:style-name=\"Red\">Kế hoạch</text:span> tổ chức Hội nghị./."));
        v.put("nfd", Map.of("closing", NFD_CLOSING));
        v.put("many", Map.of("font", "Arial", "left", "2.5cm", "headSize", "fo:font-size=\"16pt\"",
                "date", "ngày 5 tháng 1 năm 2025", "motto", "Độc lập – Tự do – Hạnh phúc"));
        docs = HandTypedDocs.convert(dir, v);
    }

    private static List<String> found(String variant) throws Exception {
        return AUDIT.audit(docs.get(variant)).findings().stream()
                .map(f -> f.rule() + " @ " + f.excerpt()).toList();
    }

    @Test
    void aCleanHandTypedDocumentHasNoFinding() throws Exception {
        AuditReport r = AUDIT.audit(docs.get("clean"));
        assertTrue(r.passed(), r.toText());
        assertEquals("13/14", r.sizeProfile());
    }

    @Test
    void arialIsFoundInEveryParagraphAndNothingElse() throws Exception {
        AuditReport r = AUDIT.audit(docs.get("arial"));
        long withText = AUDIT.audit(docs.get("clean")).paragraphs();
        assertFalse(r.passed());
        assertTrue(r.findings().stream().allMatch(f -> f.rule().equals("phong_chu") && f.found().equals("Arial")
                && f.expected().equals("Times New Roman") && f.fixable()), r.toText());
        // Every paragraph that shows text: the header's, the body's, the closing block's.
        assertTrue(r.findings().size() >= 20 && r.findings().size() < withText, r.toText());
        assertTrue(r.findings().stream().anyMatch(f -> f.excerpt().equals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        assertTrue(r.findings().stream().anyMatch(f -> f.excerpt().equals("Nguyễn Văn An")));
    }

    @Test
    void aNarrowLeftMarginIsTheOnlyFinding() throws Exception {
        AuditReport r = AUDIT.audit(docs.get("margins"));
        assertEquals(1, r.findings().size(), r.toText());
        AuditFinding f = r.findings().get(0);
        assertEquals("trang.le.trai", f.rule());
        assertEquals("lề trái 25 mm", f.found());
        assertEquals("lề trái 30–35 mm", f.expected());
        assertEquals(0, f.paragraph());
        assertTrue(f.source().contains("Phụ lục I, mục I.3"), f.source());
    }

    @Test
    void headingSizeInheritedThroughABasedOnChainIsFound() throws Exception {
        // 16 pt is set on HeadBase; the headings' style "Roman" is based on it and sets no size.
        assertEquals(List.of("muc.co_chu @ I. MỤC ĐÍCH, YÊU CẦU", "muc.co_chu @ II. THỜI GIAN, ĐỊA ĐIỂM"), found("heading16"));
        AuditFinding f = AUDIT.audit(docs.get("heading16")).findings().get(0);
        assertEquals("16 pt", f.found());
        assertEquals("13 pt hoặc 14 pt", f.expected());
    }

    @Test
    void anUnpaddedDateIsFoundWithItsPaddedForm() throws Exception {
        AuditReport r = AUDIT.audit(docs.get("date"));
        assertEquals(List.of("dia_danh_ngay.dinh_dang @ Tân Hưng, ngày 5 tháng 1 năm 2025"), found("date"));
        assertEquals("Tân Hưng, ngày 05 tháng 01 năm 2025", r.findings().get(0).expected());
    }

    @Test
    void enDashesInTheMottoAreFound() throws Exception {
        assertEquals(List.of("tieu_ngu.gach_noi @ Độc lập – Tự do – Hạnh phúc"), found("dashes"));
    }

    @Test
    void aMottoWithoutItsRuleIsFound() throws Exception {
        assertEquals(List.of("tieu_ngu.duong_ke @ Độc lập - Tự do - Hạnh phúc"), found("norule"));
    }

    @Test
    void anUnpaddedNumberIsFound() throws Exception {
        assertEquals(List.of("so_ky_hieu.dinh_dang @ Số: 5/KH-UBND"), found("number"));
    }

    @Test
    void anUprightNoiNhanIsFound() throws Exception {
        assertEquals(List.of("noi_nhan.nghieng @ Nơi nhận:"), found("upright"));
    }

    @Test
    void aPageNumberOnPageOneIsFound() throws Exception {
        List<AuditFinding> f = AUDIT.audit(docs.get("firstpage")).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals("so_trang", f.get(0).rule());
        assertEquals("số trang hiện cả trên trang đầu", f.get(0).found());
    }

    @Test
    void aPageNumberInTheFooterIsFound() throws Exception {
        List<AuditFinding> f = AUDIT.audit(docs.get("footer")).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals("số trang ở chân trang", f.get(0).found());
    }

    @Test
    void leftAlignedUnindentedBodyIsFoundOnBodyParagraphsOnly() throws Exception {
        assertEquals(List.of(
                "noi_dung.can_le @ Thực hiện Kế hoạch của Ủy ban nhân dân…",
                "noi_dung.thut_dau_dong @ Thực hiện Kế hoạch của Ủy ban nhân dân…",
                "noi_dung.can_le @ Trên đây là Kế hoạch tổ chức Hội nghị đ…",
                "noi_dung.thut_dau_dong @ Trên đây là Kế hoạch tổ chức Hội nghị đ…"), found("left"));
    }

    @Test
    void colouredTextIsFound() throws Exception {
        assertEquals(List.of("mau_chu @ Trên đây là Kế hoạch tổ chức Hội nghị./."), found("red"));
    }

    @Test
    void decomposedUnicodeIsFound() throws Exception {
        List<AuditFinding> f = AUDIT.audit(docs.get("nfd")).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals("unicode.nfc", f.get(0).rule());
    }

    @Test
    void fixCorrectsTheMechanicalFaultsAndLibreOfficeReadsTheSameText() throws Exception {
        Path in = docs.get("many");
        AuditReport before = AUDIT.audit(in);
        assertTrue(before.findings().stream().map(AuditFinding::rule).toList()
                .containsAll(List.of("phong_chu", "trang.le.trai", "muc.co_chu", "dia_danh_ngay.dinh_dang", "tieu_ngu.gach_noi")));
        DocxAudit.Fixed fixed = AUDIT.fix(in);
        assertTrue(fixed.after().passed(), fixed.after().toText());
        assertArrayEquals(fixed.docx(), AUDIT.fix(in).docx(), "same input, same bytes");
        Path out = dir.resolve("many-fixed.docx");
        Files.write(out, fixed.docx());
        assertTrue(AUDIT.audit(out).passed(), "the written file audits clean");

        String original = HandTypedDocs.text(dir, in);
        String corrected = HandTypedDocs.text(dir, out);
        String expected = original.replace("ngày 5 tháng 1 năm 2025", "ngày 05 tháng 01 năm 2025")
                .replace("Độc lập – Tự do – Hạnh phúc", "Độc lập - Tự do - Hạnh phúc");
        assertFalse(expected.equals(original), "the planted faults are in LibreOffice's text");
        assertEquals(expected, corrected);
    }
}
