package vn.vanban.layout;

import java.util.Arrays;
import java.util.List;

/**
 * The breakable words of a list of runs, measured once: each word is one or more fragments (a
 * part of one run's text with no breaking space in it, see {@link Joins}), with the width of the
 * breaking space before it and the number of spaces that space holds.
 *
 * <p>Kept in flat arrays rather than an object per word and per fragment: a page of body text
 * holds a few hundred words, and a document is laid out many times over on a server. A
 * fragment's characters stay in its run, and so do a line's pieces ({@link Line.Piece}).
 *
 * <pre>{@code
 * Words words = Words.of(runs, TextMeasurer.standard());
 * double w = words.width(0);   // the first word's width, points
 * }</pre>
 *
 * <p>Filled by {@link #of} (or, for the parts of a word it cuts, by the line breaker) and not
 * changed afterwards; made and used by one thread.
 */
final class Words {
    private final List<TextRun> runs;

    private int count;
    private int[] firstFrag;
    private double[] width;
    private double[] glue;
    private int[] spaces;

    private int frags;
    private int[] fragRun;
    private int[] fragStart;
    private int[] fragEnd;
    private double[] fragWidth;

    private Words(List<TextRun> runs, int capacity) {
        this.runs = runs;
        firstFrag = new int[capacity];
        width = new double[capacity];
        glue = new double[capacity];
        spaces = new int[capacity];
        fragRun = new int[capacity];
        fragStart = new int[capacity];
        fragEnd = new int[capacity];
        fragWidth = new double[capacity];
    }

    /**
     * The words of {@code runs}: a breaking space is a space not followed by a word joiner; a run
     * of them is one gap, as wide as its spaces in the face and size of the run that holds them
     * (the last such run before a word, when spaces straddle two runs).
     */
    static Words of(List<TextRun> runs, TextMeasurer measurer) {
        int length = 0;
        for (TextRun run : runs) {
            length += run.text().length();
        }
        Words words = new Words(runs, length / 4 + 4);
        double pendingGlue = 0;
        int pendingSpaces = 0;
        boolean sawSpace = true;
        for (int r = 0; r < runs.size(); r++) {
            TextRun run = runs.get(r);
            FontMetrics fm = measurer.face(run.face());
            // An array of the characters: scanned faster than the string's charAt.
            char[] t = run.text().toCharArray();
            int n = t.length;
            int i = 0;
            while (i < n) {
                if (t[i] == ' ' && !(i + 1 < n && t[i + 1] == Joins.WJ)) {
                    int j = i;
                    while (j < n && t[j] == ' ') {
                        j++;
                    }
                    pendingGlue = (j - i) * fm.advance(' ') * run.sizePt();
                    pendingSpaces = j - i;
                    sawSpace = true;
                    i = j;
                    continue;
                }
                // Up to the next breaking space, measured on the way as FontMetrics.advance would.
                int j = i;
                double units = 0;
                while (j < n && (t[j] != ' ' || (j + 1 < n && t[j + 1] == Joins.WJ))) {
                    int cp = Character.codePointAt(t, j);
                    units += fm.advance(cp);
                    j += Character.charCount(cp);
                }
                if (sawSpace) {
                    boolean first = words.count == 0;
                    words.startWord(first ? 0 : pendingGlue, first ? 0 : pendingSpaces);
                    sawSpace = false;
                }
                words.addFrag(r, i, j, units * run.sizePt());
                i = j;
            }
        }
        return words;
    }

    /** No words yet, over the runs of {@code like}: for the parts of a word the line breaker cuts. */
    static Words empty(Words like) {
        return new Words(like.runs, 4);
    }

    /** Opens a word after the others; its fragments follow with {@link #addFrag}. */
    void startWord(double glueWidth, int spaceCount) {
        if (count == firstFrag.length) {
            int c = count * 2;
            firstFrag = Arrays.copyOf(firstFrag, c);
            width = Arrays.copyOf(width, c);
            glue = Arrays.copyOf(glue, c);
            spaces = Arrays.copyOf(spaces, c);
        }
        firstFrag[count] = frags;
        width[count] = 0;
        glue[count] = glueWidth;
        spaces[count] = spaceCount;
        count++;
    }

    /** Adds characters {@code start} to {@code end} of run {@code run} to the last word. */
    void addFrag(int run, int start, int end, double fragmentWidth) {
        if (frags == fragRun.length) {
            int c = frags * 2;
            fragRun = Arrays.copyOf(fragRun, c);
            fragStart = Arrays.copyOf(fragStart, c);
            fragEnd = Arrays.copyOf(fragEnd, c);
            fragWidth = Arrays.copyOf(fragWidth, c);
        }
        fragRun[frags] = run;
        fragStart[frags] = start;
        fragEnd[frags] = end;
        fragWidth[frags] = fragmentWidth;
        frags++;
        width[count - 1] += fragmentWidth;
    }

    /** The number of words. */
    int count() {
        return count;
    }

    /** The width of word {@code w}: the sum of its fragments'. */
    double width(int w) {
        return width[w];
    }

    /** The width of the breaking space before word {@code w} (0 for the first word). */
    double glue(int w) {
        return glue[w];
    }

    /** How many spaces that breaking space holds. */
    int spaces(int w) {
        return spaces[w];
    }

    /** The first fragment of word {@code w}. */
    int fragFrom(int w) {
        return firstFrag[w];
    }

    /** One past the last fragment of word {@code w}. */
    int fragTo(int w) {
        return w + 1 < count ? firstFrag[w + 1] : frags;
    }

    /** The width of fragment {@code f}. */
    double fragWidth(int f) {
        return fragWidth[f];
    }

    /** The run that holds fragment {@code f}. */
    TextRun fragRun(int f) {
        return runs.get(fragRun[f]);
    }

    /** The index in the runs of the run that holds fragment {@code f}. */
    int fragRunIndex(int f) {
        return fragRun[f];
    }

    /** Where fragment {@code f} starts in its run's text. */
    int fragStart(int f) {
        return fragStart[f];
    }

    /** Where fragment {@code f} ends in its run's text. */
    int fragEnd(int f) {
        return fragEnd[f];
    }

    /** The characters of word {@code w}, joins included. */
    String text(int w) {
        int from = fragFrom(w);
        int to = fragTo(w);
        if (to - from == 1) {
            return fragText(from);
        }
        StringBuilder b = new StringBuilder();
        for (int f = from; f < to; f++) {
            b.append(fragRun(f).text(), fragStart[f], fragEnd[f]);
        }
        return b.toString();
    }

    /** Fragment {@code f} as a piece of a line. */
    Line.Piece piece(int f, double x, boolean spaceBefore, int spaceCount) {
        return new Line.Piece(fragRun(f), fragStart[f], fragEnd[f], x, fragWidth[f], spaceBefore, spaceCount);
    }

    /** The characters of fragment {@code f}, joins included. */
    private String fragText(int f) {
        return fragRun(f).text().substring(fragStart[f], fragEnd[f]);
    }
}
