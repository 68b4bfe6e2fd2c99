package vn.vanban.render.docx.internal;

import java.io.IOException;

/**
 * Escapes text and attribute values for the package's XML parts.
 *
 * <p>Text escapes {@code &}, {@code <} and the {@code >} of {@code ]]>}; attribute values also
 * {@code "}. A character XML 1.0
 * cannot hold (a C0 control other than tab, line feed and carriage return, a lone surrogate,
 * U+FFFE, U+FFFF) is refused: the event reader and the templates never let one through, so one
 * here is a defect to report, not a character to drop silently.
 *
 * <pre>{@code
 * Xml.escapeText("Tân Hợp & <Co>", out);   // Tân Hợp &amp; &lt;Co>
 * }</pre>
 */
final class Xml {
    private Xml() {
    }

    static void escapeText(CharSequence s, Appendable out) throws IOException {
        escape(s, out, false);
    }

    static void escapeAttribute(CharSequence s, Appendable out) throws IOException {
        escape(s, out, true);
    }

    private static void escape(CharSequence s, Appendable out, boolean attribute) throws IOException {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '"' && attribute) {
                replacement = "&quot;";
            } else if (c == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
                replacement = "&gt;";  // "]]>" may not stand in XML text
            } else if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r') {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else if (c >= 0xE000 && c <= 0xFFFD) {
                continue;
            } else {
                throw new IllegalArgumentException(String.format(
                        "U+%04X cannot be written in a DOCX (XML 1.0 has no such character)", (int) c));
            }
            out.append(s, start, i).append(replacement);
            start = i + 1;
        }
        out.append(s, start, n);
    }
}
