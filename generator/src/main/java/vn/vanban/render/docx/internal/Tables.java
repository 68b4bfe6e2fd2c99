package vn.vanban.render.docx.internal;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Fixed-layout tables: the borderless layout tables of the header and signature blocks, and the
 * ruled tables of the content.
 *
 * <pre>{@code
 * CTTbl t = Tables.create(flow, new long[] {3515, 5839}, 0, 0, 0);
 * CTRow row = t.addNewTr();
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
    public static CTTbl create(Flow flow, long[] widths, double ruleWidthPt, long paddingLrTwips, long paddingTbTwips) {
        CTTbl t = flow.addTable();
        CTTblPr pr = t.addNewTblPr();
        long total = 0;
        for (long w : widths) {
            total += w;
        }
        width(pr.addNewTblW(), total);
        width(pr.addNewTblInd(), 0);
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            if (ruleWidthPt > 0) {
                Props.border(border, ruleWidthPt, 0);
            } else {
                Props.noBorder(border);
            }
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar mar = pr.addNewTblCellMar();
        width(mar.addNewTop(), paddingTbTwips);
        width(mar.addNewLeft(), paddingLrTwips);
        width(mar.addNewBottom(), paddingTbTwips);
        width(mar.addNewRight(), paddingLrTwips);
        CTTblGrid grid = t.addNewTblGrid();
        for (long w : widths) {
            grid.addNewGridCol().setW(Twips.big(w));
        }
        return t;
    }

    /** Appends a cell of this width to the row; the caller fills it. */
    public static Flow cell(CTRow row, long width) {
        CTTc tc = row.addNewTc();
        width(tc.addNewTcPr().addNewTcW(), width);
        return Flow.of(tc::addNewP, tc::addNewTbl);
    }

    /** Vertically centres the content of the row's cells. */
    public static void centreVertically(CTRow row) {
        for (CTTc tc : row.getTcList()) {
            tc.getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
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

    private static void width(CTTblWidth w, long twips) {
        w.setW(Twips.big(twips));
        w.setType(STTblWidth.DXA);
    }
}
