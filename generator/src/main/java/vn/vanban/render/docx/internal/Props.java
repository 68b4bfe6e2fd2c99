package vn.vanban.render.docx.internal;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import vn.vanban.style.Align;
import vn.vanban.style.TextStyle;

/**
 * Writes WordprocessingML paragraph and run properties from a {@link TextStyle}.
 *
 * <pre>{@code
 * Props.paragraph(style.addNewPPr(), textStyle, true);
 * Props.run(style.addNewRPr(), textStyle);
 * }</pre>
 */
public final class Props {
    /** Every rule and table border is black. */
    public static final String BLACK = "000000";

    private Props() {
    }

    /** Spacing, exact line height, first-line indent, alignment, outline level and keep-with-next. */
    public static void paragraph(CTPPrBase ppr, TextStyle ts, boolean keepNext) {
        if (keepNext) {
            ppr.addNewKeepNext();
        }
        spacing(ppr, ts.spaceBeforePt(), ts.spaceAfterPt(), ts.lineHeightPt());
        ppr.addNewInd().setFirstLine(Twips.big(Twips.fromMm(ts.firstLineMm())));
        ppr.addNewJc().setVal(jc(ts.align()));
        if (ts.outlineLevel() >= 0) {
            ppr.addNewOutlineLvl().setVal(Twips.big(ts.outlineLevel()));
        }
    }

    /** Size, bold and italic of the style (complex-script sizes too, so Vietnamese never falls back). */
    public static void run(CTRPr rpr, TextStyle ts) {
        if (ts.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (ts.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        rpr.addNewSz().setVal(Twips.big(Twips.halfPoints(ts.sizePt())));
        rpr.addNewSzCs().setVal(Twips.big(Twips.halfPoints(ts.sizePt())));
    }

    /** Space before and after and an exact line height, all in points. */
    public static void spacing(CTPPrBase ppr, double beforePt, double afterPt, double lineHeightPt) {
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setBefore(Twips.big(Twips.fromPt(beforePt)));
        sp.setAfter(Twips.big(Twips.fromPt(afterPt)));
        sp.setLine(Twips.big(Twips.fromPt(lineHeightPt)));
        sp.setLineRule(STLineSpacingRule.EXACT);
    }

    /** Space before the paragraph only; the rest of its spacing comes from its style. */
    public static void spaceBefore(CTPPrBase ppr, double beforePt) {
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setBefore(Twips.big(Twips.fromPt(beforePt)));
    }

    /** A single black border line of the given thickness and distance from the text. */
    public static void border(CTBorder b, double widthPt, double spacePt) {
        b.setVal(STBorder.SINGLE);
        b.setSz(Twips.big(Math.max(2, Twips.eighths(widthPt))));
        b.setSpace(Twips.big(Math.round(spacePt)));  // w:space is whole points
        b.setColor(BLACK);
    }

    /** No border. */
    public static void noBorder(CTBorder b) {
        b.setVal(STBorder.NONE);
        b.setSz(Twips.big(0));
        b.setSpace(Twips.big(0));
        b.setColor("auto");
    }

    /** The w:jc value of an alignment. */
    public static STJc.Enum jc(Align align) {
        return switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFY -> STJc.BOTH;
        };
    }
}
