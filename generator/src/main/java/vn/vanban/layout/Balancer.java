package vn.vanban.layout;

import java.util.List;

/**
 * Sets a centred title on as few lines as first fit needs, but with the lines as even as they can
 * be: no word alone on the last line of a tên loại, trích yếu or phụ lục title.
 *
 * <pre>{@code
 * List<Line> lines = new Balancer(lineBreaker).lines(runs, textWidth);
 * }</pre>
 *
 * <p>It searches for the narrowest measure that still gives the same number of lines; both
 * renderers print exactly those lines (the DOCX with line breaks), so Word, LibreOffice and the
 * PDF show the same title.
 */
public final class Balancer {
    private static final int STEPS = 14;

    private final LineBreaker breaker;

    public Balancer(LineBreaker breaker) {
        this.breaker = breaker;
    }

    /** The balanced lines of {@code runs} in at most {@code width}. */
    public List<Line> lines(List<TextRun> runs, double width) {
        List<Line> greedy = breaker.lines(runs, width, width);
        int n = greedy.size();
        if (n <= 1) {
            return greedy;
        }
        double hi = width;
        double lo = width / n * 0.8;
        List<Line> best = greedy;
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            List<Line> trial = breaker.lines(runs, mid, mid);
            if (trial.size() <= n) {
                hi = mid;
                best = trial;
            } else {
                lo = mid;
            }
        }
        return best;
    }
}
