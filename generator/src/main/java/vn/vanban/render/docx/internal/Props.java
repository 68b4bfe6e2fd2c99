package vn.vanban.render.docx.internal;

import vn.vanban.style.Align;
import vn.vanban.style.TextStyle;

/**
 * Writes WordprocessingML paragraph and run properties from a {@link TextStyle}.
 *
 * <pre>{@code
 * Props.paragraph(style.add("w:pPr"), textStyle, true);
 * Props.run(style.add("w:rPr"), textStyle);
 * }</pre>
 */
public final class Props {
    /** Every rule and table border is black. */
    public static final String BLACK = "000000";

    private Props() {
    }

    /** Spacing, exact line height, first-line indent, alignment, outline level and keep-with-next. */
    public static void paragraph(Element ppr, TextStyle ts, boolean keepNext) {
        if (keepNext) {
            ppr.add("w:keepNext");
        }
        spacing(ppr, ts.spaceBeforePt(), ts.spaceAfterPt(), ts.lineHeightPt());
        ppr.add("w:ind").set("w:firstLine", Twips.fromMm(ts.firstLineMm()));
        ppr.add("w:jc").set("w:val", jc(ts.align()));
        if (ts.outlineLevel() >= 0) {
            ppr.add("w:outlineLvl").set("w:val", ts.outlineLevel());
        }
    }

    /** Size, bold and italic of the style (complex-script sizes too, so Vietnamese never falls back). */
    public static void run(Element rpr, TextStyle ts) {
        if (ts.bold()) {
            rpr.add("w:b");
            rpr.add("w:bCs");
        }
        if (ts.italic()) {
            rpr.add("w:i");
            rpr.add("w:iCs");
        }
        rpr.add("w:sz").set("w:val", Twips.halfPoints(ts.sizePt()));
        rpr.add("w:szCs").set("w:val", Twips.halfPoints(ts.sizePt()));
    }

    /** Space before and after and an exact line height, all in points. */
    public static void spacing(Element ppr, double beforePt, double afterPt, double lineHeightPt) {
        ppr.getOrAdd("w:spacing")
                .set("w:before", Twips.fromPt(beforePt))
                .set("w:after", Twips.fromPt(afterPt))
                .set("w:line", Twips.fromPt(lineHeightPt))
                .set("w:lineRule", "exact");
    }

    /** Space before the paragraph only; the rest of its spacing comes from its style. */
    public static void spaceBefore(Element ppr, double beforePt) {
        ppr.getOrAdd("w:spacing").set("w:before", Twips.fromPt(beforePt));
    }

    /** A single black border line of the given thickness and distance from the text. */
    public static void border(Element b, double widthPt, double spacePt) {
        b.set("w:val", "single");
        b.set("w:sz", Math.max(2, Twips.eighths(widthPt)));
        b.set("w:space", Math.round(spacePt));  // w:space is whole points
        b.set("w:color", BLACK);
    }

    /** No border. */
    public static void noBorder(Element b) {
        b.set("w:val", "none");
        b.set("w:sz", 0);
        b.set("w:space", 0);
        b.set("w:color", "auto");
    }

    /** The w:jc value of an alignment. */
    public static String jc(Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }
}
