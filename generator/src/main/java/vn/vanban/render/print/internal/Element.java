package vn.vanban.render.print.internal;

import vn.vanban.render.print.Cmyk;
import vn.vanban.render.print.PrintFont;

/**
 * What a page of a print item is made of, in points on the page (origin at the bottom left of the
 * media box, y up): colour areas, lines of type, and cut or fold marks.
 */
public sealed interface Element {
    /** A filled rectangle. */
    record Fill(double x, double y, double width, double height, Cmyk color) implements Element {
    }

    /**
     * One line of type, drawn from its pen position.
     *
     * @param text     the characters, NFC
     * @param face     the font
     * @param size     points
     * @param x        pen start
     * @param y        baseline
     * @param color    the ink
     * @param upsideDown turned 180° about the pen position (the far face of a tent card)
     * @param box      the box the line was fitted to (its glyphs never leave it)
     */
    record Text(String text, PrintFont.Face face, double size, double x, double y, Cmyk color, boolean upsideDown,
                Box box) implements Element {
    }

    /** A straight mark: a crop or cut mark, or a dashed fold mark. */
    record Mark(double x1, double y1, double x2, double y2, Cmyk color, double width, boolean dashed) implements Element {
    }

    /** An axis-aligned rectangle, points. */
    record Box(double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double top() {
            return y + height;
        }

        /** The box shrunk by {@code d} on every side. */
        public Box inset(double d) {
            return new Box(x + d, y + d, width - 2 * d, height - 2 * d);
        }

        /** A horizontal slice, {@code from} and {@code to} as fractions of the height measured from the top. */
        public Box slice(double from, double to) {
            return new Box(x, top() - height * to, width, height * (to - from));
        }
    }
}
