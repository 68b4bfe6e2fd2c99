package vn.vanban.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Checks that a font has a glyph for every character of a text, before anything is printed.
 *
 * <pre>{@code
 * List<GlyphCoverage.Missing> missing = GlyphCoverage.findMissing("Bình Phước ₫", font::hasGlyph);
 * }</pre>
 */
public final class GlyphCoverage {
    private GlyphCoverage() {
    }

    /**
     * A character the font cannot draw.
     *
     * @param codePoint the code point
     * @param offset    its char offset in the text
     * @param context   up to 20 characters either side, for the error message
     */
    public record Missing(int codePoint, int offset, String context) {
        /** {@code U+20AB '₫'}. */
        public String describe() {
            return String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
        }
    }

    /** Every character of {@code text} (whitespace and controls excepted) for which {@code hasGlyph} is false. */
    public static List<Missing> findMissing(CharSequence text, IntPredicate hasGlyph) {
        List<Missing> out = new ArrayList<>();
        String s = text.toString();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !hasGlyph.test(cp)) {
                int from = Math.max(0, i - 20);
                int to = Math.min(s.length(), i + 20);
                out.add(new Missing(cp, i, s.substring(from, to)));
            }
            i += Character.charCount(cp);
        }
        return out;
    }
}
