package vn.vanban.layout;

/**
 * A page and its text block, in points: any size, from an A4 letter to a 12 m backdrop.
 *
 * <p>Generic on purpose: the ND30 style sheet builds its A4 geometry (and checks the decree's
 * margin ranges) on top of this, and the print items build theirs with their own sizes, bleed and
 * safe margins.
 *
 * <pre>{@code
 * PageGeometry a4 = PageGeometry.ofMm(210, 297, 20, 20, 30, 15);
 * double w = a4.textWidth();   // 165 mm in points
 * }</pre>
 *
 * @param width  page width
 * @param height page height
 * @param top    top margin
 * @param bottom bottom margin
 * @param left   left margin
 * @param right  right margin
 */
public record PageGeometry(double width, double height, double top, double bottom, double left, double right) {
    /** Points per millimetre. */
    public static final double PT_PER_MM = 72.0 / 25.4;

    public PageGeometry {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a page needs a positive width and height, got " + width + " × " + height + " pt");
        }
        if (left + right >= width || top + bottom >= height) {
            throw new IllegalArgumentException("the margins leave no room on a " + width + " × " + height + " pt page");
        }
    }

    /** A geometry given in millimetres. */
    public static PageGeometry ofMm(double widthMm, double heightMm, double topMm, double bottomMm,
                                    double leftMm, double rightMm) {
        return new PageGeometry(mm(widthMm), mm(heightMm), mm(topMm), mm(bottomMm), mm(leftMm), mm(rightMm));
    }

    /** The same page turned a quarter: width and height swapped, each margin kept on its side. */
    public PageGeometry landscape() {
        return width > height ? this : new PageGeometry(height, width, top, bottom, left, right);
    }

    /** Width of the text block. */
    public double textWidth() {
        return width - left - right;
    }

    /** Height of the text block. */
    public double textHeight() {
        return height - top - bottom;
    }

    /** Millimetres to points. */
    public static double mm(double mm) {
        return mm * PT_PER_MM;
    }
}
