package vn.vanban.layout;

import java.util.Arrays;

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
 * <p>A protected space is written as a no-break space (U+00A0) and a protected hyphen, dash or
 * slash is followed by U+2060 (word joiner): Unicode line breaking (UAX #14, rules LB11 and
 * LB12), which LibreOffice and Word follow, breaks at neither, and vanban's own line breaker does
 * the same. {@link #plain} turns it back into the text a reader sees.
 *
 * <pre>{@code
 * Joins.apply("giai đoạn 2025 - 2030")   // "giai đoạn 2025\u00A0-\u2060\u00A02030"
 * }</pre>
 */
public final class Joins {
    /** No-break space (typed by the officer; treated as a protected space). */
    public static final char NBSP = '\u00A0';
    /** A protected space: a space that joins, as this class writes it. */
    public static final String JOINED_SPACE = "\u00A0";
    /** Word joiner: no break on either side, no width. */
    public static final char WJ = '\u2060';

    /**
     * The words that protect the space after them when a number follows ({@code "số 293"},
     * {@code "lần thứ VI"}), each after its first letter; {@link #NUMBER_WORD_INITIALS} holds that
     * letter in its two cases.
     */
    private static final String[] NUMBER_WORD_TAILS = {"ố:", "ố", "gày", "háng", "ăm", "hứ", "uý", "iều", "hoản",
        "iểm", "hần", "ục", "hụ lục"};
    private static final String[] NUMBER_WORD_INITIALS = {"Ss", "Ss", "Nn", "Tt", "Nn", "Tt", "Qq", "Đđ", "Kk",
        "Đđ", "Pp", "Mm", "Pp"};

    private Joins() {
    }

    /**
     * The text with its units protected, in one pass; the text itself when nothing needs it.
     *
     * <p>Four rules, each decided on the text as given (their edits never touch what another rule
     * looks at, so one pass gives what four passes in a row would):
     * <ul>
     *   <li>a range, an ASCII digit, a space, {@code -} or {@code –}, a space, a digit: both
     *       spaces protected and a word joiner after the dash; ranges do not overlap, so in
     *       {@code "1 - 2 - 3"} only the first is one;</li>
     *   <li>a space after a number word (see the class comment; the word not preceded by a letter
     *       or a digit of any script) and before a run of ASCII digits and the Roman letters
     *       {@code IVXLC} that is not glued to a further letter: protected;</li>
     *   <li>a space between an ASCII digit and {@code %}: protected;</li>
     *   <li>{@code -}, {@code –} or {@code /} after a letter, a digit, {@code .} or {@code )} and
     *       before a letter, a digit or {@code (}: a word joiner after it.</li>
     * </ul>
     * "Letter" and "digit" of any script are the Unicode categories L and N; the character
     * before a position is read as one UTF-16 unit, the one after as a code point.
     */
    public static String apply(String text) {
        // An array of the characters: scanned about twice as fast as the string's charAt.
        char[] s = text.toCharArray();
        Edited out = null;
        int copied = 0;
        int n = s.length;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c > '9' && c != '–') {
                // A letter or a sign no rule starts at: most of the text.
                continue;
            }
            if (c == ' ') {
                if (isNumberWordSpace(s, i) || isPercentSpace(s, i)) {
                    out = Edited.of(out, n).copy(s, copied, i).add(NBSP);
                    copied = i + 1;
                }
            } else if (isAsciiDigit(c)) {
                if (isRange(s, i)) {
                    out = Edited.of(out, n).copy(s, copied, i + 1)
                            .add(NBSP).add(s[i + 2]).add(WJ).add(NBSP).add(s[i + 4]);
                    copied = i + 5;
                    // The range's second number cannot start another range.
                    i += 4;
                }
            } else if (isMark(c) && isInnerMark(s, i)) {
                out = Edited.of(out, n).copy(s, copied, i + 1).add(WJ);
                copied = i + 1;
            }
        }
        return out == null ? text : out.copy(s, copied, n).toString();
    }

    /**
     * The text with its edits, started at the first edit: UTF-16 from the start, where a
     * StringBuilder would start in Latin-1 and widen itself character by character.
     */
    private static final class Edited {
        private char[] chars;
        private int length;

        private Edited(int capacity) {
            chars = new char[capacity];
        }

        /** {@code out}, or a new one with room for a text of {@code length} and a few joiners. */
        static Edited of(Edited out, int length) {
            return out != null ? out : new Edited(length + 8);
        }

        Edited copy(char[] text, int from, int to) {
            room(to - from);
            System.arraycopy(text, from, chars, length, to - from);
            length += to - from;
            return this;
        }

        Edited add(char c) {
            room(1);
            chars[length++] = c;
            return this;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** A digit, a space, {@code -} or {@code –}, a space, a digit, from {@code i}. */
    private static boolean isRange(char[] s, int i) {
        return i + 4 < s.length && s[i + 1] == ' ' && (s[i + 2] == '-' || s[i + 2] == '–')
                && s[i + 3] == ' ' && isAsciiDigit(s[i + 4]);
    }

    /** The space at {@code i} between an ASCII digit and {@code %}. */
    private static boolean isPercentSpace(char[] s, int i) {
        return i > 0 && i + 1 < s.length && s[i + 1] == '%' && isAsciiDigit(s[i - 1]);
    }

    /** The space at {@code space} after a number word that stands alone and before a numeral. */
    private static boolean isNumberWordSpace(char[] s, int space) {
        if (!startsNumeral(s, space + 1)) {
            return false;
        }
        for (int w = 0; w < NUMBER_WORD_TAILS.length; w++) {
            String tail = NUMBER_WORD_TAILS[w];
            int start = space - tail.length() - 1;
            if (start >= 0 && NUMBER_WORD_INITIALS[w].indexOf(s[start]) >= 0
                    && holds(s, start + 1, tail)) {
                return start == 0 || !isLetterOrNumber(s[start - 1]);
            }
        }
        return false;
    }

    /**
     * Whether a numeral starts at {@code i}: ASCII digits and the letters {@code IVXLC}, not
     * glued to a letter after them. As in a regular expression that may shorten the run, a digit
     * anywhere after the run's first character is enough ({@code "2024a"} holds {@code "202"}).
     */
    private static boolean startsNumeral(char[] s, int i) {
        int n = s.length;
        if (i >= n || !isNumeralChar(s[i])) {
            return false;
        }
        int j = i + 1;
        while (j < n && isNumeralChar(s[j])) {
            if (isAsciiDigit(s[j])) {
                return true;
            }
            j++;
        }
        return j == n || !Character.isLetter(Character.codePointAt(s, j));
    }

    /** Whether {@code s} holds {@code word} at {@code at}. */
    private static boolean holds(char[] s, int at, String word) {
        if (at + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumeralChar(char c) {
        return isAsciiDigit(c) || c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
    }

    private static boolean isMark(char c) {
        return c == '-' || c == '–' || c == '/';
    }

    /** The mark at {@code i} between a letter, a digit, {@code .} or {@code )} and a letter, a digit or {@code (}. */
    private static boolean isInnerMark(char[] s, int i) {
        if (i == 0 || i + 1 >= s.length) {
            return false;
        }
        char before = s[i - 1];
        int after = Character.codePointAt(s, i + 1);
        return (before == '.' || before == ')' || isLetterOrNumber(before))
                && (after == '(' || isLetterOrNumber(after));
    }

    /** Unicode categories L and N. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text as a reader sees it: joins back to plain spaces, word joiners removed. */
    public static String plain(String text) {
        if (text.indexOf(NBSP) < 0 && text.indexOf(WJ) < 0) {
            return text;
        }
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NBSP) {
                out[n++] = ' ';
            } else if (c != WJ) {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
