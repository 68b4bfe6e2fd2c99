package vn.vanban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.Format;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;

/** ND30 §1.1 on the PDFs of the bundled examples: exact A4, text inside the margins, fonts embedded. */
class SeedPdfConformanceTest {
    static final double MM = 72 / 25.4;

    @ParameterizedTest
    @ValueSource(strings = {"examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml"})
    void a4MarginsFonts(String event) throws Exception {
        EventFile ev = Vanban.read(Path.of(event));
        Vanban v = Vanban.builder().build();
        byte[] pdf = v.bytes(v.documents(ev).get(0), Format.PDF, Vanban.style(ev));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertEquals(595.28, page.getMediaBox().getWidth(), 0.01, "A4 width");
                assertEquals(841.89, page.getMediaBox().getHeight(), 0.01, "A4 height");
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), f.getName() + " is a Liberation Serif subset");
                }
            }
            List<PdfGlyphs.Word> words = PdfGlyphs.words(doc);
            double pageW = 210 * MM;
            double pageH = 297 * MM;
            for (PdfGlyphs.Word w : words) {
                boolean pageNumber = w.text().matches("\\d+") && w.baseline() < 20 * MM;
                assertTrue(w.left() >= 30 * MM - 0.5, w + " left of the 30 mm margin");
                // OpenPDF hangs line-final punctuation up to 40 % of its width into the margin.
                assertTrue(w.right() <= pageW - 15 * MM + 2.5, w + " right of the 15 mm margin");
                assertTrue(w.baseline() <= pageH - 20 * MM, w + " below the 20 mm bottom margin");
                if (!pageNumber) {
                    assertTrue(w.top() >= 20 * MM - 0.5, w + " above the 20 mm top margin");
                }
                if (pageNumber) {
                    assertTrue(w.page() > 1, "no number on page 1");
                    double centre = (w.left() + w.right()) / 2;
                    assertEquals(30 * MM + (165 * MM) / 2, centre, 3.0, "page number centred on the text block");
                }
            }
        }
    }
}
