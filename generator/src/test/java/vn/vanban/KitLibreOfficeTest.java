package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of a kit opens in LibreOffice, and LibreOffice lays the DOCX out on as many pages
 * as vanban's PDF has. Skipped where soffice is not installed.
 */
class KitLibreOfficeTest {
    @Test
    void libreOfficeOpensEveryDocumentOnTheSamePages(@TempDir Path dir) throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice is not on PATH");
        List<KitDocument> kit = KitTest.VANBAN.kit(Vanban.read(Path.of("examples/tan-hop-2025.yaml")), EnumSet.of(Format.DOCX, Format.PDF));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("lo").toString()));
        for (KitDocument d : kit) {
            Path docx = dir.resolve(d.files().get(0).name());
            Files.write(docx, d.files().get(0).bytes());
            command.add(docx.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice did not finish in 5 minutes");
        for (KitDocument d : kit) {
            Path converted = dir.resolve("lo").resolve(d.name() + ".pdf");
            assertTrue(Files.exists(converted), d.name() + ": " + Files.readString(dir.resolve("soffice.log")));
            try (PDDocument ours = Loader.loadPDF(d.files().get(1).bytes()); PDDocument theirs = Loader.loadPDF(converted.toFile())) {
                assertEquals(ours.getNumberOfPages(), theirs.getNumberOfPages(), d.name() + ": pages in vanban's PDF and in LibreOffice's layout of the DOCX");
            }
        }
    }

    private static Path onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
