package vn.vanban.style;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Widths of text in the bundled font, so that every renderer draws a rule "as long as the
 * Tiêu ngữ line" (nd30.md §1.3) at the same length.
 *
 * <pre>{@code
 * double w = TextMeasure.widthPt("Độc lập - Tự do - Hạnh phúc", 14, true, false); // ≈ 190 pt
 * }</pre>
 */
public final class TextMeasure {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<FontFace, Font> FONTS = new EnumMap<>(FontFace.class);

    private TextMeasure() {
    }

    /** Advance width of {@code text} at {@code sizePt}, in points. */
    public static double widthPt(String text, double sizePt, boolean bold, boolean italic) {
        Font font = font(FontFace.of(bold, italic)).deriveFont((float) sizePt);
        return font.getStringBounds(text, FRC).getWidth();
    }

    /** The font's descent at {@code sizePt}, in points: how far glyphs reach below the baseline. */
    public static double descentPt(double sizePt, boolean bold, boolean italic) {
        Font font = font(FontFace.of(bold, italic)).deriveFont((float) sizePt);
        return font.getLineMetrics("Ag", FRC).getDescent();
    }

    private static synchronized Font font(FontFace face) {
        return FONTS.computeIfAbsent(face, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bytes(f)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot read font " + f.fileName(), e);
            }
        });
    }
}
