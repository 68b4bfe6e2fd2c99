package vn.vanban.render.print;

import java.util.Locale;

/**
 * A process colour in CMYK, each ink from 0 to 100 per cent: what the print shop's RIP receives.
 *
 * <pre>{@code
 * Cmyk red = new Cmyk(0, 100, 100, 0);   // the customary backdrop red
 * }</pre>
 *
 * @param c cyan, per cent
 * @param m magenta, per cent
 * @param y yellow, per cent
 * @param k black, per cent
 */
public record Cmyk(int c, int m, int y, int k) {
    /** Customary backdrop red (not law: a house default). */
    public static final Cmyk RED = new Cmyk(0, 100, 100, 0);
    /** Customary yellow type on the red. */
    public static final Cmyk YELLOW = new Cmyk(0, 0, 100, 0);
    /** Paper white: no ink. */
    public static final Cmyk WHITE = new Cmyk(0, 0, 0, 0);
    /** A deep red for names on white cards. */
    public static final Cmyk DEEP_RED = new Cmyk(0, 100, 100, 15);
    /** Registration-free black for marks and small text. */
    public static final Cmyk BLACK = new Cmyk(0, 0, 0, 100);

    public Cmyk {
        for (int v : new int[] {c, m, y, k}) {
            if (v < 0 || v > 100) {
                throw new IllegalArgumentException("a CMYK ink is 0 to 100 per cent, got " + v);
            }
        }
    }

    /** {@code C0 M100 Y100 K0}, as a print shop writes it. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "C%d M%d Y%d K%d", c, m, y, k);
    }

    /** An approximate sRGB for previews only (no colour management): 0xRRGGBB. */
    public int previewRgb() {
        double kk = 1 - k / 100.0;
        int r = (int) Math.round(255 * (1 - c / 100.0) * kk);
        int g = (int) Math.round(255 * (1 - m / 100.0) * kk);
        int b = (int) Math.round(255 * (1 - y / 100.0) * kk);
        return (r << 16) | (g << 8) | b;
    }
}
