package vn.vanban.render.docx.internal;

import vn.vanban.style.Role;

/**
 * Draws the short horizontal rules of ND30 (under the agency name, the Tiêu ngữ, the trích yếu) as
 * the bottom border of an empty paragraph whose left and right indents centre a border of the
 * wanted length.
 *
 * <p>A paragraph border flows with the text: it moves when an officer edits the lines above, it
 * survives copy and paste and LibreOffice's conversion unchanged, and its length is two plain
 * indents that Word shows in the ruler. A DrawingML line is anchored at a fixed offset instead, and
 * drifts away from its text as soon as the text moves.
 *
 * <pre>{@code
 * Rules.centred(cellFlow, Role.MOTTO, layout, cellWidthTwips, mottoWidthPt, 0);
 * }</pre>
 */
public final class Rules {
    private Rules() {
    }

    /**
     * Appends a rule {@code lengthPt} long, centred in {@code availableTwips}, in the style of
     * {@code role} (the line it belongs to). The paragraph is {@code ruleGapPt} high and its border
     * another {@code ruleGapPt} below it, so the rule clears the descenders of the line above.
     *
     * @param spaceAfterPt space between the rule and what follows it
     */
    public static Element centred(Flow flow, Role role, Layout layout, long availableTwips, double lengthPt,
                              double spaceAfterPt) {
        Element p = Paragraphs.add(flow, role);
        Element ppr = Paragraphs.ppr(p);
        long length = Math.min(availableTwips, Twips.fromPt(lengthPt));
        long side = (availableTwips - length) / 2;
        Props.border(ppr.add("w:pBdr").add("w:bottom"), layout.style().ruleWidthPt(), layout.style().ruleSpacePt());
        Props.spacing(ppr, 0, spaceAfterPt, layout.style().ruleGapPt());
        ppr.add("w:ind")
                .set("w:left", side)
                .set("w:right", availableTwips - length - side)
                .set("w:firstLine", 0);
        return p;
    }
}
