package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.doc.Document;
import vn.vanban.render.pdf.MissingGlyphException;
import vn.vanban.text.GlyphCoverage;

/**
 * Refuses a document that holds a character the embedded font cannot draw, before any page is
 * laid out (the PDF would silently leave it out).
 *
 * <pre>{@code
 * GlyphCheck.requireCoverage(doc, FaceSet.standard());   // throws MissingGlyphException
 * }</pre>
 *
 * <p>A quick pass over the text, character by character against the faces' coverage, clears
 * almost every document; only when it stops at a character does the full check run and name
 * every missing character with its context.
 */
public final class GlyphCheck {
    private GlyphCheck() {
    }

    /** Throws {@link MissingGlyphException} listing every character no face of {@code faces} has. */
    public static void requireCoverage(Document doc, FaceSet faces) {
        if (DocumentText.all(doc, s -> covered(s, faces))) {
            return;
        }
        List<GlyphCoverage.Missing> missing = new ArrayList<>();
        for (String s : DocumentText.strings(doc)) {
            missing.addAll(GlyphCoverage.findMissing(s, faces::hasGlyph));
        }
        if (!missing.isEmpty()) {
            throw new MissingGlyphException(FaceSet.FAMILY, missing);
        }
    }

    /** Whether every char of {@code s} needs no check; a surrogate stops the pass, leaving pairs to the full check. */
    private static boolean covered(String s, FaceSet faces) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!faces.needsNoCheck(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
