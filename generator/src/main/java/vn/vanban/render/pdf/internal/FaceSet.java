package vn.vanban.render.pdf.internal;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

import vn.vanban.style.FontFace;
import vn.vanban.style.Fonts;

/**
 * The four Liberation Serif faces read for embedding, and which characters all of them can draw.
 *
 * <pre>{@code
 * FaceSet set = FaceSet.standard();
 * TrueTypeFace bold = set.face(FontFace.BOLD);
 * boolean ok = set.hasGlyph('₫');
 * }</pre>
 *
 * <p>Immutable and shared by every rendering: each document keeps what it uses in its own
 * {@link DocumentFonts}.
 */
public final class FaceSet {
    /** The family name, for messages. */
    public static final String FAMILY = "Liberation Serif";

    private static final class Holder {
        static final FaceSet STANDARD = new FaceSet();
    }

    private final Map<FontFace, TrueTypeFace> faces = new EnumMap<>(FontFace.class);
    private final Map<FontFace, FontSubset.Shared> hinting = new EnumMap<>(FontFace.class);
    /** The BMP code points every face has. */
    private final BitSet covered = new BitSet(0x10000);
    /** For each UTF-16 unit: every face draws it, or it is white space or a control (nothing to draw). */
    private final boolean[] needsNoCheck = new boolean[0x10000];

    private FaceSet() {
        for (FontFace face : FontFace.values()) {
            try {
                TrueTypeFace f = TrueTypeFace.read(Fonts.bytes(face));
                faces.put(face, f);
                hinting.put(face, FontSubset.shared(f));
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot read font " + face.fileName(), e);
            }
        }
        for (int c = 0; c < 0x10000; c++) {
            covered.set(c, lookUp(c));
            needsNoCheck[c] = covered.get(c) || Character.isWhitespace(c) || Character.isISOControl(c);
        }
    }

    /** The bundled faces, read once. */
    public static FaceSet standard() {
        return Holder.STANDARD;
    }

    /** The font file of a face. */
    TrueTypeFace face(FontFace face) {
        return faces.get(face);
    }

    /** The hinting tables of a face, compressed once for every subset. */
    FontSubset.Shared hinting(FontFace face) {
        return hinting.get(face);
    }

    /**
     * Whether the UTF-16 unit {@code c} is drawn by every face or needs no glyph (white space,
     * controls); false for surrogates, whose pairs {@link #hasGlyph} judges.
     */
    boolean needsNoCheck(char c) {
        return needsNoCheck[c];
    }

    /** Whether every face can draw {@code codePoint}. */
    public boolean hasGlyph(int codePoint) {
        return codePoint >= 0 && codePoint < 0x10000 ? covered.get(codePoint) : lookUp(codePoint);
    }

    private boolean lookUp(int codePoint) {
        for (TrueTypeFace f : faces.values()) {
            if (f.glyph(codePoint) < 0) {
                return false;
            }
        }
        return true;
    }
}
