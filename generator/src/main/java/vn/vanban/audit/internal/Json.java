package vn.vanban.audit.internal;

/**
 * A minimal JSON writer for the audit report: objects, one array level, strings, numbers and
 * booleans, escaped per RFC 8259.
 *
 * <pre>{@code
 * String s = new Json().begin().field("file", "a.docx").array("findings").endArray().end().toString();
 * }</pre>
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean first = true;

    public Json begin() {
        comma();
        sb.append('{');
        first = true;
        return this;
    }

    public Json end() {
        sb.append('}');
        first = false;
        return this;
    }

    public Json array(String name) {
        key(name);
        sb.append('[');
        first = true;
        return this;
    }

    public Json endArray() {
        sb.append(']');
        first = false;
        return this;
    }

    public Json field(String name, String value) {
        key(name);
        string(value);
        first = false;
        return this;
    }

    public Json field(String name, long value) {
        key(name);
        sb.append(value);
        first = false;
        return this;
    }

    public Json field(String name, boolean value) {
        key(name);
        sb.append(value);
        first = false;
        return this;
    }

    private void key(String name) {
        comma();
        string(name);
        sb.append(':');
        first = true;
    }

    private void comma() {
        if (!first) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
