package vn.vanban.layout;

import java.util.EnumMap;
import java.util.Map;

import vn.vanban.style.FontFace;
import vn.vanban.style.Fonts;

/**
 * The one text measurer of every renderer: widths and vertical metrics of the bundled body font
 * (Liberation Serif, metric-compatible with Times New Roman), by face.
 *
 * <pre>{@code
 * TextMeasurer m = TextMeasurer.standard();
 * double w = m.width("Độc lập - Tự do - Hạnh phúc", 14, true, false);   // ≈ 190 pt
 * }</pre>
 *
 * <p>Immutable; the fonts are parsed once per instance and the standard instance is shared.
 */
public final class TextMeasurer {
    private static final class Holder {
        static final TextMeasurer STANDARD = new TextMeasurer();
    }

    private final Map<FontFace, FontMetrics> faces = new EnumMap<>(FontFace.class);

    private TextMeasurer() {
        for (FontFace f : FontFace.values()) {
            try {
                faces.put(f, FontMetrics.load(Fonts.bytes(f), f.fileName()));
            } catch (FontException e) {
                throw new IllegalStateException("the bundled font " + f.fileName() + " is damaged: rebuild vanban", e);
            }
        }
    }

    /** The measurer of the bundled body font. */
    public static TextMeasurer standard() {
        return Holder.STANDARD;
    }

    /** The metrics of one face. */
    public FontMetrics face(FontFace face) {
        return faces.get(face);
    }

    /** The metrics of the face for a weight and slant. */
    public FontMetrics face(boolean bold, boolean italic) {
        return faces.get(FontFace.of(bold, italic));
    }

    /** Advance width of {@code text}, points. */
    public double width(String text, double sizePt, boolean bold, boolean italic) {
        return face(bold, italic).advance(text, sizePt);
    }

    /**
     * Where the baseline of a line of this style sits below the line's top, points: with an exact
     * line height, Word and LibreOffice put the font's descent at the bottom of the line.
     */
    public double baseline(vn.vanban.style.TextStyle ts) {
        return ts.lineHeightPt() - descent(ts.sizePt(), ts.bold(), ts.italic());
    }

    /** Descent of the face at {@code sizePt}, points (positive). */
    public double descent(double sizePt, boolean bold, boolean italic) {
        return face(bold, italic).descent(sizePt);
    }
}
