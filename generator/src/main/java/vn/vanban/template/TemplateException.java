package vn.vanban.template;

/**
 * A template that cannot be run or that produced a broken document, with the template's name,
 * line and what to do.
 */
public final class TemplateException extends Exception {
    private final String template;
    private final int line;
    private final int column;
    private final String hint;

    public TemplateException(String template, int line, int column, String message, String hint) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    /** {@code templates/ke-hoach.ftl:12:5: message} and the hint on the next line. */
    public String format() {
        StringBuilder sb = new StringBuilder("templates/").append(template);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(getMessage());
        if (!hint.isEmpty()) {
            sb.append("\n  ").append(hint);
        }
        return sb.toString();
    }
}
