package vn.vanban.layout.page;

import java.util.Objects;

import vn.vanban.style.FontFace;

/**
 * Something drawn on a page, at its final position: page coordinates in points from the page's
 * top-left corner, y growing downwards. A renderer draws marks; it decides nothing.
 */
public sealed interface Mark permits Mark.Text, Mark.Stroke {

    /** The mark moved by {@code dx}, {@code dy}. */
    Mark shift(double dx, double dy);

    /**
     * A piece of text on one baseline.
     *
     * @param x        where the pen starts
     * @param baseline the baseline
     * @param text     the characters as a reader sees them (no joiners)
     * @param face     the face
     * @param sizePt   the size
     */
    record Text(double x, double baseline, String text, FontFace face, double sizePt) implements Mark {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
        }

        @Override
        public Text shift(double dx, double dy) {
            return new Text(x + dx, baseline + dy, text, face, sizePt);
        }
    }

    /**
     * A straight black line: a rule, a table border, a box side.
     *
     * @param x1    start
     * @param y1    start
     * @param x2    end
     * @param y2    end
     * @param width thickness
     */
    record Stroke(double x1, double y1, double x2, double y2, double width) implements Mark {
        @Override
        public Stroke shift(double dx, double dy) {
            return new Stroke(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width);
        }
    }
}
