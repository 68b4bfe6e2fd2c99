package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.doc.Document;
import vn.vanban.render.pdf.MissingGlyphException;
import vn.vanban.text.GlyphCoverage;

/**
 * Refuses a document that holds a character the embedded font cannot draw, before any page is
 * laid out (OpenPDF would silently drop it).
 *
 * <pre>{@code
 * GlyphCheck.requireCoverage(doc, faceSet);   // throws MissingGlyphException
 * }</pre>
 */
public final class GlyphCheck {
    private GlyphCheck() {
    }

    /** Throws {@link MissingGlyphException} listing every character no face of {@code faces} has. */
    public static void requireCoverage(Document doc, FaceSet faces) {
        List<GlyphCoverage.Missing> missing = new ArrayList<>();
        for (String s : DocumentText.strings(doc)) {
            missing.addAll(GlyphCoverage.findMissing(s, faces::hasGlyph));
        }
        if (!missing.isEmpty()) {
            throw new MissingGlyphException(FaceSet.FAMILY, missing);
        }
    }
}
