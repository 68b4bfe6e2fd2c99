package vn.vanban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.SampleDocuments;
import vn.vanban.doc.Section;
import vn.vanban.doc.Section.Orientation;
import vn.vanban.doc.Span;
import vn.vanban.style.Nd30Style;

/** Opens the rendered PDFs with PDFBox, as a viewer would, and checks the ND30 layout rules. */
class PdfRendererTest {
    private static final double MM = 72 / 25.4;
    private static final float A4_W = 595.28f;
    private static final float A4_H = 841.89f;
    private static final float TOL = 0.5f;
    /** Pages of SampleDocuments.kehoach(): main text 1–3, the appendix from page 4. */
    private static final int APPENDIX_FIRST_PAGE = 4;

    private static final PdfRenderer RENDERER = PdfRenderer.builder().style(Nd30Style.standard()).build();
    private static byte[] kehoach;
    private static List<PdfGlyphs.Word> words;

    @BeforeAll
    static void render() throws IOException {
        kehoach = render(SampleDocuments.kehoach());
        try (PDDocument pdf = Loader.loadPDF(kehoach)) {
            words = PdfGlyphs.words(pdf);
        }
    }

    private static byte[] render(Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(doc, out);
        return out.toByteArray();
    }

    @Test
    void nd30_1_1_pageIsA4PortraitExactly() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(kehoach)) {
            assertEquals(5, pdf.getNumberOfPages(), "page count of the Kế hoạch sample");
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(A4_W, box.getWidth(), 0.01);
                assertEquals(A4_H, box.getHeight(), 0.01);
            }
        }
    }

    @Test
    void nd30_1_1_landscapeSectionSwapsTheSides() throws IOException {
        Document doc = new Document(meta(), List.of(
                new Section(Orientation.PORTRAIT, List.of(Paragraph.body(List.of(Span.plain("Trang dọc."))))),
                new Section(Orientation.LANDSCAPE, List.of(Paragraph.body(List.of(Span.plain("Trang ngang.")))))));
        try (PDDocument pdf = Loader.loadPDF(render(doc))) {
            assertEquals(2, pdf.getNumberOfPages(), "each section starts on a new page");
            assertEquals(A4_W, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(A4_H, pdf.getPage(1).getMediaBox().getWidth(), 0.01);
            assertEquals(A4_W, pdf.getPage(1).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void nd30_1_1_everyFontIsEmbeddedSubsetLiberationSerif() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(kehoach)) {
            int seen = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    seen++;
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif(-[A-Za-z]+)?"),
                            "subset Liberation Serif, got " + font.getName());
                }
            }
            assertTrue(seen >= 4, "the four faces are used");
        }
    }

    @Test
    void textIsExtractableInOrderWithVietnameseIntact() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(kehoach)) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
        String flat = text.replaceAll("\\s+", " ");
        List<String> inOrder = List.of(
                // Header cells left then right, row by row; then the body.
                "ỦY BAN NHÂN DÂN", "TỈNH MẪU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/KH-UBND", "Tỉnh Mẫu, ngày 05 tháng 01 năm 2025", "KẾ HOẠCH",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "I. MỤC ĐÍCH VÀ YÊU CẦU", "1. " + SampleDocuments.LONG_SENTENCE,
                "II. NỘI DUNG VÀ TRÌNH TỰ TIẾN HÀNH", "1. Hình thức, thời gian tổ chức",
                "a) Đối với các xã, phường, thị trấn",
                "- Hình thức tổ chức: “Hội nghị tuyên dương điển hình tiên tiến”.",
                "+ Số lượng đại biểu: tối đa 200 đại biểu.",
                "STT Cấp tổ chức Số đại biểu tối đa", "2 Huyện, thị xã, thành phố 300",
                "III. TỔ CHỨC THỰC HIỆN", "xem xét giải quyết./.",
                "Nơi nhận:", "- Ban Thi đua - Khen thưởng TW;", "- Lưu: VT, NC.",
                "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A",
                "ĐỀ CƯƠNG", "(Kèm theo Kế hoạch số 05/KH-UBND", "Phần thứ nhất", "ĐÁNH GIÁ TÌNH HÌNH",
                "I. Đặc điểm, tình hình", "- " + SampleDocuments.LONG_SENTENCE, "Phần thứ hai",
                "Xác định phương hướng, mục tiêu chung");
        int from = 0;
        for (String expected : inOrder) {
            int at = flat.indexOf(expected, from);
            assertTrue(at >= 0, "“" + expected + "” after position " + from + " in: " + flat);
            from = at + expected.length();
        }
    }

    @Test
    void nd30_1_1_textStaysInsideTheMargins() {
        for (PdfGlyphs.Word w : body(words)) {
            assertTrue(w.left() >= 30 * MM - TOL, "left margin 30 mm: " + w);
            // OpenPDF hangs a line-final . , ; : ' by 40 % of its width into the margin (a fixed
            // rule of its justification, PdfDocument.hangingPunctuation); 0.4 × 0.25 em at 14 pt.
            float hang = ".,;:'".indexOf(w.text().charAt(w.text().length() - 1)) >= 0 ? 0.4f * 0.25f * w.size() : 0;
            assertTrue(w.right() <= A4_W - 15 * MM + TOL + hang, "right margin 15 mm: " + w);
            assertTrue(w.top() >= 20 * MM - TOL, "top margin 20 mm: " + w);
            assertTrue(w.baseline() <= A4_H - 20 * MM + TOL, "bottom margin 20 mm: " + w);
        }
    }

    @Test
    void nd30_1_6_bodyIsJustifiedToBothMargins() {
        // Lines of the long numbered paragraphs that end in a word other than the last one reach the right margin.
        long flush = words.stream().filter(w -> w.text().equals("thực") || w.text().equals("hướng,"))
                .filter(w -> Math.abs(w.right() - (A4_W - 15 * MM)) < 0.5).count();
        assertTrue(flush >= 10, "justified lines end at the right margin, found " + flush);
    }

    @Test
    void nd30_1_1_pageNumbersCentredInTopMarginRestartingPerSection() {
        Map<Integer, List<PdfGlyphs.Word>> numbers = new TreeMap<>();
        for (PdfGlyphs.Word w : words) {
            if (w.baseline() < 20 * MM) {
                numbers.computeIfAbsent(w.page(), p -> new ArrayList<>()).add(w);
            }
        }
        Map<Integer, String> printed = numbers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(PdfGlyphs.Word::text).collect(Collectors.joining()), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(2, "2", 3, "3", 5, "2"), printed,
                "no number on page 1 nor on the appendix's first page (" + APPENDIX_FIRST_PAGE + "); restart at 1");
        double centre = 30 * MM + 165 * MM / 2;
        for (List<PdfGlyphs.Word> ws : numbers.values()) {
            PdfGlyphs.Word w = ws.get(0);
            assertEquals(centre, (w.left() + w.right()) / 2, 0.5, "centred over the text block: " + w);
            assertEquals(14, w.size(), 0.01, "page number size");
            assertTrue(w.top() >= 10 * MM - TOL, "number below " + Nd30Style.standard().pageNumberFromTopMm() + " mm: " + w);
        }
    }

    @Test
    void nd30_1_4_sizesOfHeaderAndClosing() {
        assertEquals(13, sizeOf("CỘNG"), 0.01, "Quốc hiệu 13");
        assertEquals(14, sizeOf("Độc"), 0.01, "Tiêu ngữ 14");
        assertEquals(12, sizeOf("Nơi"), 0.01, "Nơi nhận 12");
        assertEquals(11, sizeOf("Lưu:"), 0.01, "Nơi nhận items 11");
        assertTrue(word("Nơi").font().contains("BoldItalic"), "Nơi nhận bold italic");
        assertTrue(word("Tỉnh").font().endsWith("-Italic"), "địa danh italic");
    }

    @Test
    void nd30_1_3_numberAndDateStandLevelAndNoiNhanLevelWithAuthority() {
        assertEquals(word("Số:").baseline(), word("Tỉnh").baseline(), 0.05, "số line level with the date line");
        assertEquals(word("Nơi").baseline(), word("TM.").baseline(), 0.05, "Nơi nhận level with the first authority line");
        assertTrue(word("TM.").left() > A4_W / 2 - 20, "signer on the right");
    }

    @Test
    void kinhGuiDashesAlignUnderTheColon() throws IOException {
        List<PdfGlyphs.Word> ws;
        try (PDDocument pdf = Loader.loadPDF(render(SampleDocuments.twoSigners()))) {
            ws = PdfGlyphs.words(pdf);
        }
        PdfGlyphs.Word gui = ws.stream().filter(w -> w.text().equals("gửi:")).findFirst().orElseThrow();
        List<PdfGlyphs.Word> dashes = ws.stream().filter(w -> w.text().equals("-")
                && w.baseline() > gui.baseline() && w.baseline() < gui.baseline() + 40).toList();
        assertEquals(2, dashes.size(), "one dash per recipient: " + ws);
        for (PdfGlyphs.Word d : dashes) {
            assertEquals(colonX(gui), d.left(), 0.6, "dash under the colon");
        }
        PdfGlyphs.Word thuKy = ws.stream().filter(w -> w.text().equals("THƯ")).findFirst().orElseThrow();
        PdfGlyphs.Word chuToa = ws.stream().filter(w -> w.text().equals("TỌA")).findFirst().orElseThrow();
        assertEquals(thuKy.baseline(), chuToa.baseline(), 0.05, "two signers side by side");
        PdfGlyphs.Word tran = ws.stream().filter(w -> w.text().equals("Trần")).findFirst().orElseThrow();
        PdfGlyphs.Word nguyen = ws.stream().filter(w -> w.text().equals("Nguyễn")).findFirst().orElseThrow();
        assertEquals(tran.baseline(), nguyen.baseline(), 0.05, "the two names stand level");
        assertTrue(ws.stream().anyMatch(w -> w.text().equals("DỰ")), "draft mark printed");
    }

    private static float colonX(PdfGlyphs.Word gui) {
        // "gửi:" ends with the colon; its width in Liberation Serif 14 is 3.89 pt.
        return gui.right() - 14 * 0.278f;
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        assertArrayEquals(kehoach, render(SampleDocuments.kehoach()), "same renderer, second run");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.builder().build().render(SampleDocuments.kehoach(), out);
        assertArrayEquals(kehoach, out.toByteArray(), "a new renderer");
        assertFalse(java.util.Arrays.equals(kehoach, render(SampleDocuments.twoSigners())), "different input");
    }

    @Test
    void concurrentRendersShareTheRendererSafely() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() -> render(SampleDocuments.kehoach())));
            }
            for (var run : runs) {
                assertArrayEquals(kehoach, run.get(), "same bytes from every thread");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void metadataAndLanguageComeFromTheDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(kehoach)) {
            var info = pdf.getDocumentInformation();
            assertEquals("Kế hoạch 05/KH-UBND", info.getTitle());
            assertEquals("Ủy ban nhân dân tỉnh Mẫu", info.getAuthor());
            assertEquals("vanban", info.getCreator());
            assertEquals(LocalDate.of(2025, 1, 5).toString(),
                    info.getCreationDate().toInstant().toString().substring(0, 10));
            assertEquals("vi-VN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void missingGlyphIsRefusedBeforeAnythingIsWritten() {
        Document doc = new Document(meta(), List.of(new Section(Orientation.PORTRAIT, List.of(
                Paragraph.body(List.of(Span.plain("Chúc mừng "), Span.bold("thành công 😀 中")))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MissingGlyphException e = assertThrows(MissingGlyphException.class, () -> RENDERER.render(doc, out));
        assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
        assertTrue(e.getMessage().contains("U+4E2D"), e.getMessage());
        assertTrue(e.getMessage().contains("thành công"), "context: " + e.getMessage());
        assertEquals(2, e.missing().size());
        assertEquals(0, out.size(), "nothing written");
    }

    private static List<PdfGlyphs.Word> body(List<PdfGlyphs.Word> ws) {
        return ws.stream().filter(w -> w.baseline() >= 20 * MM).toList();
    }

    private static PdfGlyphs.Word word(String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no word “" + text + "”"));
    }

    private static float sizeOf(String text) {
        return word(text).size();
    }

    private static Metadata meta() {
        return new Metadata("Thử", "Thử", "Thử", "vi-VN", LocalDate.of(2025, 1, 1));
    }
}
