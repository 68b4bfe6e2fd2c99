package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.TitleBlock;
import vn.vanban.render.docx.DocxRenderer;
import vn.vanban.render.pdf.PdfRenderer;
import vn.vanban.style.SizeProfile;
import vn.vanban.testing.LibreOffice;
import vn.vanban.testing.PdfLines;

/**
 * Issue 7.1: the signature never stands alone on a page. A document grows one line at a time over
 * two pages and more, in both size profiles; at every length the page that holds the signature
 * also holds the end of the content with its "./.", in vanban's PDF and in LibreOffice's rendering
 * of the DOCX, and the two break every page at the same line.
 */
class SignatureSweepTest {
    private static final int LENGTHS = 64;
    private static final String CLOSING = "Trên đây là Kế hoạch tổ chức Hội nghị điển hình tiên tiến xã Xuân Phú lần thứ I, "
            + "giai đoạn 2025 - 2030; yêu cầu các ban, ngành, đoàn thể triển khai thực hiện nghiêm túc./.";

    @Test
    void theSignaturePageAlwaysCarriesTheEndOfTheContent(@TempDir Path dir) throws Exception {
        List<Path> docx = new ArrayList<>();
        List<Path> pdf = new ArrayList<>();
        for (SizeProfile profile : SizeProfile.values()) {
            for (int n = 1; n <= LENGTHS; n++) {
                Document doc = document(n, profile);
                String name = "sweep-" + profile.name() + "-" + n;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfRenderer.builder().build().render(doc, out);
                pdf.add(Files.write(dir.resolve(name + ".pdf"), out.toByteArray()));
                ByteArrayOutputStream d = new ByteArrayOutputStream();
                DocxRenderer.builder().build().render(doc, d);
                docx.add(Files.write(dir.resolve(name + ".docx"), d.toByteArray()));
            }
        }
        int multiPage = 0;
        for (Path p : pdf) {
            List<PdfLines.Line> lines = PdfLines.read(p);
            multiPage += lines.get(lines.size() - 1).page() > 1 ? 1 : 0;
            assertSignatureNotAlone(p.getFileName() + " (vanban)", lines);
        }
        assertTrue(multiPage >= 60, "the sweep crosses onto a second page and beyond: " + multiPage + " multi-page lengths");

        Assumptions.assumeTrue(LibreOffice.available(), "soffice is not on PATH: LibreOffice half skipped");
        List<Path> lo = LibreOffice.toPdf(docx, dir.resolve("lo"));
        List<String> disagree = new ArrayList<>();
        for (int i = 0; i < lo.size(); i++) {
            List<PdfLines.Line> theirs = PdfLines.read(lo.get(i));
            assertSignatureNotAlone(lo.get(i).getFileName() + " (LibreOffice)", theirs);
            List<PdfLines.Line> ours = PdfLines.read(pdf.get(i));
            if (!pages(ours).equals(pages(theirs))) {
                disagree.add(pdf.get(i).getFileName().toString());
            }
        }
        assertEquals(List.of(), disagree, "page breaks differ between vanban's PDF and LibreOffice");
    }

    /** Each line's page, in reading order, page numbers left out. */
    private static List<String> pages(List<PdfLines.Line> lines) {
        List<String> out = new ArrayList<>();
        for (PdfLines.Line l : lines) {
            if (!l.text().matches("\\d+")) {
                out.add(l.page() + ":" + l.text());
            }
        }
        return out;
    }

    private static void assertSignatureNotAlone(String what, List<PdfLines.Line> lines) {
        PdfLines.Line noiNhan = lines.stream().filter(l -> l.text().startsWith("Nơi nhận")).findFirst().orElseThrow();
        PdfLines.Line end = lines.stream().filter(l -> l.text().endsWith("./.")).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no ./."));
        assertEquals(noiNhan.page(), end.page(), what + ": the content's last line (./.) is on the signature's page");
        long above = lines.stream().filter(l -> l.page() == noiNhan.page() && l.baseline() < noiNhan.baseline() - 20
                && !l.text().matches("\\d+")).count();
        assertTrue(above >= 2, what + ": content lines above the signature on its page: " + above);
    }

    /** A commune's plan whose body has {@code n} one-line items. */
    static Document document(int n, SizeProfile profile) {
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock(List.of(), List.of("ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ"), "Số: 15/KH-UBND", null,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Xuân Phú, ngày 10 tháng 3 năm 2026", null));
        b.add(new TitleBlock("KẾ HOẠCH", List.of("Tổ chức Hội nghị điển hình tiên tiến xã Xuân Phú lần thứ I, giai đoạn 2025 - 2030")));
        for (int i = 1; i <= n; i++) {
            b.add(new ListItem(1, "-", List.of(Span.plain("Thôn " + i + " chuẩn bị danh sách tập thể, cá nhân tiêu biểu."))));
        }
        b.add(Paragraph.body(List.of(Span.plain(CLOSING))));
        b.add(new SignatureBlock(List.of(new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), null, "Lê Văn Hùng")),
                List.of("Ban Thường vụ Đảng ủy xã;", "Thường trực HĐND xã;", "Các ban, ngành, đoàn thể xã;", "Lưu: VT.")));
        Metadata meta = new Metadata("Kế hoạch 15/KH-UBND", "Hội nghị", "Ủy ban nhân dân xã Xuân Phú", "vi-VN",
                LocalDate.of(2026, 3, 10), profile);
        return new Document(meta, List.of(new Section(Section.Orientation.PORTRAIT, b)));
    }
}
