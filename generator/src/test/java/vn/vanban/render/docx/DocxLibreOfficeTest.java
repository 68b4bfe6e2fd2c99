package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.doc.SampleDocuments;

/** LibreOffice opens the DOCX and lays it out as ND30 says; skipped where soffice is not installed. */
class DocxLibreOfficeTest {

    @Test
    void libreOfficeConvertsTheSampleToAPdfWithNumberedPages(@TempDir Path dir) throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice is not on PATH");
        Path docx = dir.resolve("kehoach.docx");
        Files.write(docx, Rendered.bytes(SampleDocuments.kehoach()));
        Process p = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = dir.resolve("kehoach.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));

        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int pages = d.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String page1 = text(d, 1);
            assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "Vietnamese survives: " + page1);
            assertTrue(page1.contains("Độc lập - Tự do - Hạnh phúc"), page1);
            assertTrue(page1.startsWith("ỦY BAN NHÂN DÂN") || page1.startsWith("CỘNG HÒA"),
                    "nd30 §1.1: no page number on page 1; page 1 begins " + page1.lines().findFirst().orElse(""));
            assertEquals("2", text(d, 2).lines().findFirst().orElse("").strip(), "nd30 §1.1: page 2 numbered 2 at the top");
            int appendix = 0;
            for (int i = 1; i <= pages; i++) {
                if (text(d, i).startsWith("ĐỀ CƯƠNG")) {
                    appendix = i;
                }
            }
            assertTrue(appendix > 1, "the appendix starts a page, unnumbered");
            if (appendix < pages) {
                assertEquals("2", text(d, appendix + 1).lines().findFirst().orElse("").strip(),
                        "nd30 §1.8: the appendix is numbered from 1 again");
            }
        }
    }

    private static String text(PDDocument d, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return Normalizer.normalize(s.getText(d), Normalizer.Form.NFC).strip();
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
