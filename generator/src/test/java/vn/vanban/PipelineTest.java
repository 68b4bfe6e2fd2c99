package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.cli.Main;

/** The whole pipeline as a user runs it: same bytes, a real client agrees, bad glyphs stop it. */
class PipelineTest {
    static final String[] EXAMPLES = {"examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml"};

    @ParameterizedTest
    @ValueSource(strings = {"examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml"})
    void sameInputSameBytes(String event) throws Exception {
        List<RenderedFile> a = Vanban.builder().build().render(Vanban.read(Path.of(event)), Set.of(Format.DOCX, Format.PDF));
        List<RenderedFile> b = Vanban.builder().build().render(Vanban.read(Path.of(event)), Set.of(Format.DOCX, Format.PDF));
        assertEquals(2, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).name() + " differs between two renders");
        }
    }

    @Test
    void libreOfficeOpensTheDocxAndAgreesOnPageCount(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed; .ci/run installs it");
        for (String event : EXAMPLES) {
            List<RenderedFile> files = Vanban.builder().build().render(Vanban.read(Path.of(event)), Set.of(Format.DOCX, Format.PDF));
            Path docx = dir.resolve(files.get(0).name());
            Files.write(docx, files.get(0).bytes());
            Path outDir = dir.resolve("lo");
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
            Path converted = outDir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.exists(converted), "LibreOffice wrote " + converted + ": " + Files.readString(dir.resolve("soffice.log")));
            List<String> theirs = firstLines(Files.readAllBytes(converted));
            List<String> ours = firstLines(files.get(1).bytes());
            assertTrue(Math.abs(theirs.size() - ours.size()) <= 1, event + ": LibreOffice " + theirs.size() + " pages, vanban " + ours.size());
            // Same page breaks as far as possible: the pages start with the same line.
            long same = java.util.stream.IntStream.range(0, Math.min(ours.size(), theirs.size())).filter(i -> ours.get(i).equals(theirs.get(i))).count();
            assertTrue(same >= 0.75 * ours.size(), event + ": only " + same + " of " + ours.size() + " pages start where LibreOffice's do\n" + ours + "\n" + theirs);
        }
    }

    @Test
    void aCharacterTheFontLacksStopsTheRenderAndNamesIt(@TempDir Path dir) throws Exception {
        Path ev = dir.resolve("glyph.yaml");
        Files.writeString(ev, Files.readString(Path.of("examples/tam-duong-2024.yaml"))
                .replace("trich_yeu: Tổ chức Hội nghị", "trich_yeu: Tổ chức 会議 Hội nghị"));
        StringWriter err = new StringWriter();
        Path out = dir.resolve("out");
        int code = Main.run(new String[] {"render", ev.toString(), "-o", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("U+4F1A"), err.toString());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written, not even the DOCX");
    }

    /** The first text line of each page, page numbers left out. */
    static List<String> firstLines(byte[] pdf) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(java.util.Arrays.stream(s.getText(d).split("\n")).map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.matches("\\d+")).findFirst().orElse(""));
            }
        }
        return out;
    }

    static boolean onPath(String cmd) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, cmd))) {
                return true;
            }
        }
        return false;
    }
}
