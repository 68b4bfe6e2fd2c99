package vn.vanban.render.pdf.internal;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The glyphs one document draws in one face, numbered in the order the pages first use them:
 * those numbers are the codes in the content streams, the glyph numbers of the embedded subset
 * (code 0 is .notdef) and the keys of the /W widths and the ToUnicode map.
 *
 * <pre>{@code
 * UsedGlyphs used = new UsedGlyphs(face);
 * int code = used.code('Ấ');        // -1 when the font has no glyph for it: nothing is drawn
 * int w = used.width(code);
 * }</pre>
 *
 * <p>Belongs to one rendering.
 */
final class UsedGlyphs {
    private final TrueTypeFace face;
    /** Code of each of the font's glyphs, 0 while unused. */
    private final char[] codeOfGlyph;
    private int[] glyphs = new int[128];
    private int[] widths = new int[128];
    private int[] chars = new int[128];
    private int count = 1;

    UsedGlyphs(TrueTypeFace face) {
        this.face = face;
        this.codeOfGlyph = new char[face.glyphCount()];
    }

    /** The code that draws {@code codePoint}, numbered on first use; -1 when the font has no glyph. */
    int code(int codePoint) {
        int g = face.glyph(codePoint);
        if (g < 0) {
            return -1;
        }
        int c = codeOfGlyph[g];
        return c != 0 ? c : add(g, codePoint);
    }

    /** The advance of code {@code code} in 1/1000 em. */
    int width(int code) {
        return widths[code];
    }

    /** The number of codes, .notdef included. */
    int count() {
        return count;
    }

    /** The character code {@code code} was first drawn for: what a reader extracting text gets. */
    int character(int code) {
        return chars[code];
    }

    /** The font's glyph of each code, .notdef first; {@link #count()} entries are meaningful. */
    int[] glyphs() {
        return glyphs;
    }

    /** Feeds the glyph and character of each code to {@code md}: they and the content streams fix what is shown. */
    void digest(MessageDigest md) {
        byte[] b = new byte[8 * count];
        for (int i = 0; i < count; i++) {
            putInt(b, 8 * i, glyphs[i]);
            putInt(b, 8 * i + 4, chars[i]);
        }
        md.update(b);
    }

    private int add(int glyph, int codePoint) {
        if (count == 0xFFFF) {
            throw new IllegalStateException("more than 65534 distinct glyphs in one face");
        }
        if (count == glyphs.length) {
            glyphs = Arrays.copyOf(glyphs, count * 2);
            widths = Arrays.copyOf(widths, count * 2);
            chars = Arrays.copyOf(chars, count * 2);
        }
        int c = count++;
        glyphs[c] = glyph;
        widths[c] = face.width(glyph);
        chars[c] = codePoint;
        codeOfGlyph[glyph] = (char) c;
        return c;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }
}
