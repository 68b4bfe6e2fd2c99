package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.TitleBlock;
import vn.vanban.render.docx.DocxRenderer;
import vn.vanban.render.pdf.PdfRenderer;
import vn.vanban.testing.PdfLines;

/**
 * Issue 7.5: real names in the header, as an officer types them on one line, come out in both
 * renderers on the same lines, broken at phrase boundaries; the PDF's glyphs stay inside the
 * column; the trích yếu's lines are balanced and its ranges and ký hiệu whole.
 */
class HeaderNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ | ỦY BAN NHÂN DÂN / XÃ XUÂN PHÚ",
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | BỘ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG",
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH | BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA | SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG / TỈNH THANH HÓA",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO | SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ | ỦY BAN NHÂN DÂN / PHƯỜNG ĐIỆN BIÊN PHỦ",
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH",
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC | TỔNG CÔNG TY / ĐIỆN LỰC MIỀN BẮC",
            "CÔNG TY CỔ PHẦN XI MĂNG HÀ TIÊN 1 | CÔNG TY CỔ PHẦN / XI MĂNG HÀ TIÊN 1",
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH QUẢNG NINH | HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG / TỈNH QUẢNG NINH",
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | BỘ / LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI",
    })
    void agencyNamesBreakAtPhrasesInBothRenderers(String typed, String expected) throws Exception {
        Document doc = document(typed);
        List<String> want = List.of(expected.split(" / "));

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxRenderer.builder().build().render(doc, docx);
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray()))) {
            XWPFTable header = d.getTables().get(0);
            List<String> cell = new ArrayList<>();
            for (XWPFParagraph p : header.getRow(0).getCell(0).getParagraphs()) {
                if ("CoQuanBanHanh".equals(p.getStyle()) && !p.getText().isEmpty()) {
                    cell.add(p.getText());
                }
            }
            assertEquals(want, cell, "DOCX: one paragraph per line of the agency name");
            long left = Long.parseLong(String.valueOf(header.getCTTbl().getTblGrid().getGridColArray(0).getW()));
            assertTrue(left >= 3515, "the column is at least 62 mm (3515 twips): " + left);
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.builder().build().render(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            List<PdfLines.Line> lines = PdfLines.read(d);
            double columnRight = 0;
            for (String line : want) {
                PdfLines.Line l = lines.stream().filter(x -> x.text().equals(line)).findFirst()
                        .orElseThrow(() -> new AssertionError("PDF has no line \"" + line + "\": " + lines));
                columnRight = Math.max(columnRight, l.right());
            }
            PdfLines.Line nation = lines.stream().filter(x -> x.text().startsWith("CỘNG HÒA")).findFirst().orElseThrow();
            assertTrue(columnRight < nation.left(), "the agency column ends before the Quốc hiệu starts");
        }
    }

    @org.junit.jupiter.api.Test
    void trichYeuIsBalancedWithItsUnitsWhole() throws Exception {
        Document doc = document("ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.builder().build().render(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            List<PdfLines.Line> lines = PdfLines.read(d);
            int k = 0;
            while (!lines.get(k).text().equals("KẾ HOẠCH")) {
                k++;
            }
            PdfLines.Line a = lines.get(k + 1);
            PdfLines.Line b = lines.get(k + 2);
            assertEquals(SUBJECT, a.text() + " " + b.text());
            assertTrue(b.text().contains("2025 - 2030") || a.text().contains("2025 - 2030"), "the range whole");
            double wa = a.right() - a.left();
            double wb = b.right() - b.left();
            assertTrue(Math.min(wa, wb) > 0.6 * Math.max(wa, wb), "balanced lines: " + a.text() + " | " + b.text());
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxRenderer.builder().build().render(doc, docx);
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray()))) {
            XWPFParagraph subject = d.getParagraphs().stream().filter(p -> "TrichYeu".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals(1, subject.getCTP().getRList().stream().mapToInt(r -> r.getBrList().size()).sum(),
                    "the DOCX breaks the trích yếu where the PDF does");
            assertTrue(subject.getText().contains("2025\u00A0-\u2060\u00A02030"),
                    "the range is joined in the DOCX: " + subject.getText());
        }
    }

    @org.junit.jupiter.api.Test
    void aKyHieuInANarrowNoiNhanStaysWholeAndTheClosingParagraphKeepsWithTheSignature() throws Exception {
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock(List.of(), List.of("ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG"), "Số: 15/KH-UBND", null,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tam Đường, ngày 10 tháng 3 năm 2026", null));
        b.add(new TitleBlock("KẾ HOẠCH", List.of(SUBJECT)));
        b.add(Paragraph.body(List.of(Span.plain("Trên đây là Kế hoạch của Ủy ban nhân dân huyện./."))));
        b.add(new SignatureBlock(List.of(new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), null, "Sùng Lữ Páo")),
                List.of("Ủy ban MTTQ Việt Nam và các tổ chức CT-XH huyện;", "Lưu: VT, MC-02KH.")));
        Document doc = new Document(new Metadata("t", "s", "a", "vi-VN", LocalDate.of(2026, 3, 10)),
                List.of(new Section(Section.Orientation.PORTRAIT, b)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.builder().build().render(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            List<String> lines = PdfLines.read(d).stream().map(PdfLines.Line::text).toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains("CT-XH")), "the ký hiệu on one line: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains("MC-02KH")), lines.toString());
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxRenderer.builder().build().render(doc, docx);
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray()))) {
            String all = d.getTables().get(1).getText();
            assertTrue(all.contains("CT-\u2060XH") && all.contains("MC-\u206002KH"), "joined in the DOCX: " + all);
            XWPFParagraph closing = d.getParagraphs().stream().filter(p -> p.getText().endsWith("./.")).findFirst().orElseThrow();
            assertTrue(closing.getCTP().getPPr().isSetKeepNext(), "issue 7.1: the closing paragraph keeps with the signature");
            assertTrue(d.getTables().get(1).getRow(0).getCtRow().getTrPr().sizeOfCantSplitArray() > 0, "the signature row cannot split");
        }
    }

    private static final String SUBJECT = "Tổ chức Hội nghị điển hình tiên tiến xã Xuân Phú lần thứ I, giai đoạn 2025 - 2030"
            + " và biểu dương tập thể, cá nhân tiêu biểu";

    private static Document document(String agency) {
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock(List.of(), List.of(agency), "Số: 15/KH-UBND", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 10 tháng 3 năm 2026", null));
        b.add(new TitleBlock("KẾ HOẠCH", List.of(SUBJECT)));
        b.add(Paragraph.body(List.of(Span.plain("Nội dung./."))));
        b.add(new SignatureBlock(List.of(new Signature(List.of("GIÁM ĐỐC"), null, "Lê Văn Hùng")), List.of("Lưu: VT.")));
        return new Document(new Metadata("t", "s", "a", "vi-VN", LocalDate.of(2026, 3, 10)),
                List.of(new Section(Section.Orientation.PORTRAIT, b)));
    }
}
