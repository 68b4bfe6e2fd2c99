package vn.vanban.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks runs of text into lines the way Word and LibreOffice do for Vietnamese body text: first
 * fit, breaking only at ordinary spaces (never at a no-break space or next to a word joiner, see
 * {@link Joins}), and inside a word only when the word alone is wider than the line.
 *
 * <pre>{@code
 * LineBreaker lb = new LineBreaker(TextMeasurer.standard());
 * List<Line> lines = lb.lines(runs, firstLineWidth, otherLinesWidth);
 * }</pre>
 *
 * <p>Linear in the length of the text. Immutable and thread-safe.
 */
public final class LineBreaker {
    private final TextMeasurer measurer;

    public LineBreaker(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** One run as lines, the first {@code first} wide and the others {@code rest} wide. */
    public List<Line> lines(List<TextRun> runs, double first, double rest) {
        return lines(words(runs), first, rest);
    }

    /** The runs' words, measured, for the methods below that take them. */
    Words words(List<TextRun> runs) {
        return Words.of(runs, measurer);
    }

    /** {@link #lines(List, double, double)} of words measured already. */
    List<Line> lines(Words words, double first, double rest) {
        int count = words.count();
        List<Line> lines = new ArrayList<>();
        LineBuilder current = new LineBuilder();
        double width = 0;
        double available = first;
        for (int w = 0; w < count; w++) {
            double add = current.isEmpty() ? words.width(w) : words.glue(w) + words.width(w);
            if (!current.isEmpty() && width + add > available) {
                lines.add(current.build(false));
                available = rest;
                width = 0;
                add = words.width(w);
            }
            if (current.isEmpty() && words.width(w) > available) {
                // A word wider than the line (a long address, a URL): cut it where it overflows.
                Words parts = cut(words, w, available, rest);
                for (int part = 0; part < parts.count(); part++) {
                    if (!current.isEmpty()) {
                        lines.add(current.build(false));
                        available = rest;
                    }
                    current.add(parts, part);
                    width = parts.width(part);
                }
                continue;
            }
            current.add(words, w);
            width += add;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.build(true));
        }
        return lines;
    }

    /**
     * The breakable words of the runs, for a caller that chooses its own breaks (see
     * {@link Balancer}): each word's text, its width and the width of the space before it.
     */
    public List<Measured> measure(List<TextRun> runs) {
        return measure(words(runs));
    }

    /** {@link #measure(List)} of words measured already. */
    List<Measured> measure(Words words) {
        List<Measured> out = new ArrayList<>(words.count());
        for (int w = 0; w < words.count(); w++) {
            out.add(new Measured(Joins.plain(words.text(w)), words.width(w), words.glue(w)));
        }
        return out;
    }

    /** The lines of {@code runs} broken before the words at {@code breaks} (ascending word indexes). */
    public List<Line> linesAt(List<TextRun> runs, List<Integer> breaks) {
        return linesAt(words(runs), breaks);
    }

    /** {@link #linesAt(List, List)} of words measured already. */
    List<Line> linesAt(Words words, List<Integer> breaks) {
        List<Line> lines = new ArrayList<>(breaks.size() + 1);
        LineBuilder line = new LineBuilder();
        int from = 0;
        for (int k = 0; k <= breaks.size(); k++) {
            int to = k < breaks.size() ? breaks.get(k) : words.count();
            for (int w = from; w < to; w++) {
                line.add(words, w);
            }
            lines.add(line.build(k == breaks.size()));
            from = to;
        }
        return lines;
    }

    /**
     * A breakable word as measured.
     *
     * @param text  the word as a reader sees it
     * @param width its width
     * @param glue  the width of the space before it (0 for the first word)
     */
    public record Measured(String text, double width, double glue) {
    }

    /** The natural width of the runs on one line. */
    public double width(List<TextRun> runs) {
        Words words = words(runs);
        double w = 0;
        for (int k = 0; k < words.count(); k++) {
            w += k == 0 ? words.width(k) : words.glue(k) + words.width(k);
        }
        return w;
    }

    /** A part of a cut word: characters {@code start} to {@code end} of run {@code run}. */
    private record Part(int run, int start, int end, double width) {
    }

    /**
     * Cuts the too-wide word {@code w} at characters, the first part {@code first} wide and the
     * others {@code rest}: the parts as words of their own.
     */
    private Words cut(Words words, int w, double first, double rest) {
        List<List<Part>> parts = new ArrayList<>();
        List<Part> part = new ArrayList<>();
        double partWidth = 0;
        double available = first;
        for (int f = words.fragFrom(w); f < words.fragTo(w); f++) {
            TextRun run = words.fragRun(f);
            int r = words.fragRunIndex(f);
            FontMetrics fm = measurer.face(run.face());
            String t = run.text();
            int end = words.fragEnd(f);
            int start = words.fragStart(f);
            double width = 0;
            for (int i = start; i < end; ) {
                int cp = t.codePointAt(i);
                double a = fm.advance(cp) * run.sizePt();
                if (partWidth + width + a > available && (partWidth + width) > 0) {
                    if (i > start) {
                        part.add(new Part(r, start, i, width));
                        partWidth += width;
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    partWidth = 0;
                    available = rest;
                    start = i;
                    width = 0;
                }
                width += a;
                i += Character.charCount(cp);
            }
            if (start < end) {
                part.add(new Part(r, start, end, width));
                partWidth += width;
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        Words out = Words.empty(words);
        for (int p = 0; p < parts.size(); p++) {
            out.startWord(p == 0 ? words.glue(w) : 0, 0);
            for (Part x : parts.get(p)) {
                out.addFrag(x.run(), x.start(), x.end(), x.width());
            }
        }
        return out;
    }

    /** A line being filled: its pieces so far and where the next one starts. */
    private static final class LineBuilder {
        private Line.Piece[] pieces = new Line.Piece[32];
        private int count;
        private double x;
        private int gaps;

        boolean isEmpty() {
            return count == 0;
        }

        /** Adds word {@code w} of {@code words}, after a breaking space unless it opens the line. */
        void add(Words words, int w) {
            boolean gap = count > 0;
            if (gap) {
                x += words.glue(w);
                gaps++;
            }
            int from = words.fragFrom(w);
            for (int f = from; f < words.fragTo(w); f++) {
                boolean opens = gap && f == from;
                if (count == pieces.length) {
                    pieces = Arrays.copyOf(pieces, 2 * count);
                }
                pieces[count++] = words.piece(f, x, opens, opens ? words.spaces(w) : 0);
                x += words.fragWidth(f);
            }
        }

        /** The line, and an empty builder for the next. */
        Line build(boolean last) {
            Line line = new Line(new Pieces(Arrays.copyOf(pieces, count)), x, gaps, last);
            count = 0;
            x = 0;
            gaps = 0;
            return line;
        }
    }
}
