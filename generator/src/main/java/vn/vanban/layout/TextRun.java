package vn.vanban.layout;

import java.util.Objects;

import vn.vanban.style.FontFace;

/**
 * A run of text in one face and size: what the line breaker measures and a renderer draws.
 *
 * @param text   the characters, joins already applied ({@link Joins})
 * @param face   the face (weight and slant resolved from the role and the span)
 * @param sizePt the size in points
 */
public record TextRun(String text, FontFace face, double sizePt) {
    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
    }
}
