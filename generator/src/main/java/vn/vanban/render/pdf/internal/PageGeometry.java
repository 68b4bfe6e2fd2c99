package vn.vanban.render.pdf.internal;

import org.openpdf.text.Rectangle;

import vn.vanban.doc.Section.Orientation;
import vn.vanban.style.Nd30Style;

/**
 * The page box and text block of one section, in points: A4 exactly (595.28 × 841.89), swapped
 * for landscape; margins stay on their sides.
 *
 * <pre>{@code
 * PageGeometry g = PageGeometry.of(style, Orientation.PORTRAIT);
 * float textWidth = g.textWidth();   // 165 mm
 * }</pre>
 */
record PageGeometry(float width, float height, float left, float right, float top, float bottom) {

    static PageGeometry of(Nd30Style style, Orientation orientation) {
        float w = Units.mm(style.pageWidthMm());
        float h = Units.mm(style.pageHeightMm());
        boolean landscape = orientation == Orientation.LANDSCAPE;
        return new PageGeometry(landscape ? h : w, landscape ? w : h,
                Units.mm(style.marginLeftMm()), Units.mm(style.marginRightMm()),
                Units.mm(style.marginTopMm()), Units.mm(style.marginBottomMm()));
    }

    Rectangle pageSize() {
        return new Rectangle(width, height);
    }

    float textWidth() {
        return width - left - right;
    }

    /** The horizontal centre of the text block. */
    float textCentre() {
        return left + textWidth() / 2;
    }
}
