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
        sb.append(vn.vanban.text.JsonStrings.quote(s));
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
