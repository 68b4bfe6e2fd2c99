package vn.vanban.text;

/** Stand-in until the toolkit lands. */
public final class Numerals {
    private Numerals() {
    }

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    private static final String[] WORDS = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};

    public static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }

    public static String pointLetter(int index) {
        return LETTERS[index - 1];
    }

    public static String ordinal(int n) {
        return "thứ " + WORDS[n - 1];
    }

    public static String partOrdinal(int n) {
        return ordinal(n);
    }
}
