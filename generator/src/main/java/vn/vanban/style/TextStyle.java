package vn.vanban.style;

import java.util.Objects;

/**
 * How one role's lines are set: font size and weight, alignment, indents and spacing.
 *
 * @param sizePt          font size in points
 * @param bold            bold
 * @param italic          italic
 * @param allCaps         whether the text is meant to be in capitals (templates write the
 *                        capitals; this is informational, for the conformance audit)
 * @param align           alignment
 * @param firstLineMm     first-line indent in millimetres (0 for none)
 * @param spaceBeforePt   space before the paragraph, points
 * @param spaceAfterPt    space after the paragraph, points
 * @param lineHeightPt    exact line height in points (the distance from baseline to baseline)
 * @param outlineLevel    heading outline level for Word's navigation pane (0 = top), or -1
 */
public record TextStyle(double sizePt, boolean bold, boolean italic, boolean allCaps, Align align,
                        double firstLineMm, double spaceBeforePt, double spaceAfterPt,
                        double lineHeightPt, int outlineLevel) {
    public TextStyle {
        Objects.requireNonNull(align, "align");
    }
}
