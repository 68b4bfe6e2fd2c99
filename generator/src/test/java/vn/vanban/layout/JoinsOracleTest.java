package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.vanban.doc.Document;

/**
 * {@link Joins#apply}'s one-pass scan joins exactly as the four regular expressions it replaced,
 * each run over the whole text in turn (the oracle below, kept as it was): on every line of the
 * examples and the templates, every string of the documents the examples make, and random and
 * adversarial strings of the characters the patterns look at.
 */
class JoinsOracleTest {
    private static final Pattern RANGE = Pattern.compile("(\\d) ([-–]) (\\d)");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([Ss]ố:?|[Nn]gày|[Tt]háng|[Nn]ăm|[Tt]hứ|[Qq]uý|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hần|[Mm]ục|[Pp]hụ lục) (?=[\\dIVXLC]+(?![\\p{L}]))");
    private static final Pattern PERCENT = Pattern.compile("(\\d) %");
    private static final Pattern INNER = Pattern.compile("(?<=[\\p{L}\\p{N}.)])([-–/])(?=[\\p{L}\\p{N}(])");

    /** The oracle: the four patterns, one after the other, on the whole text. */
    private static String oracle(String text) {
        String s = RANGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0" + m.group(2) + "\u2060\u00A0" + m.group(3)));
        s = NUMBER_WORD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0"));
        s = PERCENT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0%"));
        return INNER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u2060"));
    }

    @Test
    void everyLineOfTheExamplesAndTemplatesJoinsAsTheOracle() throws IOException {
        int changed = 0;
        int lines = 0;
        for (Path file : files("examples", ".yaml", "templates", ".ftl")) {
            for (String line : Files.readAllLines(file)) {
                String want = oracle(line);
                assertEquals(want, Joins.apply(line), file + ": " + line);
                changed += want.equals(line) ? 0 : 1;
                lines++;
            }
        }
        assertTrue(changed > 100, "the files exercise the patterns: " + changed + " of " + lines + " lines change");
    }

    @Test
    void everyStringOfTheExamplesDocumentsJoinsAsTheOracle() throws Exception {
        List<String> strings = new ArrayList<>();
        for (Document d : ExampleModels.documents()) {
            ExampleModels.walk(d, value -> value instanceof String s && strings.add(s));
        }
        int changed = 0;
        for (String s : strings) {
            String want = oracle(s);
            assertEquals(want, Joins.apply(s), s);
            changed += want.equals(s) ? 0 : 1;
        }
        assertTrue(changed > 100, "the documents exercise the patterns: " + changed + " of " + strings.size() + " strings change");
    }

    @Test
    void randomPhrasesJoinAsTheOracle() {
        String[] pieces = {" ", "  ", "-", "–", "—", "/", "%", " %", " - ", " – ", "(", ")", ".", ":", ",", "2025", "7", "0",
            "I", "VI", "X", "C", "L", "V", "IX", "a", "Ư", "ậ", "b", "số", "Số:", "số:", "ngày", "Ngày", "tháng", "Tháng", "năm",
            "Năm", "thứ", "Thứ", "Quý", "quý", "Điều", "điều", "khoản", "Khoản", "điểm", "Điểm", "Phần", "phần", "mục", "Mục",
            "phụ lục", "Phụ lục", "phụ", "lục", "KH", "UBND", "\u00A0", "\u2060", "😀", "𝐀", "𠀀", "\u0301", "Ⅻ", "½", "٣",
            "\u212Ahoản", "ǅ", "ʰ", "\t", "\uD800", "\uDC00"};
        phrasesJoinAsTheOracle(pieces, 30_2020, 200_000, 12);
    }

    @Test
    void edgeCasesJoinAsTheOracle() {
        String[] cases = {"", " ", "1 - 2 - 3", "2025 - 2030 - 2035 - 2040", "1 – 2 - 3 – 4", "1 - 2 %", "5 % 6 %", "5 %%",
            "năm 2024a", "năm 20a", "năm 2a", "năm IVa", "năm IV", "năm I2a", "năm 2I", "năm VI.", "năm 2024", "năm 2024",
            "số: 5", "số:5", "Số  5", "số 5", "xsố 5", "1số 5", "(số 5", "số:: 5", "phụ lục II", "Phụ lục IV.", "phụ  lục 2",
            "thứ VI", "thứ Vi", "thứ 𝐀", "thứ I𝐀", "thứ 1𝐀", "a-b-c", "(1)-(2)", "1.-a", "a/(b)", "a-", "-a", "a–𝐀", "𝐀-a",
            "Ⅻ-a", "a-Ⅻ", "½/2", "٣-1", "2025 -2030", "2025- 2030", "2025 - 2030%", "⁠-a", "a-⁠"};
        for (String s : cases) {
            assertEquals(oracle(s), Joins.apply(s), s);
        }
    }

    @Test
    void denseRandomPhrasesJoinAsTheOracle() {
        String[] pieces = {"1", "2", "I", "V", "a", " ", " - ", " – ", "-", "/", " %", "%", ".", ")", "(", "năm", "số", "số:",
            "phụ lục", " ", "𝐀"};
        phrasesJoinAsTheOracle(pieces, 2030, 300_000, 10);
    }

    /** {@code count} phrases of 1 to {@code maxPieces} - 1 random pieces, each joined as the oracle joins it. */
    private static void phrasesJoinAsTheOracle(String[] pieces, long seed, int count, int maxPieces) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(1, maxPieces);
            for (int k = 0; k < n; k++) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String s = b.toString();
            assertEquals(oracle(s), Joins.apply(s), s);
        }
    }

    @Test
    void randomCharactersJoinAsTheOracle() {
        String alphabet = " 019IVXLCMivx-–/%.()::aăđĐốSsNnTtQqKkPpMmgàyhứáuýiềoảểầụlcn\u00A0\u2060\u0301ⅫΩ\uD835\uDC00\uD800\uDC00";
        SplittableRandom rnd = new SplittableRandom(2060);
        for (int i = 0; i < 300_000; i++) {
            char[] c = new char[rnd.nextInt(0, 16)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            }
            String s = new String(c);
            assertEquals(oracle(s), Joins.apply(s), s);
        }
    }

    private static List<Path> files(String... dirAndSuffix) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < dirAndSuffix.length; i += 2) {
            String suffix = dirAndSuffix[i + 1];
            try (Stream<Path> s = Files.list(Path.of(dirAndSuffix[i]))) {
                s.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
