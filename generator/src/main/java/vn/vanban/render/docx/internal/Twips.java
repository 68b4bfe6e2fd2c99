package vn.vanban.render.docx.internal;

/**
 * Unit conversions of WordprocessingML: twips (1/20 pt), half-points and eighths of a point.
 *
 * <pre>{@code
 * long margin = Twips.fromMm(20);   // 1134
 * }</pre>
 */
public final class Twips {
    private static final double MM_PER_INCH = 25.4;
    private static final double TWIPS_PER_INCH = 1440;
    private static final double TWIPS_PER_PT = 20;

    private Twips() {
    }

    /** Millimetres to twips, rounded: 20 mm = 1134, 210 mm = 11906. */
    public static long fromMm(double mm) {
        return Math.round(mm * TWIPS_PER_INCH / MM_PER_INCH);
    }

    /** Points to twips, rounded. */
    public static long fromPt(double pt) {
        return Math.round(pt * TWIPS_PER_PT);
    }

    /** Twips to points. */
    public static double toPt(long twips) {
        return twips / TWIPS_PER_PT;
    }

    /** Points to half-points (w:sz), rounded. */
    public static long halfPoints(double pt) {
        return Math.round(pt * 2);
    }

    /** Points to eighths of a point (border w:sz), rounded. */
    public static long eighths(double pt) {
        return Math.round(pt * 8);
    }
}
