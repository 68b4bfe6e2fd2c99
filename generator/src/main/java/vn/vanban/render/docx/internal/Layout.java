package vn.vanban.render.docx.internal;

import java.util.List;
import java.util.Map;

import vn.vanban.layout.Balancer;
import vn.vanban.layout.Line;
import vn.vanban.layout.LineBreaker;
import vn.vanban.layout.TextMeasurer;
import vn.vanban.layout.TextRun;

import vn.vanban.doc.Section;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * The style sheet and the text width of the section being written.
 *
 * <pre>{@code
 * Layout layout = Layout.of(Nd30Style.standard(), Section.Orientation.PORTRAIT);
 * long width = layout.textWidth();   // 9354 twips (165 mm)
 * }</pre>
 *
 * @param style     the ND30 style sheet
 * @param text      its text styles, one per role
 * @param textWidth the width between the margins, in twips
 */
public record Layout(Nd30Style style, Map<Role, TextStyle> text, long textWidth) {

    /** The layout of a section with this orientation (landscape: the long edge is the width). */
    public static Layout of(Nd30Style style, Section.Orientation orientation) {
        double pageWidth = orientation == Section.Orientation.LANDSCAPE ? style.pageHeightMm() : style.pageWidthMm();
        long width = Twips.fromMm(pageWidth) - Twips.fromMm(style.marginLeftMm()) - Twips.fromMm(style.marginRightMm());
        return new Layout(style, style.styles(), width);
    }

    /** The text style of a role. */
    public TextStyle text(Role role) {
        return text.get(role);
    }

    /** The text width in points. */
    public double textWidthPt() {
        return Twips.toPt(textWidth);
    }

    /** The shared text measurer (the bundled font's metrics). */
    public TextMeasurer measurer() {
        return TextMeasurer.standard();
    }

    /** A centred line of the role, balanced over the text width as the PDF sets it. */
    public List<Line> balanced(List<TextRun> runs) {
        return new Balancer(new LineBreaker(measurer())).lines(runs, textWidthPt());
    }
}
