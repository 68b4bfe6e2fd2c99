package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LineBreaker} as it was before it kept its words in flat arrays ({@link Words}): an
 * object per word and per fragment, measured through substrings. Kept unchanged as the oracle of
 * {@link LineBreakerOracleTest}.
 */
final class LineBreakerOracle {
    private final TextMeasurer measurer;

    LineBreakerOracle(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** One run as lines, the first {@code first} wide and the others {@code rest} wide. */
    public List<OldLine> lines(List<TextRun> runs, double first, double rest) {
        List<Word> words = words(runs);
        List<OldLine> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double width = 0;
        double available = first;
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            double add = current.isEmpty() ? word.width : word.glue + word.width;
            if (!current.isEmpty() && width + add > available) {
                lines.add(line(current, false));
                current = new ArrayList<>();
                available = rest;
                width = 0;
                add = word.width;
            }
            if (current.isEmpty() && word.width > available) {
                // A word wider than the line (a long address, a URL): cut it where it overflows.
                for (Word part : cut(word, available, rest)) {
                    if (!current.isEmpty()) {
                        lines.add(line(current, false));
                        current = new ArrayList<>();
                        available = rest;
                    }
                    current.add(part);
                    width = part.width;
                }
                continue;
            }
            current.add(word);
            width += add;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, true));
        }
        return lines;
    }

    /**
     * The breakable words of the runs, for a caller that chooses its own breaks (see
     * {@link Balancer}): each word's text, its width and the width of the space before it.
     */
    public List<Measured> measure(List<TextRun> runs) {
        List<Measured> out = new ArrayList<>();
        for (Word w : words(runs)) {
            StringBuilder t = new StringBuilder();
            w.frags.forEach(f -> t.append(f.run().text()));
            out.add(new Measured(Joins.plain(t.toString()), w.width, w.glue));
        }
        return out;
    }

    /** The lines of {@code runs} broken before the words at {@code breaks} (ascending word indexes). */
    public List<OldLine> linesAt(List<TextRun> runs, List<Integer> breaks) {
        List<Word> words = words(runs);
        List<OldLine> lines = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= breaks.size(); k++) {
            int to = k < breaks.size() ? breaks.get(k) : words.size();
            lines.add(line(words.subList(from, to), k == breaks.size()));
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
        double w = 0;
        boolean firstWord = true;
        for (Word word : words(runs)) {
            w += firstWord ? word.width : word.glue + word.width;
            firstWord = false;
        }
        return w;
    }

    /** A word: pieces with no breaking space between them, and the space before it. */
    private static final class Word {
        final List<Frag> frags = new ArrayList<>();
        double width;
        double glue;
        int spaces;
    }

    private record Frag(TextRun run, double width) {
    }

    private List<Word> words(List<TextRun> runs) {
        List<Word> words = new ArrayList<>();
        Word word = null;
        double pendingGlue = 0;
        int pendingSpaces = 0;
        boolean sawSpace = false;
        for (TextRun run : runs) {
            FontMetrics fm = measurer.face(run.face());
            String t = run.text();
            int i = 0;
            while (i < t.length()) {
                if (t.charAt(i) == ' ' && !(i + 1 < t.length() && t.charAt(i + 1) == Joins.WJ)) {
                    int j = i;
                    while (j < t.length() && t.charAt(j) == ' ') {
                        j++;
                    }
                    pendingGlue = (j - i) * fm.advance(' ') * run.sizePt();
                    pendingSpaces = j - i;
                    sawSpace = true;
                    i = j;
                    continue;
                }
                int j = i;
                while (j < t.length() && (t.charAt(j) != ' ' || (j + 1 < t.length() && t.charAt(j + 1) == Joins.WJ))) {
                    j++;
                }
                String part = t.substring(i, j);
                double w = fm.advance(part, run.sizePt());
                if (word == null || sawSpace) {
                    word = new Word();
                    word.glue = words.isEmpty() ? 0 : pendingGlue;
                    word.spaces = words.isEmpty() ? 0 : pendingSpaces;
                    words.add(word);
                    sawSpace = false;
                }
                word.frags.add(new Frag(new TextRun(part, run.face(), run.sizePt()), w));
                word.width += w;
                i = j;
            }
        }
        return words;
    }

    /** Cuts a too-wide word at characters: the first part {@code first} wide, the others {@code rest}. */
    private List<Word> cut(Word word, double first, double rest) {
        List<Word> parts = new ArrayList<>();
        Word part = new Word();
        part.glue = word.glue;
        double available = first;
        for (Frag f : word.frags) {
            FontMetrics fm = measurer.face(f.run().face());
            String t = f.run().text();
            int start = 0;
            double w = 0;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                double a = fm.advance(cp) * f.run().sizePt();
                if (part.width + w + a > available && (part.width + w) > 0) {
                    if (i > start) {
                        part.frags.add(new Frag(new TextRun(t.substring(start, i), f.run().face(), f.run().sizePt()), w));
                        part.width += w;
                    }
                    parts.add(part);
                    part = new Word();
                    available = rest;
                    start = i;
                    w = 0;
                }
                w += a;
                i += Character.charCount(cp);
            }
            if (start < t.length()) {
                part.frags.add(new Frag(new TextRun(t.substring(start), f.run().face(), f.run().sizePt()), w));
                part.width += w;
            }
        }
        if (!part.frags.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static OldLine line(List<Word> words, boolean last) {
        List<Piece> pieces = new ArrayList<>();
        double x = 0;
        int gaps = 0;
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            boolean gap = w > 0;
            if (gap) {
                x += word.glue;
                gaps++;
            }
            boolean firstFrag = true;
            for (Frag f : word.frags) {
                pieces.add(new Piece(f.run(), x, f.width(), gap && firstFrag, gap && firstFrag ? word.spaces : 0));
                x += f.width();
                firstFrag = false;
            }
        }
        return new OldLine(pieces, x, gaps, last);
    }

    /** A line as the oracle set it: the pieces hold copies of their characters. */
    record OldLine(List<Piece> pieces, double width, int gaps, boolean last) {
    }

    /** A piece as the oracle set it. */
    record Piece(TextRun run, double x, double width, boolean spaceBefore, int spaces) {
    }
}
