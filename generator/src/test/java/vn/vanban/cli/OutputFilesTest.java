package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.RenderedFile;

/** Outputs all or nothing per run, leftovers of killed runs removed, concurrent runs never mixed. */
class OutputFilesTest {
    static RenderedFile file(String name, String content) {
        return new RenderedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputFiles.LOCK)).sorted().toList();
        }
    }

    @Test
    void aFailureOnTheSecondFileLeavesTheFolderAsItWas(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.docx"), "old a");
        Files.createDirectories(dir.resolve("a.pdf")); // cannot be replaced by a file
        assertThrows(IOException.class, () -> OutputFiles.writeAll(dir, List.of(file("a.docx", "new a"), file("a.pdf", "new pdf"))));
        assertEquals("old a", Files.readString(dir.resolve("a.docx")));
        assertEquals(List.of("a.docx", "a.pdf"), listing(dir), "no temporary file left");
    }

    @Test
    void aFailedMoveRestoresWhatWasReplaced(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.docx"), "old a");
        Path sub = Files.createDirectories(dir.resolve("b.pdf"));
        Files.writeString(sub.resolve("inside"), "x"); // a non-empty folder: the move onto it fails after a.docx moved
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeAll(dir, List.of(file("a.docx", "new a"), file("b.pdf", "new b"))));
        assertTrue(e.getMessage().contains("b.pdf"), e.getMessage());
        assertEquals("old a", Files.readString(dir.resolve("a.docx")));
    }

    @Test
    void sameNameTwiceInOneRunIsAnError(@TempDir Path dir) throws IOException {
        OutputFiles.NameClash e = assertThrows(OutputFiles.NameClash.class,
                () -> OutputFiles.writeAll(dir, List.of(file("x-ke-hoach.docx", "1"), file("X-KE-HOACH.docx", "2"))));
        assertTrue(e.getMessage().contains("two outputs of this run are named X-KE-HOACH.docx"), e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void leftoversOfADeadRunAreRemovedThoseOfALiveOneKept(@TempDir Path dir) throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path stale = dir.resolve(".vanban-" + dead.pid() + "-123.a.docx.part");
        Path live = dir.resolve(".vanban-" + ProcessHandle.current().pid() + "-456.a.docx.part");
        Files.writeString(stale, "half");
        Files.writeString(live, "in progress");
        OutputFiles.writeAll(dir, List.of(file("b.docx", "b"), file("b.pdf", "b")));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live));
        assertEquals(List.of(".vanban-" + ProcessHandle.current().pid() + "-456.a.docx.part", "b.docx", "b.pdf"), listing(dir));
    }

    /** Many runs into one folder at once: at the end the DOCX and the PDF come from the same run. */
    @Test
    void concurrentRunsNeverMixTheirFiles(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<?>> runs = new ArrayList<>();
                for (int r = 0; r < 8; r++) {
                    String tag = round + "/" + r;
                    runs.add(pool.submit(() -> OutputFiles.writeAll(dir, List.of(file("e.docx", tag), file("e.pdf", tag), file("e.txt", tag)))));
                }
                for (Future<?> f : runs) {
                    f.get();
                }
                String docx = Files.readString(dir.resolve("e.docx"));
                assertEquals(docx, Files.readString(dir.resolve("e.pdf")), "round " + round);
                assertEquals(docx, Files.readString(dir.resolve("e.txt")), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("e.docx", "e.pdf", "e.txt"), listing(dir));
    }

    /** Two processes rendering two events into one folder under the same names: the pair is never mixed. */
    @Test
    void twoProcessesNeverMixTheirFiles(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("su-kien.yaml");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("su-kien.yaml");
        Files.copy(Path.of("examples/binh-phuoc-2025.yaml"), a);
        Files.copy(Path.of("examples/tam-duong-2024.yaml"), b);
        Path out = dir.resolve("out");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            List<Process> ps = new ArrayList<>();
            for (Path ev : List.of(a, b, a, b)) {
                ps.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", cp, "vn.vanban.cli.Main", "render", ev.toString(), "-o", out.toString(),
                        "-f", "docx,txt", "-q").redirectErrorStream(true).start());
            }
            for (Process p : ps) {
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), log);
            }
            String txt = Files.readString(out.resolve("su-kien-ke-hoach.txt"));
            boolean fromA = txt.contains("BÌNH PHƯỚC");
            String docx = docxText(out.resolve("su-kien-ke-hoach.docx"));
            assertEquals(fromA, docx.contains("BÌNH PHƯỚC"), "round " + round + ": the DOCX and the TXT come from different events");
        }
    }

    private static String docxText(Path p) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(p));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    @Test
    void internalErrorIsOneLineWithExitThreeAndATraceOnlyWithDebug() {
        StringWriter err = new StringWriter();
        int code = InternalErrors.report(new IllegalStateException("state lost\nsecond line"), false, new PrintWriter(err));
        assertEquals(ExitCode.INTERNAL, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("vanban: internal error: IllegalStateException: state lost (at OutputFilesTest."), err.toString());
        StringWriter debug = new StringWriter();
        InternalErrors.report(new IllegalStateException("x"), true, new PrintWriter(debug));
        assertTrue(debug.toString().contains("\tat vn.vanban.cli.OutputFilesTest"), debug.toString());
        assertTrue(InternalErrors.debugRequested(new String[] {"render", "--debug", "x.yaml"}, null));
        assertTrue(InternalErrors.debugRequested(new String[] {"render"}, "1"));
        assertFalse(InternalErrors.debugRequested(new String[] {"render", "--", "--debug"}, null));
        assertArrayEquals(new String[] {"render", "x.yaml"}, InternalErrors.withoutDebugFlag(new String[] {"--debug", "render", "x.yaml"}));
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"--debug", "--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        assertTrue(out.toString().startsWith("vanban "), out.toString());
    }
}
