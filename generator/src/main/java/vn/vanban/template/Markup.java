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
 *   <li>{@code **bold**}, {@code *italic*}.</li>
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
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(?!\\s)(.+?)(?<!\\s)\\*");

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

    /** Inline markup only: {@code **bold**} and {@code *italic*}, the rest escaped. */
    public static String inline(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(escape(s.substring(last, m.start())));
            if (m.group(1) != null) {
                out.append("<b>").append(escape(m.group(1))).append("</b>");
            } else {
                out.append("<i>").append(escape(m.group(2))).append("</i>");
            }
            last = m.end();
        }
        out.append(escape(s.substring(last)));
        return out.toString();
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
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
