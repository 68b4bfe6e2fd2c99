package vn.vanban.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line must not break: the units of an official text that a reader must see whole.
 *
 * <ul>
 *   <li>a range of numbers, {@code "2025 - 2030"};</li>
 *   <li>a number with its word, {@code "số 293"}, {@code "ngày 08"}, {@code "tháng 10"},
 *       {@code "năm 2024"}, {@code "lần thứ VI"}, {@code "70 %"};</li>
 *   <li>a token joined by a hyphen, a dash or a slash: a ký hiệu {@code "293/KH-UBND"},
 *       {@code "CT-XH"}, a date {@code "10/7/2025"}.</li>
 * </ul>
 *
 * <p>A protected space and a protected hyphen, dash or slash are followed by U+2060 (word joiner):
 * Unicode line breaking (UAX #14, rule LB11), which LibreOffice and Word follow, never breaks next
 * to it, and vanban's own line breaker does the same. The space stays an ordinary space, so it has
 * its normal width everywhere (LibreOffice draws a U+00A0 no-break space wider than a space, which
 * would move centred lines); the PDF draws U+2060 as nothing, so extracted text reads as typed.
 *
 * <pre>{@code
 * Joins.apply("giai đoạn 2025 - 2030")   // "giai đoạn 2025 \u2060-\u2060 \u20602030"
 * }</pre>
 */
public final class Joins {
    /** No-break space (typed by the officer; treated as a protected space). */
    public static final char NBSP = '\u00A0';
    /** A protected space: a space that joins, as this class writes it. */
    public static final String JOINED_SPACE = "\u00A0";
    /** Word joiner: no break on either side, no width. */
    public static final char WJ = '\u2060';

    private static final Pattern RANGE = Pattern.compile("(\\d) ([-–]) (\\d)");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([Ss]ố:?|[Nn]gày|[Tt]háng|[Nn]ăm|[Tt]hứ|[Qq]uý|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hần|[Mm]ục|[Pp]hụ lục) (?=[\\dIVXLC]+(?![\\p{L}]))");
    private static final Pattern PERCENT = Pattern.compile("(\\d) %");
    private static final Pattern INNER = Pattern.compile("(?<=[\\p{L}\\p{N}.)])([-–/])(?=[\\p{L}\\p{N}(])");

    private Joins() {
    }

    /** The text with its units protected; linear in the length of the text. */
    public static String apply(String text) {
        if (text.isEmpty()) {
            return text;
        }
        // Each pattern runs only where a plain scan finds what it needs (a fifth of the PDF's time
        // went to these patterns when every paragraph ran all four).
        String s = text;
        if (hasRange(s)) {
            s = replace(RANGE, s, m -> m.group(1) + JOINED_SPACE + m.group(2) + WJ + JOINED_SPACE + m.group(3));
        }
        if (hasSpaceBeforeNumeral(s)) {
            s = replace(NUMBER_WORD, s, m -> m.group(1) + JOINED_SPACE);
        }
        if (s.contains(" %")) {
            s = replace(PERCENT, s, m -> m.group(1) + JOINED_SPACE + "%");
        }
        if (hasInnerMark(s)) {
            s = replace(INNER, s, m -> m.group(1) + WJ);
        }
        return s;
    }

    /** Whether {@link #RANGE} can match: a digit, a space, {@code -} or {@code –}, a space, a digit. */
    private static boolean hasRange(String s) {
        for (int i = 2; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '–') && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' '
                    && isAsciiDigit(s.charAt(i - 2)) && isAsciiDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@link #NUMBER_WORD} after their first letter, which may be either case. */
    private static final String[] NUMBER_WORDS = {"số", "số:", "ngày", "tháng", "năm", "thứ", "quý", "điều", "khoản", "điểm", "phần", "mục", "phụ lục"};

    /**
     * Whether {@link #NUMBER_WORD} can match: one of its words, then a space, then a digit or a
     * Roman numeral letter.
     */
    private static boolean hasSpaceBeforeNumeral(String s) {
        for (int i = s.indexOf(' '); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            char c = s.charAt(i + 1);
            if ((isAsciiDigit(c) || "IVXLC".indexOf(c) >= 0) && endsWithNumberWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNumberWord(String s, int end) {
        for (String w : NUMBER_WORDS) {
            int start = end - w.length();
            if (start >= 0 && s.startsWith(w.substring(1), start + 1)
                    && Character.toLowerCase(s.charAt(start)) == w.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #INNER} can match: {@code -}, {@code –} or {@code /} with no space on either side. */
    private static boolean hasInnerMark(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '–' || c == '/') {
                char before = s.charAt(i - 1);
                char after = s.charAt(i + 1);
                if (before != ' ' && after != ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text as a reader sees it: joins back to plain spaces, word joiners removed. */
    public static String plain(String text) {
        if (text.indexOf(NBSP) < 0 && text.indexOf(WJ) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NBSP) {
                b.append(' ');
            } else if (c != WJ) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        int last = 0;
        do {
            b.append(s, last, m.start()).append(f.apply(m));
            last = m.end();
        } while (m.find());
        return b.append(s, last, s.length()).toString();
    }
}
