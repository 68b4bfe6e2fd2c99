package vn.vanban.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out block before pagination: its strips, and the space before and after it.
 *
 * @param slices the strips, top to bottom (gaps inside the block already set)
 * @param before space before the block
 * @param after  space after the block
 */
record Block(List<Slice> slices, double before, double after) {


    /** Stacks blocks in a container (a table cell): their marks at their offsets, and the total height. */
    static Stack stack(List<Block> blocks) {
        List<Mark> marks = new ArrayList<>();
        double y = 0;
        double pendingAfter = 0;
        for (Block b : blocks) {
            y += pendingAfter + b.before;
            for (Slice s : b.slices) {
                y += s.gapBefore();
                for (Mark m : s.marks()) {
                    marks.add(m.shift(0, y));
                }
                y += s.height();
            }
            pendingAfter = b.after;
        }
        return new Stack(marks, y + pendingAfter);
    }

    /** The marks and height of a stacked cell. */
    record Stack(List<Mark> marks, double height) {
    }
}
