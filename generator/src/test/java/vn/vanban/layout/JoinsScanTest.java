package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The scans that let {@link Joins#apply} skip its patterns change no output: compared with the four
 * patterns run on every text (the code before the JFR profile), on the examples' lines and on random
 * strings built from the characters the patterns look at.
 */
class JoinsScanTest {
    private static final Pattern RANGE = Pattern.compile("(\\d) ([-–]) (\\d)");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([Ss]ố:?|[Nn]gày|[Tt]háng|[Nn]ăm|[Tt]hứ|[Qq]uý|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hần|[Mm]ục|[Pp]hụ lục) (?=[\\dIVXLC]+(?![\\p{L}]))");
    private static final Pattern PERCENT = Pattern.compile("(\\d) %");
    private static final Pattern INNER = Pattern.compile("(?<=[\\p{L}\\p{N}.)])([-–/])(?=[\\p{L}\\p{N}(])");

    /** The reference: every pattern on every text. */
    private static String reference(String text) {
        String s = RANGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0" + m.group(2) + "\u2060\u00A0" + m.group(3)));
        s = NUMBER_WORD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0"));
        s = PERCENT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00A0%"));
        return INNER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u2060"));
    }

    @Test
    void everyLineOfTheExamplesJoinsAsBefore() throws Exception {
        int changed = 0;
        for (String file : new String[] {"binh-phuoc-2025.yaml", "tam-duong-2024.yaml", "so-noi-vu-phu-tho-2025.yaml"}) {
            for (String line : Files.readAllLines(Path.of("examples", file))) {
                assertEquals(reference(line), Joins.apply(line), line);
                changed += reference(line).equals(line) ? 0 : 1;
            }
        }
        assertEquals(true, changed > 20, "the examples exercise the patterns: " + changed + " lines change");
    }

    @Test
    void randomTextsJoinAsBefore() {
        String[] pieces = {" ", "  ", "-", "–", "/", "%", " %", " - ", "(", ")", ".", "2025", "7", "I", "VI", "X", "C", "a", "Ư",
            "số", "Số:", "ngày", "tháng", "năm", "thứ", "Quý", "Điều", "khoản", "điểm", "Phần", "mục", "phụ lục", "Phụ lục", "Năm", "Mục", "Khoản", "Ngày", "KH", "UBND", "\u00A0", "😀"};
        SplittableRandom rnd = new SplittableRandom(30_2020);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(1, 12);
            for (int k = 0; k < n; k++) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String s = b.toString();
            assertEquals(reference(s), Joins.apply(s), s);
        }
    }
}
