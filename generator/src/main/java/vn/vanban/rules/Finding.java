package vn.vanban.rules;

import java.nio.file.Path;

/**
 * One rule an event file breaks: which rule, where, what was found, the rule's source and what to do.
 *
 * <pre>{@code
 * for (Finding f : Checker.check(event, sets)) {
 *     f.ruleId();   // "kh293.dai-bieu.toi-da"
 *     f.line();     // 18
 *     f.message();  // "Sự kiện cấp xã có 500 đại biểu, vượt mức tối đa 200 đại biểu."
 * }
 * }</pre>
 *
 * @param ruleId  the rule's id, unique across the rule sets checked
 * @param ruleSet the name of the rule set it belongs to
 * @param file    the event file
 * @param line    1-based line of the field, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param field   the field path, e.g. {@code su_kien.dai_bieu.toi_da}; empty for the whole file
 * @param message what was found, in Vietnamese, placeholders filled
 * @param source  where the rule comes from, e.g. "Kế hoạch 293/KH-UBND, mục II.3.a"
 * @param fix     what to do
 */
public record Finding(String ruleId, String ruleSet, Path file, int line, int column, String field, String message,
                      String source, String fix) {

    /**
     * The finding as a report shows it:
     * <pre>
     * file:line:col: field: [rule-id] message
     *   Nguồn: source
     *   Cách sửa: fix
     * </pre>
     */
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
        sb.append('[').append(ruleId).append("] ").append(message);
        sb.append("\n  Nguồn: ").append(source);
        if (!fix.isEmpty()) {
            sb.append("\n  Cách sửa: ").append(fix);
        }
        return sb.toString();
    }
}
