package vn.vanban.render.print.internal;

import java.util.Locale;

/** Millimetres and points, and sizes as people write them ("12 m", "800 mm", "0,8 m"). */
public final class Units {
    /** Points per millimetre. */
    public static final double PT_PER_MM = 72.0 / 25.4;

    private Units() {
    }

    public static double pt(double mm) {
        return mm * PT_PER_MM;
    }

    /** "12 000" style millimetres for messages and README.txt (a thin grouping, fixed locale). */
    public static String mm(double mm) {
        if (Math.abs(mm - Math.rint(mm)) < 0.05) {
            return String.format(Locale.ROOT, "%,d", Math.round(mm)).replace(',', ' ');
        }
        return String.format(Locale.ROOT, "%,.1f", mm).replace(',', ' ');
    }
}
