package vn.vanban.render.pdf;

import java.util.List;

import vn.vanban.text.GlyphCoverage;

/**
 * Thrown when the document holds a character the embedded font cannot draw; no PDF is written.
 *
 * <pre>{@code
 * try {
 *     renderer.render(doc, out);
 * } catch (MissingGlyphException e) {
 *     e.missing().forEach(m -> System.err.println(m.describe() + " in “" + m.context() + "”"));
 * }
 * }</pre>
 */
public final class MissingGlyphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int LISTED = 5;

    private final transient List<GlyphCoverage.Missing> missing;

    /**
     * @param fontName the font that lacks the glyphs
     * @param missing  the characters it cannot draw, in document order; not empty
     */
    public MissingGlyphException(String fontName, List<GlyphCoverage.Missing> missing) {
        super(message(fontName, missing));
        this.missing = List.copyOf(missing);
    }

    /** The characters the font cannot draw, in document order. */
    public List<GlyphCoverage.Missing> missing() {
        return missing;
    }

    private static String message(String fontName, List<GlyphCoverage.Missing> missing) {
        StringBuilder sb = new StringBuilder();
        sb.append("the font ").append(fontName).append(" has no glyph for ")
                .append(missing.size() == 1 ? "one character" : missing.size() + " characters")
                .append(" of the document, so no PDF was written:");
        for (GlyphCoverage.Missing m : missing.subList(0, Math.min(LISTED, missing.size()))) {
            sb.append("\n  ").append(m.describe()).append(" in “").append(m.context()).append('”');
        }
        if (missing.size() > LISTED) {
            sb.append("\n  … and ").append(missing.size() - LISTED).append(" more");
        }
        sb.append("\nReplace or remove these characters in the event file"
                + " (emoji and Chinese characters cannot be printed in an ND30 document).");
        return sb.toString();
    }
}
