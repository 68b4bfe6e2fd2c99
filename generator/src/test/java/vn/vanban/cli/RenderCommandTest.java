package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI: exit codes, messages, and no output file when anything is wrong. */
class RenderCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badEventFileExitsTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/binh-phuoc-2025.yaml")).replace("ngay: 08/10/2024", "ngay: 31/02/2024"));
        Path out = dir.resolve("out");
        Run r = run("render", bad.toString(), "-o", out.toString(), "--format", "txt");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
        assertTrue(r.err().contains("van_ban[0].ngay"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "no output files");
    }

    @Test
    void aBadSecondFileLeavesNoOutputOfTheFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run r = run("render", "examples/binh-phuoc-2025.yaml", dir.resolve("missing.yaml").toString(), "-o", out.toString(), "--format", "txt");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty());
    }

    @Test
    void unknownFormatAndOptionAreBadInput() {
        assertEquals(ExitCode.BAD_INPUT, run("render", "examples/binh-phuoc-2025.yaml", "--format", "odt").code());
        Run r = run("render", "--no-such-option", "examples/binh-phuoc-2025.yaml");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("vanban: error: Unknown option: '--no-such-option'"), r.err());
        assertTrue(r.err().contains("./vanban render --help"), r.err());
    }

    @Test
    void rendersTextAndPrintsThePath(@TempDir Path dir) throws Exception {
        Run r = run("render", "examples/tam-duong-2024.yaml", "-o", dir.toString(), "--format", "txt");
        assertEquals(ExitCode.OK, r.code(), r.err());
        Path txt = dir.resolve("tam-duong-2024-huong-dan.txt");
        assertEquals(txt.toString(), r.out().strip());
        assertTrue(Files.readString(txt).contains("III. TỔ CHỨC THỰC HIỆN"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aTemplateErrorExitsTwoNamesTheTemplateLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(templates.resolve("huong-dan.ftl"), "<document>\n<p>${vb.khong_co}</p>\n</document>");
        Path out = dir.resolve("out");
        Run r = run("render", "examples/tam-duong-2024.yaml", "--templates", templates.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("templates/huong-dan.ftl:2:")), r.err());
        assertTrue(r.err().contains("vb.khong_co"), r.err());
        assertTrue(!Files.exists(out), "nothing written");
        assertEquals(ExitCode.BAD_INPUT, run("render", "examples/tam-duong-2024.yaml", "--templates", dir.resolve("nope").toString()).code());
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run("render", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"--output", "--format", "--templates", "--quiet", "Exit codes"}) {
            assertTrue(r.out().contains(opt), opt);
        }
    }

    @Test
    void publishedSchemaIsCurrent() throws Exception {
        Run r = run("schema");
        assertEquals(Files.readString(Path.of("schema/event.schema.json")), r.out(),
                "schema/event.schema.json is stale: run ./vanban schema -o schema/event.schema.json");
    }
}
