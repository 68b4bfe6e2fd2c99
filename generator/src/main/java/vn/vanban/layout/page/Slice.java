package vn.vanban.layout.page;

import java.util.List;

/**
 * One unbreakable horizontal strip of the text flow: a line of a paragraph, a table row, a rule.
 *
 * @param height      the strip's height
 * @param gapBefore   space above it (the previous block's space after plus this block's space
 *                    before); dropped at the top of a page, as Word does
 * @param breakBefore whether a page may end just before this strip (widow, orphan and keep rules)
 * @param drawing     what it draws, relative to its top-left corner at the text block's left edge
 * @param header      a table's header row to repeat above this strip when it opens a page, or null
 */
record Slice(double height, double gapBefore, boolean breakBefore, Drawing drawing, Slice header) {
    /** A strip that draws marks made already. */
    Slice(double height, double gapBefore, boolean breakBefore, List<Mark> marks, Slice header) {
        this(height, gapBefore, breakBefore, marks.isEmpty() ? Drawing.Marks.NONE : new Drawing.Marks(marks), header);
    }

    /** What it draws, relative to its top-left corner. */
    List<Mark> marks() {
        return drawing.marks();
    }

    Slice withGap(double gap) {
        return new Slice(height, gap, breakBefore, drawing, header);
    }

    Slice withBreak(boolean allowed) {
        return new Slice(height, gapBefore, allowed, drawing, header);
    }
}
