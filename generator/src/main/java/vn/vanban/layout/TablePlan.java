package vn.vanban.layout;

import java.util.List;
import java.util.Map;

import vn.vanban.doc.Inlines;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * The column widths of a ruled table, for both renderers: the weights of the columns across the
 * text width, then every column widened to its longest word (a header "STT" or "Ngưỡng" never
 * wraps inside a word), the room taken from the columns that have more than they need.
 *
 * <pre>{@code
 * double[] widths = TablePlan.widths(table, style, TextMeasurer.standard(), textWidthPt);
 * }</pre>
 */
public final class TablePlan {
    private TablePlan() {
    }

    /** Column widths in points, summing to {@code width}. */
    public static double[] widths(Table table, Nd30Style style, TextMeasurer m, double width) {
        List<Table.Column> cols = table.columns();
        int n = cols.size();
        double total = cols.stream().mapToDouble(Table.Column::weight).sum();
        double[] w = new double[n];
        double[] need = new double[n];
        double pad = 2 * style.tableCellPaddingPt() + style.ruleWidthPt() + 1;
        Map<Role, TextStyle> styles = style.styles();
        TextStyle head = styles.get(Role.TABLE_HEADER);
        TextStyle cell = styles.get(Role.TABLE_CELL);
        for (int i = 0; i < n; i++) {
            w[i] = width * cols.get(i).weight() / total;
            need[i] = longestWord(cols.get(i).header(), head, m) + pad;
            for (List<List<Span>> row : table.rows()) {
                need[i] = Math.max(need[i], longestWord(Inlines.text(row.get(i)), cell, m) + pad);
            }
        }
        double missing = 0;
        double surplus = 0;
        for (int i = 0; i < n; i++) {
            missing += Math.max(0, need[i] - w[i]);
            surplus += Math.max(0, w[i] - need[i]);
        }
        if (missing <= 0 || surplus <= 0) {
            return w;
        }
        double take = Math.min(1, missing / surplus);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = w[i] < need[i] ? (missing <= surplus ? need[i] : w[i] + (need[i] - w[i]) * surplus / missing)
                    : w[i] - (w[i] - need[i]) * take;
        }
        return out;
    }

    private static double longestWord(String text, TextStyle ts, TextMeasurer m) {
        double longest = 0;
        for (String word : Joins.plain(text).split("\\s+")) {
            longest = Math.max(longest, m.width(word, ts.sizePt(), ts.bold(), ts.italic()));
        }
        return longest;
    }
}
