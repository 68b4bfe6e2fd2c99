package vn.vanban.layout;

import java.util.List;

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
        pieces = List.copyOf(pieces);
    }

    /** The line's text as a reader sees it (joins removed). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p.spaceBefore() && b.length() > 0) {
                b.append(" ".repeat(Math.max(1, p.spaces())));
            }
            b.append(Joins.plain(p.run().text()));
        }
        return b.toString();
    }

    /**
     * A word or part of a word in one face.
     *
     * @param run         the text and its face
     * @param x           natural offset from the line's start
     * @param width       advance width
     * @param spaceBefore whether a breaking space precedes it on this line (a justification gap)
     * @param spaces      how many space characters that gap holds (a blank "Số:      /KH" keeps them all)
     */
    public record Piece(TextRun run, double x, double width, boolean spaceBefore, int spaces) {
    }
}
