package vn.vanban.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metrics of one TrueType or OpenType font file: advance widths, ascent and descent, and the
 * ink bounds of real glyph outlines (the marks above Vietnamese capitals and below ạ, ậ included).
 *
 * <pre>{@code
 * FontMetrics f = FontMetrics.load(bytes, "BeVietnamPro-ExtraBold.ttf");
 * double w = f.advance("ĐẠI HỘI", 100);        // points at 100 pt
 * Ink ink = f.ink("ỮỂỖ", 100);                  // how far the outlines reach above and below the baseline
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. Every value is in points for the given size,
 * with y growing upwards from the baseline.
 */
public final class FontMetrics {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final int CACHED = 0x2500;
    private static final int WORD_JOINER = 0x2060;
    private static final int ZERO_WIDTH_SPACE = 0x200B;

    private final String name;
    private final Font font;
    private final Font unit;
    /** Advances of the first code points at 1 pt, filled on first use (NaN until then). */
    private final float[] advances = new float[CACHED];
    /**
     * Descents by size, filled on first use: a style sheet has a handful of sizes, and a page
     * layout asks for each many times. Safe to share: each value depends only on its key, and
     * the map holds at most {@link #DESCENTS} of them.
     */
    private final Map<Float, Float> descents = new ConcurrentHashMap<>();
    private static final int DESCENTS = 64;

    private FontMetrics(String name, Font font) {
        this.name = name;
        this.font = font;
        this.unit = font.deriveFont(1000f);
        java.util.Arrays.fill(advances, Float.NaN);
        // No width: a word joiner and a zero-width space are never measured.
        advances[WORD_JOINER] = 0;
        advances[ZERO_WIDTH_SPACE] = 0;
    }

    /**
     * Reads a font file.
     *
     * @param bytes the TTF or OTF bytes
     * @param name  a name for messages, usually the file name
     * @throws FontException if the bytes are not a font Java can read
     */
    public static FontMetrics load(byte[] bytes, String name) throws FontException {
        Objects.requireNonNull(bytes, "bytes");
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new FontMetrics(name, f);
        } catch (FontFormatException | IOException | RuntimeException e) {
            throw new FontException(name + " is not a TrueType or OpenType font that vanban can read ("
                    + e.getMessage() + "): name a .ttf or .otf file");
        }
    }

    /** The name given when the font was loaded. */
    public String name() {
        return name;
    }

    /**
     * Advance width of {@code text} at {@code sizePt}, in points: the sum of its glyphs' advances,
     * without kerning, as Word and LibreOffice set body text. A word joiner (U+2060) has no width.
     */
    public double advance(CharSequence text, double sizePt) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * sizePt;
    }

    /**
     * Advance of one code point at 1 pt. Kept this small so that the compiler inlines it into
     * the loops that measure every character; the first measurement of a code point is apart.
     */
    public double advance(int codePoint) {
        if (codePoint < CACHED) {
            float a = advances[codePoint];
            if (!Float.isNaN(a)) {
                return a;
            }
        }
        return uncached(codePoint);
    }

    /** Measures a code point, and remembers it when it is one of the first {@link #CACHED}. */
    private double uncached(int codePoint) {
        if (codePoint < CACHED) {
            // Benign race: every thread computes and stores the same value.
            float a = (float) measure(codePoint);
            advances[codePoint] = a;
            return a;
        }
        return measure(codePoint);
    }

    private double measure(int codePoint) {
        return unit.getStringBounds(new String(Character.toChars(codePoint)), FRC).getWidth() / 1000.0;
    }

    /** The font's typographic ascent at {@code sizePt}, points above the baseline. */
    public double ascent(double sizePt) {
        return font.deriveFont((float) sizePt).getLineMetrics("Ag", FRC).getAscent();
    }

    /** The font's typographic descent at {@code sizePt}, points below the baseline (positive). */
    public double descent(double sizePt) {
        Float size = (float) sizePt;
        Float d = descents.get(size);
        if (d == null) {
            d = font.deriveFont(size).getLineMetrics("Ag", FRC).getDescent();
            if (descents.size() < DESCENTS) {
                descents.put(size, d);
            }
        }
        return d;
    }

    /** The ink bounds of {@code text}'s glyph outlines at {@code sizePt}. */
    public Ink ink(String text, double sizePt) {
        if (text.isEmpty()) {
            return new Ink(0, 0, 0, 0);
        }
        GlyphVector gv = font.deriveFont((float) sizePt).createGlyphVector(FRC, text);
        Rectangle2D r = gv.getVisualBounds();
        // Java's y grows downwards: flip into "above the baseline" terms.
        return new Ink(r.getMinX(), r.getMaxX(), -r.getMinY(), r.getMaxY());
    }

    /** Whether the font has a glyph for the code point. */
    public boolean canDisplay(int codePoint) {
        return font.canDisplay(codePoint);
    }

    /** The first code point of {@code text} the font has no glyph for (spaces and controls skipped), or -1. */
    public int firstMissing(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0x00A0 && cp != 0x2060
                    && !font.canDisplay(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Ink bounds of a run of glyphs, in points at the measured size.
     *
     * @param left    leftmost ink, from the pen's start
     * @param right   rightmost ink, from the pen's start
     * @param above   how far ink reaches above the baseline (stacked marks of Ấ, Ữ included)
     * @param below   how far ink reaches below the baseline (the dot of ạ, ậ; descenders)
     */
    public record Ink(double left, double right, double above, double below) {
        public double width() {
            return right - left;
        }

        public double height() {
            return above + below;
        }
    }
}
