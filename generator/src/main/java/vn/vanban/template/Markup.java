package vn.vanban.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vanban's small text markup, turned into the document vocabulary (escaped XML).
 *
 * <ul>
 *   <li>Blank lines separate paragraphs; a line break inside a paragraph is a space.</li>
 *   <li>{@code - text}: a dash item; {@code + text}: a plus item under it.</li>
 *   <li>{@code 1. text} or {@code a) text}: a numbered paragraph one level below its heading; the
 *       typed number is ignored and recomputed (I, II, IV comes out I, II, III).</li>
 *   <li>{@code > text}: a centred bold line (an event title quoted in the text).</li>
 *   <li>{@code **bold**}, {@code *italic*}; a lone {@code *}, {@code (*)} and {@code \*} print as
 *       typed; {@code `text`} is printed literally (see {@link #inline}).</li>
 * </ul>
 *
 * <pre>{@code
 * Markup.toXml("- Thời gian: **½ ngày**.")   // <item>Thời gian: <b>½ ngày</b>.</item>
 * }</pre>
 */
public final class Markup {
    private static final Pattern DASH = Pattern.compile("^\\s*-\\s+(.*)$");
    private static final Pattern PLUS = Pattern.compile("^\\s*\\+\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:\\d{1,2}\\.|[a-zđ]\\))\\s+(.*)$");
    private static final Pattern CENTER = Pattern.compile("^\\s*>\\s?(.*)$");

    private Markup() {
    }

    /** Converts markup text to document-vocabulary XML; every character of the text is escaped. */
    public static String toXml(String markup) {
        StringBuilder out = new StringBuilder();
        String open = null;
        StringBuilder text = new StringBuilder();
        for (String raw : markup.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            Matcher m;
            String start = null;
            String body = null;
            if (line.isEmpty()) {
                open = flush(out, open, text);
                continue;
            } else if ((m = DASH.matcher(line)).matches()) {
                start = "item";
                body = m.group(1);
            } else if ((m = PLUS.matcher(line)).matches()) {
                start = "item level=\"2\"";
                body = m.group(1);
            } else if ((m = NUMBER.matcher(line)).matches()) {
                start = "n";
                body = m.group(1);
            } else if ((m = CENTER.matcher(line)).matches()) {
                start = "p kind=\"centered\"";
                body = m.group(1);
            }
            if (start != null) {
                flush(out, open, text);
                open = start;
                text.append(body);
            } else if (open == null || open.startsWith("p kind=\"centered")) {
                flush(out, open, text);
                open = "p";
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
        flush(out, open, text);
        return out.toString();
    }

    private static String flush(StringBuilder out, String open, StringBuilder text) {
        if (open != null) {
            String name = open.contains(" ") ? open.substring(0, open.indexOf(' ')) : open;
            out.append('<').append(open).append('>').append(inline(text.toString())).append("</").append(name).append(">\n");
        }
        text.setLength(0);
        return null;
    }

    /**
     * Inline markup only, the rest escaped, in one pass (linear in the length of the text):
     * <ul>
     *   <li>{@code **bold**} and {@code *italic*}: an opening mark is followed by a non-space and
     *       its closing mark preceded by one, in the same paragraph;</li>
     *   <li>a {@code *} with no partner prints as typed, and so does {@code (*)}, a footnote mark;</li>
     *   <li>{@code \*} prints a {@code *}, {@code \`} a backquote, {@code \\} a backslash;</li>
     *   <li>{@code `text`} is literal: printed exactly as typed, no markup and no tone-mark style
     *       (for a name or a quotation that must keep its spelling).</li>
     * </ul>
     */
    public static String inline(String s) {
        int n = s.length();
        // Next closing mark at or after each index, found right to left once.
        int[] nextDouble = new int[n + 2];
        int[] nextSingle = new int[n + 2];
        int[] nextTick = new int[n + 2];
        nextDouble[n] = nextDouble[n + 1] = -1;
        nextSingle[n] = nextSingle[n + 1] = -1;
        nextTick[n] = nextTick[n + 1] = -1;
        for (int p = n - 1; p >= 0; p--) {
            nextDouble[p] = nextDouble[p + 1];
            nextSingle[p] = nextSingle[p + 1];
            nextTick[p] = nextTick[p + 1];
            char c = s.charAt(p);
            boolean escaped = p > 0 && s.charAt(p - 1) == '\\';
            if (c == '`' && !escaped) {
                nextTick[p] = p;
            }
            if (c != '*' || escaped || p == 0 || Character.isWhitespace(s.charAt(p - 1))) {
                continue;
            }
            boolean footnote = s.charAt(p - 1) == '(' && p + 1 < n && s.charAt(p + 1) == ')';
            if (footnote) {
                continue;
            }
            if (p + 1 < n && s.charAt(p + 1) == '*') {
                nextDouble[p] = p;
            } else if (s.charAt(p - 1) != '*') {
                nextSingle[p] = p;
            }
        }
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '*' || s.charAt(i + 1) == '`' || s.charAt(i + 1) == '\\')) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '`' && nextTick[i + 1] > 0) {
                int close = nextTick[i + 1];
                out.append("<lit>").append(escape(s.substring(i + 1, close))).append("</lit>");
                i = close + 1;
            } else if (s.startsWith("(*)", i)) {
                out.append("(*)");
                i += 3;
            } else if (c == '*' && i + 2 < n && s.charAt(i + 1) == '*' && !Character.isWhitespace(s.charAt(i + 2))
                    && nextDouble[i + 3 > n ? n : i + 3] > 0) {
                int close = nextDouble[i + 3 > n ? n : i + 3];
                out.append("<b>").append(escape(unescape(s.substring(i + 2, close)))).append("</b>");
                i = close + 2;
            } else if (c == '*' && i + 1 < n && s.charAt(i + 1) != '*' && !Character.isWhitespace(s.charAt(i + 1))
                    && nextSingle[i + 2 > n ? n : i + 2] > 0) {
                int close = nextSingle[i + 2 > n ? n : i + 2];
                out.append("<i>").append(escape(unescape(s.substring(i + 1, close)))).append("</i>");
                i = close + 1;
            } else {
                int j = i + 1;
                while (j < n && "*`\\(".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                out.append(escape(s.substring(i, j)));
                i = j;
            }
        }
        return out.toString();
    }

    /** Inside emphasis: {@code \*} and {@code \\} print their character. */
    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : s.replace("\\*", "*").replace("\\`", "`").replace("\\\\", "\\");
    }

    /** XML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Characters XML cannot hold (controls, a lone surrogate) become U+FFFD: the text stays well-formed.
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        b.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
