package vn.vanban.layout.page;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Balancer;
import vn.vanban.layout.Line;
import vn.vanban.layout.LineBreaker;
import vn.vanban.layout.TextMeasurer;
import vn.vanban.layout.TextRun;
import vn.vanban.style.Align;
import vn.vanban.style.TextStyle;

/**
 * Sets one paragraph into line strips: breaks (or balances) its runs, aligns each line, and puts
 * every piece on the baseline Word uses with an exact line height.
 *
 * <pre>{@code
 * Block b = lines.paragraph(style.text(Role.BODY), runs, textWidth, Indents.NONE, false);
 * }</pre>
 */
final class Lines {
    private final TextMeasurer measurer;
    private final LineBreaker breaker;
    private final Balancer balancer;

    Lines(TextMeasurer measurer) {
        this.measurer = measurer;
        this.breaker = new LineBreaker(measurer);
        this.balancer = new Balancer(breaker);
    }

    /**
     * Indents of a paragraph, points.
     *
     * @param left      from the container's left edge to every line
     * @param right     from every line's end to the container's right edge
     * @param firstLine added to the first line's start (negative: a hanging indent)
     */
    record Indents(double left, double right, double firstLine) {
        static final Indents NONE = new Indents(0, 0, 0);
    }

    /** Where a line's baseline sits below the line's top ({@link TextMeasurer#baseline}). */
    double baseline(TextStyle ts) {
        return measurer.baseline(ts);
    }

    /** The paragraph as a block of line strips; widow and orphan control already decided. */
    Block paragraph(TextStyle ts, List<TextRun> runs, double width, Indents ind, boolean balance) {
        return paragraph(ts, runs, width, ind, balance, ts.align(), ts.spaceBeforePt(), ts.spaceAfterPt());
    }

    Block paragraph(TextStyle ts, List<TextRun> runs, double width, Indents ind, boolean balance, Align align,
                    double before, double after) {
        double first = width - ind.left() - ind.right() - ind.firstLine();
        double rest = width - ind.left() - ind.right();
        List<Line> lines = balance ? balancer.lines(runs, rest) : breaker.lines(runs, first, rest);
        double lh = ts.lineHeightPt();
        double base = baseline(ts);
        int n = lines.size();
        List<Slice> slices = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Line line = lines.get(k);
            double start = ind.left() + (k == 0 && !balance ? ind.firstLine() : 0);
            double available = (k == 0 && !balance) ? first : rest;
            boolean breakable = k >= 2 && n - k >= 2;
            slices.add(new Slice(lh, 0, k == 0 || breakable, place(line, start, available, base, align), null));
        }
        return new Block(slices, before, after);
    }

    /** One line drawn at its position for the alignment. */
    private static TextLine place(Line line, double start, double available, double baseline, Align align) {
        double slack = available - line.width();
        double x0 = switch (align) {
            case LEFT, JUSTIFY -> start;
            case CENTER -> start + slack / 2;
            case RIGHT -> start + slack;
        };
        double stretch = align == Align.JUSTIFY && !line.last() && line.gaps() > 0 && slack > 0
                ? slack / line.gaps() : 0;
        return new TextLine(line, x0, stretch, baseline);
    }
}
