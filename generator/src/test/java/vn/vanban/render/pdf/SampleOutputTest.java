package vn.vanban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.vanban.doc.SampleDocuments;

/** Writes the sample documents to /tmp for a look by eye (pdftoppm), and checks they are PDFs. */
class SampleOutputTest {
    @Test
    void writesSamplesForInspection() throws IOException {
        PdfRenderer r = PdfRenderer.builder().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(SampleDocuments.kehoach(), out);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "pdf-sample.pdf"), out.toByteArray());
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        r.render(SampleDocuments.twoSigners(), out2);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "pdf-two-signers.pdf"), out2.toByteArray());
        assertTrue(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }
}
