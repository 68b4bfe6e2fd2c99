package vn.vanban.text;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cleans text as it comes in (event files, pasted paragraphs) and reports each change with its place in the
 * original, so that the user can be told "line 12, column 40: removed a zero-width space".
 *
 * <pre>{@code
 * TextNormalizer.Result r = TextNormalizer.normalize("hiệu quả .\u00A0");
 * r.text();     // "hiệu quả."
 * r.fixes();    // [Fix[SPACE_BEFORE_PUNCTUATION, 8, …], Fix[NBSP, 10, …], Fix[TRAILING_SPACES, 10, …]]
 * }</pre>
 *
 * <p>What is changed, line by line ({@link Kind}): line ends become "\n"; zero-width characters, invisible format characters (bidi controls, soft hyphens), lone surrogates and control
 * characters (other than tab) are removed; no-break spaces become spaces; the text is put in NFC; inside a line,
 * runs of spaces become one, spaces before , . ; : ! ? are removed (not before an ellipsis "..." and not before
 * a number such as ".5" or ",5"), and spaces and tabs at the end are removed. The leading indentation of a line
 * (spaces and tabs) is kept, since the event files' markup uses it; tabs inside a line are kept. The result is a
 * fixed point: normalising it again reports no fixes.
 *
 * <p>This is for input. Generated lines that hold deliberate blanks (see {@link Nd30Format#partialDate}) must
 * not be passed through it.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The kinds of change. */
    public enum Kind {
        /** The text was not in NFC (decomposed, or composed in a non-canonical order) and was recomposed. */
        NFC,
        /** A zero-width character (U+200B, U+200C, U+200D, U+2060, U+FEFF) was removed. */
        ZERO_WIDTH,
        /** A control character (C0 other than tab and line feed, DEL, C1) was removed, or CR/CRLF became LF. */
        CONTROL,
        /**
         * An invisible format character was removed: a bidi control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
         * U+061C), which would make the same text read differently in Word and in a PDF, or another character of
         * Unicode category Cf (soft hyphen, tags, …).
         */
        FORMAT,
        /** A lone surrogate (half of a character, from a broken conversion) was removed. */
        SURROGATE,
        /** A no-break space (U+00A0, U+202F) became a space. */
        NBSP,
        /** A run of spaces inside a line became one space. */
        REPEATED_SPACES,
        /** Spaces before , . ; : ! ? were removed. */
        SPACE_BEFORE_PUNCTUATION,
        /** Spaces or tabs at the end of a line were removed. */
        TRAILING_SPACES
    }

    /**
     * One change.
     *
     * @param kind   what kind of change
     * @param offset char offset in the ORIGINAL string where it starts
     * @param detail what was changed, for a message: {@code "removed zero-width space U+200B"}
     */
    public record Fix(Kind kind, int offset, String detail) {
    }

    /**
     * The clean text and the changes made, in order of their offsets.
     *
     * @param text  the normalised text
     * @param fixes the changes, empty if the text was already clean
     */
    public record Result(String text, List<Fix> fixes) {
        /** Copies the list. */
        public Result {
            fixes = List.copyOf(fixes);
        }

        /** Whether anything was changed. */
        public boolean changed() {
            return !fixes.isEmpty();
        }
    }

    private TextNormalizer() {
    }

    /**
     * Normalises {@code s}.
     *
     * <pre>{@code
     * normalize("Vie\u0323\u0302t  Nam ,").text()   // "Việt Nam,"
     * normalize("a\r\nb").text()                    // "a\nb"
     * }</pre>
     */
    public static Result normalize(String s) {
        Objects.requireNonNull(s, "text");
        LineWork w = new LineWork(s);
        int n = s.length();
        int i = 0;
        while (true) {
            int j = i;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\n' || c == '\r') {
                    break;
                }
                j++;
            }
            w.line(i, j);
            if (j >= n) {
                break;
            }
            if (s.charAt(j) == '\r') {
                if (j + 1 < n && s.charAt(j + 1) == '\n') {
                    w.fix(Kind.CONTROL, j, "line end CR LF became LF");
                    i = j + 2;
                } else {
                    w.fix(Kind.CONTROL, j, "line end CR became LF");
                    i = j + 1;
                }
            } else {
                i = j + 1;
            }
            w.out.append('\n');
        }
        String text = w.fixes.isEmpty() ? s : w.out.toString();
        return new Result(text, w.fixes);
    }

    /** Per-call state: output, fixes and reusable line buffers. */
    private static final class LineWork {
        final String src;
        final StringBuilder out;
        final List<Fix> fixes = new ArrayList<>();
        final List<Fix> lineFixes = new ArrayList<>();
        char[] a = new char[256];
        int[] am = new int[256];
        char[] b = new char[256];
        int[] bm = new int[256];

        LineWork(String src) {
            this.src = src;
            this.out = new StringBuilder(src.length());
        }

        void fix(Kind kind, int offset, String detail) {
            fixes.add(new Fix(kind, offset, detail));
        }

        void lineFix(Kind kind, int offset, String detail) {
            lineFixes.add(new Fix(kind, offset, detail));
        }

        void line(int from, int to) {
            lineFixes.clear();
            int len = stage1(from, to);
            len = stage2(len);
            stage3(len);
            if (lineFixes.size() > 1) {
                lineFixes.sort(Comparator.comparingInt(Fix::offset));
            }
            fixes.addAll(lineFixes);
        }

        /**
         * Whether the soft hyphen at {@code k} is the "ư" of a word typed in a TCVN3 font (TCVN3 puts
         * "ư" at 0xAD): then it is a letter, kept for detection and conversion, even inside an
         * otherwise Unicode sentence. The word around it (at most 20 characters each side) decides.
         */
        private boolean legacyLine(int k) {
            int from = k;
            while (from > 0 && k - from < 20 && !Character.isWhitespace(src.charAt(from - 1))) {
                from--;
            }
            int to = k + 1;
            while (to < src.length() && to - k < 20 && !Character.isWhitespace(src.charAt(to))) {
                to++;
            }
            return LegacyEncoding.detect(src.substring(from, to)).isPresent();
        }

        /** Zero-width, controls, NBSP: src[from,to) → a/am. */
        private int stage1(int from, int to) {
            int cap = to - from;
            if (a.length < cap) {
                a = new char[cap * 2];
                am = new int[cap * 2];
            }
            int len = 0;
            for (int k = from; k < to; k++) {
                char c = src.charAt(k);
                if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || (c >= 0x200B && c <= 0x200D) || c == 0x2060
                        || c == 0xFEFF || c == 0x202F) {
                    if (c == '\t') {
                        // kept
                    } else if (c == 0xA0 || c == 0x202F) {
                        lineFix(Kind.NBSP, k, "no-break space " + hex(c) + " became a space");
                        a[len] = ' ';
                        am[len++] = k;
                        continue;
                    } else if (c >= 0x200B) {
                        lineFix(Kind.ZERO_WIDTH, k, "removed zero-width character " + hex(c));
                        continue;
                    } else {
                        lineFix(Kind.CONTROL, k, "removed control character " + hex(c));
                        continue;
                    }
                }
                if (c >= 0xAD && !(c == 0xAD && legacyLine(k)) && (Character.getType(c) == Character.FORMAT || Character.isSurrogate(c))) {
                    if (Character.isHighSurrogate(c) && k + 1 < to && Character.isLowSurrogate(src.charAt(k + 1))) {
                        int cp = Character.toCodePoint(c, src.charAt(k + 1));
                        if (Character.getType(cp) == Character.FORMAT) {
                            lineFix(Kind.FORMAT, k, "removed invisible format character " + hex(cp));
                        } else {
                            a[len] = c;
                            am[len++] = k;
                            a[len] = src.charAt(k + 1);
                            am[len++] = k + 1;
                        }
                        k++;
                        continue;
                    }
                    if (Character.isSurrogate(c)) {
                        lineFix(Kind.SURROGATE, k, "removed a lone surrogate " + hex(c) + " (half of a character)");
                    } else {
                        lineFix(Kind.FORMAT, k, "removed invisible format character " + hex(c) + formatName(c));
                    }
                    continue;
                }
                a[len] = c;
                am[len++] = k;
            }
            return len;
        }

        /** NFC: a/am → a/am (via b/bm when something changes). */
        private int stage2(int len) {
            CharBuffer view = CharBuffer.wrap(a, 0, len);
            if (NFC.isNormalized(view)) {
                return len;
            }
            if (b.length < len * 3 + 8) {
                b = new char[len * 3 + 8];
                bm = new int[len * 3 + 8];
            }
            int outLen = 0;
            int k = 0;
            while (k < len) {
                int e = k + Character.charCount(Character.codePointAt(a, k, len));
                while (e < len) {
                    int cp = Character.codePointAt(a, e, len);
                    if (NFC.hasBoundaryBefore(cp)) {
                        break;
                    }
                    e += Character.charCount(cp);
                }
                CharBuffer seg = CharBuffer.wrap(a, k, e - k);
                if (NFC.isNormalized(seg)) {
                    for (int x = k; x < e; x++) {
                        b[outLen] = a[x];
                        bm[outLen++] = am[x];
                    }
                } else {
                    String before = seg.toString();
                    String after = NFC.normalize(before);
                    lineFix(Kind.NFC, am[k], "not in NFC: " + codePoints(before) + " became '" + after + "' ("
                            + codePoints(after) + ")");
                    for (int x = 0; x < after.length(); x++) {
                        b[outLen] = after.charAt(x);
                        bm[outLen++] = am[k];
                    }
                }
                k = e;
            }
            char[] tc = a;
            a = b;
            b = tc;
            int[] tm = am;
            am = bm;
            bm = tm;
            return outLen;
        }

        /** Spaces: a/am → out. */
        private void stage3(int len) {
            int ind = 0;
            while (ind < len && (a[ind] == ' ' || a[ind] == '\t')) {
                ind++;
            }
            if (ind == len) {
                if (len > 0) {
                    lineFix(Kind.TRAILING_SPACES, am[0], "removed " + len + " trailing space(s) on a blank line");
                }
                return;
            }
            out.append(a, 0, ind);
            int k = ind;
            while (k < len) {
                char c = a[k];
                if (c != ' ' && c != '\t') {
                    out.append(c);
                    k++;
                    continue;
                }
                int r = k;
                boolean tab = false;
                while (r < len && (a[r] == ' ' || a[r] == '\t')) {
                    tab |= a[r] == '\t';
                    r++;
                }
                int run = r - k;
                if (r == len) {
                    lineFix(Kind.TRAILING_SPACES, am[k], "removed " + run + " trailing space(s)");
                } else if (isPunct(a[r]) && !keepBefore(len, r)) {
                    lineFix(Kind.SPACE_BEFORE_PUNCTUATION, am[k], "removed space before '" + a[r] + "'");
                } else if (tab) {
                    out.append(a, k, run);
                } else if (run > 1) {
                    lineFix(Kind.REPEATED_SPACES, am[k], run + " spaces became one");
                    out.append(' ');
                } else {
                    out.append(' ');
                }
                k = r;
            }
        }

        private boolean keepBefore(int len, int r) {
            char p = a[r];
            char next = r + 1 < len ? a[r + 1] : 0;
            if (p == '.' && next == '.') {
                return true; // ellipsis "..."
            }
            return (p == '.' || p == ',') && next >= '0' && next <= '9'; // ".5", ",5"
        }
    }

    private static String formatName(char c) {
        return switch (c) {
            case 0x202E -> " (right-to-left override)";
            case 0x202D -> " (left-to-right override)";
            case 0x202A, 0x202B -> " (bidi embedding)";
            case 0x202C -> " (bidi pop)";
            case 0x2066, 0x2067, 0x2068 -> " (bidi isolate)";
            case 0x2069 -> " (bidi pop isolate)";
            case 0x200E, 0x200F, 0x061C -> " (direction mark)";
            case 0x00AD -> " (soft hyphen)";
            default -> "";
        };
    }

    private static boolean isPunct(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    private static String hex(int c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "U+" + "0000".substring(Math.min(4, h.length())) + h;
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(sb.isEmpty() ? "" : " ").append(hex(cp)));
        return sb.toString();
    }
}
