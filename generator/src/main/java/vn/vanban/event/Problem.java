package vn.vanban.event;

import java.nio.file.Path;

/**
 * One thing wrong (or fixed) in an event file, with where it is and what to do.
 *
 * <pre>{@code
 * examples/x.yaml:12:11: van_ban[0].ngay: "31/02/2024" is not a date: February 2024 has 29 days.
 *   Write the date as DD/MM/YYYY, e.g. 08/10/2024.
 * }</pre>
 *
 * @param file    the event file
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param field   the field path, e.g. {@code van_ban[0].ngay}; empty for the whole file
 * @param message what is wrong
 * @param hint    what to do, or empty
 */
public record Problem(Path file, int line, int column, String field, String message, String hint) {

    /** The message as printed by the CLI: {@code file:line:col: field: message} then the hint. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(message);
        if (!hint.isEmpty()) {
            sb.append("\n  ").append(hint);
        }
        return sb.toString();
    }
}
