package vn.vanban.layout.page;

import java.util.List;

import vn.vanban.layout.Line;

/**
 * One line of a paragraph as its strip draws it: each piece at its position for the line's
 * alignment, as the text a reader sees followed by the spaces of the gap after it. The marks are
 * made where the strip is placed, once, rather than made relative to the strip and then moved:
 * a page of body text has some five hundred of them.
 *
 * @param line     the line
 * @param x0       where the line starts, from the strip's left edge (its alignment applied)
 * @param stretch  what justification adds to each gap, 0 for none
 * @param baseline the baseline, from the strip's top
 */
record TextLine(Line line, double x0, double stretch, double baseline) implements Drawing {

    @Override
    public int size() {
        return line.pieces().size();
    }

    @Override
    public List<Mark> marks() {
        Mark[] out = new Mark[size()];
        fill(out, 0, false, 0, 0);
        return List.of(out);
    }

    @Override
    public void shifted(double dx, double dy, Mark[] out, int at) {
        fill(out, at, true, dx, dy);
    }

    /** The marks, moved by {@code dx}, {@code dy} when {@code moved} (the same sums as {@link Mark#shift}). */
    private void fill(Mark[] out, int at, boolean moved, double dx, double dy) {
        List<Line.Piece> pieces = line.pieces();
        int n = pieces.size();
        int gaps = 0;
        Line.Piece next = n > 0 ? pieces.get(0) : null;
        for (int i = 0; i < n; i++) {
            Line.Piece p = next;
            next = i + 1 < n ? pieces.get(i + 1) : null;
            if (p.spaceBefore()) {
                gaps++;
            }
            int spacesAfter = next != null && next.spaceBefore() ? next.spaces() : 0;
            double x = x0 + p.x() + gaps * stretch;
            out[at + i] = new Mark.Text(moved ? x + dx : x, moved ? baseline + dy : baseline, p.drawn(spacesAfter),
                    p.source().face(), p.source().sizePt());
        }
    }
}
