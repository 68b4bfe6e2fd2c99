package vn.vanban.render.pdf.internal;

import vn.vanban.style.Nd30Style;

/**
 * Millimetres to PDF points.
 *
 * <pre>{@code
 * float left = Units.mm(style.marginLeftMm());   // 30 mm → 85.04 pt
 * }</pre>
 */
final class Units {
    private Units() {
    }

    static float mm(double millimetres) {
        return (float) (millimetres * Nd30Style.PT_PER_MM);
    }
}
