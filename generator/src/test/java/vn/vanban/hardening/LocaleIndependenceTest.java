package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same bytes under every locale: the CLI run as a separate JVM under tr_TR (dotted capital İ), ar_SA and
 * th_TH_TH (native digits) and C gives the DOCX, PDF and print files the default locale gives; and the
 * launcher takes Vietnamese file names under LANG=C.
 */
class LocaleIndependenceTest {
    static final String EVENT = "examples/binh-phuoc-2025.yaml"; // has a phụ lục: the tr_TR "PORTRAİT" case

    static Path reference;

    static synchronized Path reference(Path tmp) throws Exception {
        if (reference == null) {
            Path dir = Files.createTempDirectory("vanban-locale-ref");
            run(List.of("-Duser.language=en", "-Duser.country=US"), Path.of("."), null, "render", EVENT, "-o", dir.toString(), "-f", "docx,pdf,txt", "-q");
            run(List.of("-Duser.language=en", "-Duser.country=US"), Path.of("."), null, "print", EVENT, "-o", dir.resolve("print").toString(), "-q");
            reference = dir;
        }
        return reference;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tr_TR", "ar_SA", "th_TH_TH", "C"})
    void sameBytesUnderLocale(String locale, @TempDir Path tmp) throws Exception {
        Path ref = reference(tmp);
        String[] p = locale.split("_");
        List<String> props = new ArrayList<>();
        if (locale.equals("C")) {
            props.add("-Duser.language=");
            props.add("-Duser.country=");
        } else {
            props.add("-Duser.language=" + p[0]);
            props.add("-Duser.country=" + p[1]);
            if (p.length > 2) {
                props.add("-Duser.variant=" + p[2]);
            }
        }
        Path out = tmp.resolve("out");
        run(props, Path.of("."), locale.equals("C") ? "C" : null, "render", EVENT, "-o", out.toString(), "-f", "docx,pdf,txt", "-q");
        run(props, Path.of("."), locale.equals("C") ? "C" : null, "print", EVENT, "-o", out.resolve("print").toString(), "-q");
        List<Path> expected = files(ref);
        assertEquals(expected.stream().map(ref::relativize).toList(), files(out).stream().map(out::relativize).toList());
        assertTrue(expected.size() > 5, "files: " + expected);
        for (Path f : expected) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve(ref.relativize(f))), ref.relativize(f) + " differs under " + locale);
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("binh-phuoc-2025-ke-hoach.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1); // the cross-reference table reads back
        }
    }

    /** The launcher under LANG=C: a Vietnamese event file name and output folder. */
    @Test
    void launcherTakesVietnameseNamesUnderLangC(@TempDir Path tmp) throws Exception {
        Path jar = Path.of("target/vanban-all.jar");
        Assumptions.assumeTrue(Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(newestSource()) > 0,
                "the jar is missing or older than the sources: run ./vanban once (mvn package) to test the launcher");
        Path event = tmp.resolve("bình-phước.yaml");
        Files.copy(Path.of(EVENT), event);
        ProcessBuilder pb = new ProcessBuilder("./vanban", "render", event.toString(), "-o", tmp.resolve("đầu-ra").toString(), "-q");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process proc = pb.start();
        String log = new String(proc.getInputStream().readAllBytes());
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), log);
        assertTrue(Files.exists(tmp.resolve("đầu-ra").resolve("bình-phước-ke-hoach.pdf")), log);
    }

    private static java.nio.file.attribute.FileTime newestSource() throws Exception {
        try (Stream<Path> s = Stream.of("generator/src/main", "templates", "fonts").map(Path::of).flatMap(LocaleIndependenceTest::walk)) {
            return s.map(LocaleIndependenceTest::mtime).max(java.util.Comparator.naturalOrder()).orElseThrow();
        }
    }

    private static Stream<Path> walk(Path p) {
        try {
            return Files.walk(p).filter(Files::isRegularFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.nio.file.attribute.FileTime mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** Runs vanban's Main in a new JVM with these system properties (and LANG/LC_ALL when {@code lang} is set). */
    static void run(List<String> props, Path cwd, String lang, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(props);
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add("vn.vanban.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        if (lang != null) {
            pb.environment().put("LANG", lang);
            pb.environment().put("LC_ALL", lang);
        }
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + String.join(" ", args));
        assertEquals(0, p.exitValue(), String.join(" ", cmd.subList(0, 3)) + " " + String.join(" ", args) + ":\n" + log);
    }

}
