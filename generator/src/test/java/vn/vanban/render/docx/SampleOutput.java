package vn.vanban.render.docx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.vanban.doc.SampleDocuments;

/** Writes the sample documents to /tmp for a look in Word or LibreOffice: {@code java SampleOutput}. */
public final class SampleOutput {
    private SampleOutput() {
    }

    public static void main(String[] args) throws Exception {
        DocxRenderer r = DocxRenderer.builder().build();
        try (OutputStream out = Files.newOutputStream(Path.of("/tmp/docx-sample.docx"))) {
            r.render(SampleDocuments.kehoach(), out);
        }
        try (OutputStream out = Files.newOutputStream(Path.of("/tmp/docx-two-signers.docx"))) {
            r.render(SampleDocuments.twoSigners(), out);
        }
    }
}
