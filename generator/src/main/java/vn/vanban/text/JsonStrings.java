package vn.vanban.text;

import java.util.Locale;

/**
 * JSON string literals: the one quoting every JSON output of vanban uses (the schema, the check's
 * and the audit's {@code --json}).
 *
 * <pre>{@code
 * JsonStrings.quote("Lưu: \"VT\"")   // "\"Lưu: \\\"VT\\\"\""
 * }</pre>
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** {@code s} as a JSON string literal, quotes included; text stays as it is, controls are escaped. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
