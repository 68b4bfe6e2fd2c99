package vn.vanban.text;

import java.util.Locale;

/**
 * The numbering of document parts (nd30 §1.5): Roman numerals for Phần, Chương and "I." headings, Vietnamese
 * letters for điểm, and ordinal words for "Phần thứ nhất".
 *
 * <pre>{@code
 * Numerals.roman(11)          // "XI"
 * Numerals.pointLetter(5)     // "đ"
 * Numerals.ordinal(1)         // "thứ nhất"
 * }</pre>
 */
public final class Numerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    /** The 24 điểm letters: the Vietnamese alphabet without ă â ê ô ơ ư and without f j w z. */
    private static final String[] POINT_LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private Numerals() {
    }

    /**
     * Roman numeral for 1..3999.
     *
     * <pre>{@code roman(4)   // "IV"}</pre>
     *
     * @throws IllegalArgumentException outside 1..3999
     */
    public static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("Roman numerals go from 1 to 3999, not " + n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * The value of a Roman numeral, case-insensitive and strict: only the canonical form is accepted ("IV", not
     * "IIII"; "XC", not "LXXXX"), surrounding spaces are ignored.
     *
     * <pre>{@code fromRoman("xi")   // 11}</pre>
     *
     * @throws IllegalArgumentException with the reason for anything else
     */
    public static int fromRoman(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("empty Roman numeral: write one such as I, IV or XI");
        }
        String t = s.strip().toUpperCase(Locale.ROOT);
        int value = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < t.length(); k++) {
            String sym = SYMBOLS[k];
            while (t.startsWith(sym, i)) {
                value += VALUES[k];
                i += sym.length();
            }
        }
        if (i != t.length() || value < 1 || value > 3999 || !roman(value).equals(t)) {
            throw new IllegalArgumentException("\"" + s + "\" is not a Roman numeral in canonical form"
                    + " (letters I V X L C D M, e.g. IV for 4, IX for 9, XL for 40)");
        }
        return value;
    }

    /**
     * The điểm letter for a 1-based index: a b c d đ e g h i k l m n o p q r s t u v x y (23 letters).
     * After "y" the letters start again doubled: 24 → "aa", 25 → "bb", …, 46 → "yy", 47 → "aaa". ND30 has no
     * rule for more than 23 điểm; doubling keeps every label a pure letter sequence that sorts in order.
     *
     * <pre>{@code pointLetter(4) // "d"; pointLetter(5) // "đ"; pointLetter(10) // "k"}</pre>
     *
     * @throws IllegalArgumentException for index below 1
     */
    public static String pointLetter(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("điểm letters are numbered from 1, not " + index);
        }
        int n = POINT_LETTERS.length;
        return POINT_LETTERS[(index - 1) % n].repeat((index - 1) / n + 1);
    }

    /**
     * The ordinal in words: "thứ nhất", "thứ hai", "thứ ba", "thứ tư", then "thứ" + the cardinal ("thứ năm",
     * "thứ mười", "thứ mười một", "thứ mười bốn", "thứ hai mươi mốt", "thứ hai mươi tư").
     *
     * <pre>{@code ordinal(4)   // "thứ tư"}</pre>
     *
     * @throws IllegalArgumentException for n below 1
     */
    public static String ordinal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ordinals start at 1, not " + n);
        }
        return switch (n) {
            case 1 -> "thứ nhất";
            case 4 -> "thứ tư";
            default -> "thứ " + NumberWords.standard().cardinal(n);
        };
    }

    /**
     * The ordinal for "Phần thứ nhất" headings; the same words as {@link #ordinal(int)}, kept apart so that a
     * document can use "Phần I" style elsewhere.
     *
     * <pre>{@code "Phần " + partOrdinal(2)   // "Phần thứ hai"}</pre>
     */
    public static String partOrdinal(int n) {
        return ordinal(n);
    }
}
