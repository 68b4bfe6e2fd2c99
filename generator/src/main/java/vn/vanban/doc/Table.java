package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A ruled table: a header row, then body rows. Column widths are relative weights.
 *
 * @param columns the columns, in order
 * @param rows    the body rows; each row has exactly one cell per column
 */
public record Table(List<Column> columns, List<List<List<Span>>> rows) implements Block {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the table has " + columns.size() + " columns");
            }
        }
    }

    /**
     * A column.
     *
     * @param header the header text (bold, centred)
     * @param weight relative width, greater than 0
     * @param align  alignment of the body cells
     */
    public record Column(String header, double weight, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be > 0, got " + weight);
            }
        }
    }

    /** Cell alignment. */
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
}
