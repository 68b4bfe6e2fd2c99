package vn.vanban.render.docx.internal;

/**
 * Fixed-layout tables: the borderless layout tables of the header and signature blocks, and the
 * ruled tables of the content.
 *
 * <pre>{@code
 * Element t = Tables.create(flow, new long[] {3515, 5839}, 0, 0, 0);
 * Element row = Tables.row(t);
 * Flow left = Tables.cell(row, 3515);
 * }</pre>
 */
public final class Tables {
    private Tables() {
    }

    /**
     * A table with fixed column widths (twips), starting at the left margin.
     *
     * @param ruleWidthPt  thickness of every border, or 0 for a borderless table
     * @param paddingLrTwips left and right cell padding
     * @param paddingTbTwips top and bottom cell padding
     */
    public static Element create(Flow flow, long[] widths, double ruleWidthPt, long paddingLrTwips, long paddingTbTwips) {
        Element t = flow.addTable();
        Element pr = t.add("w:tblPr");
        long total = 0;
        for (long w : widths) {
            total += w;
        }
        width(pr.add("w:tblW"), total);
        width(pr.add("w:tblInd"), 0);
        Element b = pr.add("w:tblBorders");
        for (String side : new String[] {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            Element border = b.add(side);
            if (ruleWidthPt > 0) {
                Props.border(border, ruleWidthPt, 0);
            } else {
                Props.noBorder(border);
            }
        }
        pr.add("w:tblLayout").set("w:type", "fixed");
        Element mar = pr.add("w:tblCellMar");
        width(mar.add("w:top"), paddingTbTwips);
        width(mar.add("w:left"), paddingLrTwips);
        width(mar.add("w:bottom"), paddingTbTwips);
        width(mar.add("w:right"), paddingLrTwips);
        Element grid = t.add("w:tblGrid");
        for (long w : widths) {
            grid.add("w:gridCol").set("w:w", w);
        }
        return t;
    }

    /** Appends a row that never breaks across pages. */
    public static Element row(Element table) {
        Element tr = table.add("w:tr");
        tr.add("w:trPr").add("w:cantSplit");
        return tr;
    }

    /** Appends a cell of this width to the row; the caller fills it. */
    public static Flow cell(Element row, long width) {
        Element tc = row.add("w:tc");
        width(tc.add("w:tcPr").add("w:tcW"), width);
        return Flow.of(() -> tc.add("w:p"), () -> tc.add("w:tbl"));
    }

    /** Vertically centres the content of the row's cells. */
    public static void centreVertically(Element row) {
        for (Element tc : row.all("w:tc")) {
            tc.getOrAdd("w:tcPr").add("w:vAlign").set("w:val", "center");
        }
    }

    /** Widths in twips proportional to the weights, summing exactly to {@code total}. */
    public static long[] split(long total, double... weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        long used = 0;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            long edge = Math.round(total * acc / sum);
            out[i] = edge - used;
            used = edge;
        }
        return out;
    }

    private static void width(Element w, long twips) {
        w.set("w:w", twips).set("w:type", "dxa");
    }
}
