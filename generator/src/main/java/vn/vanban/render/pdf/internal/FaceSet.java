package vn.vanban.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import vn.vanban.style.FontFace;
import vn.vanban.style.Fonts;

/**
 * The four Liberation Serif faces parsed as OpenPDF fonts (Identity-H, embedded, subset), for one
 * rendering at a time.
 *
 * <pre>{@code
 * FaceSet set = FaceSet.load();
 * BaseFont bold = set.font(FontFace.BOLD);
 * }</pre>
 *
 * <p>A {@link BaseFont} carries the random source of its subset prefix, so a set is used by one
 * rendering at a time (see {@link FacePool}) and re-seeded for each document by {@link #seed}.
 */
public final class FaceSet {
    /** The family name, for messages. */
    public static final String FAMILY = "Liberation Serif";

    private final Map<FontFace, BaseFont> fonts = new EnumMap<>(FontFace.class);
    /** BMP code points already looked up, and which of them every face has (a set serves one rendering at a time). */
    private final BitSet known = new BitSet();
    private final BitSet covered = new BitSet();

    private FaceSet() {
        for (FontFace face : FontFace.values()) {
            try {
                BaseFont bf = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, Fonts.bytes(face), null);
                bf.setSubset(true);
                fonts.put(face, bf);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot read font " + face.fileName(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + face.fileName(), e);
            }
        }
    }

    /** Parses the four faces. */
    public static FaceSet load() {
        return new FaceSet();
    }

    /** The font of a face. */
    public BaseFont font(FontFace face) {
        return fonts.get(face);
    }

    /** Whether every face can draw {@code codePoint}. */
    public boolean hasGlyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            if (!known.get(codePoint)) {
                known.set(codePoint);
                covered.set(codePoint, lookUp(codePoint));
            }
            return covered.get(codePoint);
        }
        return lookUp(codePoint);
    }

    private boolean lookUp(int codePoint) {
        for (BaseFont bf : fonts.values()) {
            if (!bf.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /** Makes the subset prefixes ("ABCDEF+") a function of {@code documentKey} and the face. */
    void seed(byte[] documentKey) {
        fonts.forEach((face, bf) -> bf.setSecureRandom(new vn.vanban.render.pdf.SubsetPrefixes(documentKey, face.name())));
    }
}
