package vn.vanban.event.delegates.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * A cell's text as vanban keeps it: NFC, every run of white space (line breaks, no-break spaces,
 * tabs) one space, trimmed, zero-width characters removed.
 *
 * <pre>{@code
 * CellText.clean(" Nguyễn\u00A0 Thị Hoa\n")   // "Nguyễn Thị Hoa"
 * }</pre>
 */
public final class CellText {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private CellText() {
    }

    /** The cleaned text (maybe empty). */
    public static String clean(String raw) {
        String s = NFC.isNormalized(raw) ? raw : NFC.normalize(raw);
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (space(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isClean(String s) {
        int len = s.length();
        if (len == 0) {
            return true;
        }
        if (space(s.charAt(0)) || space(s.charAt(len - 1))) {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (invisible(c) || (space(c) && (c != ' ' || prev == ' '))) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    private static boolean space(char c) {
        if (c < 128) {
            return c <= ' ';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean invisible(char c) {
        return c >= '\u00AD' && (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD');
    }

    /**
     * The first bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
     * U+061C) in {@code s}, or -1: such a character makes the same name read differently in
     * different programs, so vanban refuses it.
     */
    public static int bidiControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                return c;
            }
        }
        return -1;
    }
}
