package vn.vanban.event.delegates.internal;

/**
 * One cell as stored in a sheet: its column, what kind of value it holds and the value as text.
 *
 * <pre>{@code
 * new Cell(2, Cell.Type.NUMBER, "1980", null)   // C: 1980
 * }</pre>
 *
 * @param column  0-based column index
 * @param type    what the cell stores
 * @param value   the value as stored (a number's digits, a string's text, "1"/"0" for a boolean), never null
 * @param formula the formula's text when the cell holds a formula ("" for a shared formula), else null
 */
public record Cell(int column, Type type, String value, String formula) {
    /** The kinds of value a cell stores (the {@code t} attribute of {@code <c>}). */
    public enum Type { NUMBER, STRING, BOOLEAN, ERROR, DATE }

    /** Whether the cell shows nothing. */
    public boolean blank() {
        if (formula != null) {
            return false;
        }
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        if (first > ' ' && first < 128) {
            return false; // the common case, without cleaning the text
        }
        return CellText.clean(value).isEmpty();
    }
}
