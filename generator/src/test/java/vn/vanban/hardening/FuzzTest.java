package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.template.Markup;

/**
 * Seeded random mutation of event files and markup, for a bounded time (vanban.fuzz.seconds, 4 s each by
 * default; CI can raise it). The reader must answer every input with an event file or an
 * {@link EventFileException}, and the bundled templates must build every file the reader accepts (bad input
 * reads as the user's, never as a template's fault); the
 * markup must always give well-formed XML. A crashing input is written to target/fuzz-crashes/ and is to be
 * copied into src/test/resources/fuzz/, where {@link #regressions} replays it on every run.
 *
 * <p>This runs in every test run and needs nothing native; {@link JazzerFuzzTest} is the coverage-guided
 * fuzzer that CI runs for a few seconds with JAZZER_FUZZ=1.
 */
class FuzzTest {
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("vanban.fuzz.seconds", 4));
    static final Path REGRESSIONS = Path.of("generator/src/test/resources/fuzz");
    static final String[] YAML_TOKENS = {": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "\"", "'", "\t", "\n",
        "\n  ", "# ", "|", ">", "? ", "---\n", "...\n", "%YAML 1.2\n", "~", "null", "-1", "0", "1e9", "99999999999999999999", "0x10", ".inf",
        "31/02/2024", "13/2024", "\u202e", "\u00a0", "\u200b", "\u0301", "\uFEFF", "\u0085", "\\u", "\\ud800", "\"\\x00\"", "ệ", "Đ", "loai: ", "so: ",
        "van_ban:", "noi_dung:", "con:", "muc: ", "tu_dong: dai_bieu", "tu_dong: chuong_trinh", "phu_luc: [{mau: de_cuong}]", "**", "*", "`"};
    static final String[] MARKUP_TOKENS = {"*", "**", "`", "- ", "+ ", "1. ", "a) ", "đ) ", "> ", "\n", "\n\n", "\r\n", " ", "  ", "\t", "x", "ệ", "Đ",
        "<", ">", "&", "&amp;", "]]>", "<![CDATA[", "\"", "'", "\u00a0", "\u202e", "\u0301", "\ud800", "\udc00", "./.", ";", "\\", "_", "#", "${x}"};

    static List<String> seeds() throws Exception {
        List<String> out = new ArrayList<>();
        for (String e : List.of("examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml")) {
            out.add(Files.readString(Path.of(e)));
        }
        out.add(Files.readString(Path.of("generator/src/test/resources/bad/base.yaml.in")));
        return out;
    }

    static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            if (sb.isEmpty()) {
                sb.append(YAML_TOKENS[r.nextInt(YAML_TOKENS.length)]);
            }
            int at = r.nextInt(sb.length());
            switch (r.nextInt(7)) {
                case 0 -> sb.insert(at, YAML_TOKENS[r.nextInt(YAML_TOKENS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(40)));
                case 2 -> sb.setCharAt(at, (char) r.nextInt(0x2100));
                case 3 -> { // duplicate a line
                    int start = sb.lastIndexOf("\n", at) + 1;
                    int end = sb.indexOf("\n", at);
                    if (end > start) {
                        sb.insert(end + 1, sb.substring(start, end + 1));
                    }
                }
                case 4 -> sb.setLength(at); // truncate
                case 5 -> { // indent or unindent a line
                    int start = sb.lastIndexOf("\n", at) + 1;
                    if (r.nextBoolean()) {
                        sb.insert(start, "  ");
                    } else if (sb.length() > start + 1 && sb.charAt(start) == ' ') {
                        sb.delete(start, start + 1);
                    }
                }
                default -> sb.insert(at, YAML_TOKENS[r.nextInt(YAML_TOKENS.length)].repeat(1 + r.nextInt(200)));
            }
        }
        return sb.toString();
    }

    /** The reader's and the builder's contract on one input; throws what broke it. */
    static void eventContract(Vanban vanban, String text) throws Exception {
        EventFile ev;
        try {
            ev = EventReader.parse(Path.of("fuzz.yaml"), text);
        } catch (EventFileException expected) {
            return;
        }
        try {
            vanban.documents(ev); // the bundled templates take every file the reader takes: a TemplateException is a finding
        } catch (EventFileException expected) {
            // The document plan refuses what the reader cannot know alone (a kind no kinds.yaml defines): an answer, not a crash.
        }
    }

    @Test
    void eventReaderAndBuilderAnswerEveryMutation(@TempDir Path tmp) throws Exception {
        Vanban vanban = Vanban.builder().build();
        List<String> seeds = seeds();
        long end = System.nanoTime() + BUDGET.toNanos();
        Random r = new Random(20_250_101L);
        int n = 0;
        while (System.nanoTime() < end || n < 50) {
            String input = mutate(seeds.get(n % seeds.size()), r);
            n++;
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> eventContract(vanban, input));
            } catch (Throwable t) {
                throw new AssertionError("input " + n + " crashed the reader (" + t + "); kept as " + keep(input, "yaml"), t);
            }
        }
    }

    @Test
    void markupAlwaysGivesWellFormedXml() throws Exception {
        long end = System.nanoTime() + BUDGET.toNanos();
        Random r = new Random(7L);
        int n = 0;
        while (System.nanoTime() < end || n < 200) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(MARKUP_TOKENS[r.nextInt(MARKUP_TOKENS.length)]);
            }
            String input = sb.toString();
            n++;
            try {
                wellFormed(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Markup.toXml(input)));
            } catch (Throwable t) {
                throw new AssertionError("markup input " + n + " broke (" + t + "); kept as " + keep(input, "md"), t);
            }
        }
    }

    /** Found by the markup fuzzer: a lone surrogate made the XML ill-formed (Markup.escape now writes U+FFFD). */
    @Test
    void markupRegressions() throws Exception {
        for (String input : List.of("_\udc001. &amp;\t**1. > #đ) > **ệx\"ệ\n", "\ud800", "a\u0000b", "- \uFFFE")) {
            wellFormed(Markup.toXml(input));
        }
    }

    static Stream<Path> regressions() throws Exception {
        try (Stream<Path> s = Files.list(REGRESSIONS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void regressions(Path input) throws Exception {
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> eventContract(Vanban.builder().build(), text));
    }

    static void wellFormed(String fragment) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader x = f.createXMLStreamReader(new StringReader("<r>" + fragment + "</r>"));
        while (x.hasNext()) {
            x.next();
        }
    }

    private static Path keep(String input, String ext) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-crashes"));
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            String name = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            return Files.write(dir.resolve(name + "." + ext), bytes);
        } catch (Exception e) {
            return Path.of("(not kept: " + e + ")");
        }
    }
}
