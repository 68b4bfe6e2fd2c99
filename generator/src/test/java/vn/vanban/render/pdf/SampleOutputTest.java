package vn.vanban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.vanban.doc.SampleDocuments;
import vn.vanban.testing.PdfLines;

/** The sample documents read back as a viewer reads them: pages, A4, the text in order. */
class SampleOutputTest {
    @Test
    void theSamplesReadBackAsWritten() throws IOException {
        PdfRenderer r = PdfRenderer.builder().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(SampleDocuments.twoSigners(), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, d.getNumberOfPages());
            assertEquals(595.28f, d.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(841.89f, d.getPage(0).getMediaBox().getHeight(), 0.01f);
            List<String> text = PdfLines.read(d).stream().map(PdfLines.Line::text).toList();
            assertEquals(List.of("UBND TỈNH MẪU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI ĐỒNG",
                    "Độc lập - Tự do - Hạnh phúc", "THI ĐUA - KHEN THƯỞNG", "Số: 12/BB-HĐTĐKT",
                    "Tỉnh Mẫu, ngày 20 tháng 5 năm 2025", "DỰ THẢO", "BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng tỉnh",
                    "Kính gửi:", "- Ủy ban nhân dân tỉnh;", "- Sở Nội vụ.",
                    "Cuộc họp kết thúc vào 11 giờ 00, ngày 20 tháng 5 năm 2025./.", "THƯ KÝ", "CHỦ TỌA",
                    "(Ký, đóng dấu)", "Trần Thị B", "Nguyễn Văn A", "Nơi nhận:", "- Lưu: VT, Hồ sơ."), text);
        }
    }
}
