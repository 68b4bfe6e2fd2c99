package vn.vanban.event.delegates;

import java.nio.file.Path;

/**
 * One thing wrong in a delegates workbook, with where it is and what to do.
 *
 * <pre>{@code
 * delegates.xlsx: sheet "Đại biểu", row 14, column C (Năm sinh): "19a0" is not a year: write four digits, e.g. 1980
 * }</pre>
 *
 * @param file    the workbook
 * @param sheet   the sheet's name, or empty for the whole file
 * @param row     1-based row as Excel shows it, 0 for the whole sheet or file
 * @param column  the column letter (e.g. {@code C}), or empty
 * @param header  the column's header (e.g. {@code Năm sinh}), or empty
 * @param message what is wrong and what to do
 */
public record WorkbookProblem(Path file, String sheet, int row, String column, String header, String message) {

    /** A problem of the whole file (not of a sheet or a cell). */
    public static WorkbookProblem ofFile(Path file, String message) {
        return new WorkbookProblem(file, "", 0, "", "", message);
    }

    /** The message as printed by the CLI. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<workbook>" : file.toString()).append(": ");
        if (!sheet.isEmpty()) {
            sb.append("sheet \"").append(sheet).append('"');
            if (row > 0) {
                sb.append(", row ").append(row);
            }
            if (!column.isEmpty()) {
                sb.append(", column ").append(column);
                if (!header.isEmpty()) {
                    sb.append(" (").append(header).append(')');
                }
            }
            sb.append(": ");
        }
        sb.append(message);
        return sb.toString();
    }
}
