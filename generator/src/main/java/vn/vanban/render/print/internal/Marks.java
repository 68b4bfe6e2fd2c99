package vn.vanban.render.print.internal;

import java.util.List;

import vn.vanban.render.print.Cmyk;

/** Crop, cut and fold marks, and frames: the lines a print shop cuts and folds along. */
final class Marks {
    private Marks() {
    }

    /** Crop marks at the four corners of {@code trim}, starting {@code offset} outside it, {@code length} long. */
    static void crop(Element.Box trim, double offset, double length, double width, List<Element> out) {
        double[] xs = {trim.x(), trim.right()};
        double[] ys = {trim.y(), trim.top()};
        for (double x : xs) {
            for (double y : ys) {
                double sx = x == trim.x() ? -1 : 1;
                double sy = y == trim.y() ? -1 : 1;
                out.add(new Element.Mark(x + sx * offset, y, x + sx * (offset + length), y, Composer.REGISTRATION, width, false));
                out.add(new Element.Mark(x, y + sy * offset, x, y + sy * (offset + length), Composer.REGISTRATION, width, false));
            }
        }
    }

    /** A rectangle outline of stroke {@code width}, drawn inside {@code box}. */
    static void frame(Element.Box box, double width, Cmyk color, List<Element> out) {
        double h = width / 2;
        out.add(new Element.Mark(box.x(), box.y() + h, box.right(), box.y() + h, color, width, false));
        out.add(new Element.Mark(box.x(), box.top() - h, box.right(), box.top() - h, color, width, false));
        out.add(new Element.Mark(box.x() + h, box.y(), box.x() + h, box.top(), color, width, false));
        out.add(new Element.Mark(box.right() - h, box.y(), box.right() - h, box.top(), color, width, false));
    }
}
