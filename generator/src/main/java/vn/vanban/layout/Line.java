package vn.vanban.layout;

import java.util.List;
import java.util.Objects;

/**
 * One line set by the {@link LineBreaker}: its pieces at their natural positions.
 *
 * @param pieces  the words and parts of words, left to right; a piece never holds a breaking space
 * @param width   the natural width, from the start of the first piece to the end of the last
 * @param gaps    the number of breaking spaces between pieces (where justification stretches)
 * @param last    whether this is the paragraph's last line (set at natural spacing when justified)
 */
public record Line(List<Piece> pieces, double width, int gaps, boolean last) {
    public Line {
        pieces = pieces instanceof Pieces ? pieces : List.copyOf(pieces);
    }

    /** The line's text as a reader sees it (joins removed). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p.spaceBefore() && b.length() > 0) {
                b.append(" ".repeat(Math.max(1, p.spaces())));
            }
            b.append(p.drawn(0));
        }
        return b.toString();
    }

    /**
     * A word or part of a word in one face: characters {@code start} to {@code end} of a run.
     *
     * <p>A piece points into its run rather than holding a copy of its characters: the PDF draws
     * {@link #drawn} and never needs the copy, and a document has thousands of pieces.
     *
     * @param source      the run the piece is part of
     * @param start       where the piece starts in the run's text
     * @param end         where it ends
     * @param x           natural offset from the line's start
     * @param width       advance width
     * @param spaceBefore whether a breaking space precedes it on this line (a justification gap)
     * @param spaces      how many space characters that gap holds (a blank "Số:      /KH" keeps them all)
     */
    public record Piece(TextRun source, int start, int end, double x, double width, boolean spaceBefore, int spaces) {
        public Piece {
            Objects.checkFromToIndex(start, end, source.text().length());
        }

        /** The piece as a run of its own: its characters, joins included, in the run's face and size. */
        public TextRun run() {
            String t = source.text();
            return start == 0 && end == t.length() ? source
                    : new TextRun(t.substring(start, end), source.face(), source.sizePt());
        }

        /**
         * The characters as a reader sees them ({@link Joins#plain}), then {@code trailing}
         * spaces: the text a renderer draws for the piece and the gap after it.
         */
        public String drawn(int trailing) {
            String t = source.text();
            boolean joins = false;
            for (int i = start; i < end && !joins; i++) {
                char c = t.charAt(i);
                joins = c == Joins.NBSP || c == Joins.WJ;
            }
            return !joins && spacesFollow(t, trailing) ? t.substring(start, end + trailing) : copy(t, trailing);
        }

        /** {@link #drawn} made character by character: joins in the piece, or other spaces after it. */
        private String copy(String t, int trailing) {
            char[] out = new char[end - start + trailing];
            int n = 0;
            for (int i = start; i < end; i++) {
                char c = t.charAt(i);
                if (c == Joins.NBSP) {
                    out[n++] = ' ';
                } else if (c != Joins.WJ) {
                    out[n++] = c;
                }
            }
            for (int k = 0; k < trailing; k++) {
                out[n++] = ' ';
            }
            return new String(out, 0, n);
        }

        /** Whether the run holds {@code count} spaces right after the piece: then one substring is the whole drawn text. */
        private boolean spacesFollow(String t, int count) {
            if (end + count > t.length()) {
                return false;
            }
            for (int i = end; i < end + count; i++) {
                if (t.charAt(i) != ' ') {
                    return false;
                }
            }
            return true;
        }
    }
}
