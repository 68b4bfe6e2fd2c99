package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.cli.Main;

/**
 * Every bad input of {@code generator/src/test/resources/bad/} (written by its make-corpus.py) run through the
 * CLI as a user runs it: the exit code and the message of expectations.tsv, no stack trace, no hang, and no
 * file written when the input is refused.
 */
class BadInputCorpusTest {
    static final Path DIR = Path.of("generator/src/test/resources/bad");

    record Case(String name, int exit, String fragment, String args) {
    }

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(DIR.resolve("expectations.tsv")).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
            String[] f = l.split("\t", -1);
            return Arguments.of(new Case(f[0], Integer.parseInt(f[1]), f[2], f[3]));
        });
    }

    @Test
    void theCorpusHasAtLeastAHundredCases() throws IOException {
        assertTrue(cases().count() >= 100, "cases: " + cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsMessageAndNoPartialFile(Case c, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path base = tmp.resolve("base").resolve("base.yaml");
        Files.createDirectories(base.getParent());
        Files.copy(DIR.resolve("base.yaml.in"), base);
        String[] args = c.args().replace("{file}", DIR.resolve(c.name()).toString()).replace("{dir}", DIR.toString())
                .replace("{out}", out.toString()).replace("{base}", base.toString()).split(" ");
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(args, new PrintWriter(so, true), new PrintWriter(se, true)),
                c.name() + " hangs");
        String err = se.toString();
        assertEquals(c.exit(), code, c.name() + " exit code; stderr:\n" + err);
        assertTrue(err.contains(c.fragment()), c.name() + ": expected \"" + c.fragment() + "\" in:\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"), c.name() + " gives a trace:\n" + err);
        assertFalse(err.toLowerCase(java.util.Locale.ROOT).contains("bug"), c.name() + " says bug:\n" + err);
        if (!c.args().contains("--templates")) {
            assertFalse(err.contains("templates/"), c.name() + " blames a template for bad input:\n" + err);
        }
        if (code != 0) {
            assertTrue(err.contains("vanban") || err.contains(DIR.toString()), c.name() + " says where:\n" + err);
            assertEquals(List.of(), Files.exists(out) ? listing(out) : List.of(), c.name() + " wrote files");
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
