package vn.vanban.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

import vn.vanban.style.FontFace;
import vn.vanban.style.Fonts;

/**
 * The faces read as OpenPDF read them for earlier versions of these files (the same characters,
 * /W widths, name and descriptor numbers), with the glyphs Java's own font reader finds.
 */
class TrueTypeFaceTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    @Test
    void glyphsWidthsAndDescriptorMatchOpenPdf() throws Exception {
        for (FontFace f : FontFace.values()) {
            TrueTypeFace face = FaceSet.standard().face(f);
            BaseFont bf = BaseFont.createFont(f.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Fonts.bytes(f), null);
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bytes(f)));
            int drawn = 0;
            for (int c = 0; c < 0x10000; c++) {
                String what = f + " U+" + Integer.toHexString(c);
                int g = face.glyph(c);
                assertEquals(bf.charExists(c), g >= 0, what);
                if (g >= 0) {
                    assertEquals(bf.getWidth(c), face.width(g), what + " width");
                    int javas = Character.isSurrogate((char) c) ? -1 : awt.createGlyphVector(FRC, Character.toString(c)).getGlyphCode(0);
                    // Java draws a few format characters (soft hyphen, joiners) as an invisible glyph of its own.
                    if (javas >= 0 && javas < 0xFFFE) {
                        assertEquals(javas, g, what + " glyph");
                        drawn++;
                    }
                }
            }
            assertEquals(true, drawn > 2000, f + ": " + drawn + " characters");
            assertEquals(bf.getPostscriptFontName(), face.postscriptName());
            assertEquals((int) bf.getFontDescriptor(BaseFont.ASCENT, 1000), face.ascent(), f + " ascent");
            assertEquals((int) bf.getFontDescriptor(BaseFont.DESCENT, 1000), face.descent(), f + " descent");
            assertEquals((int) bf.getFontDescriptor(BaseFont.CAPHEIGHT, 1000), face.capHeight(), f + " cap height");
            assertEquals(bf.getFontDescriptor(BaseFont.ITALICANGLE, 1000), face.italicAngle(), 1e-4, f + " angle");
            int[] box = face.box();
            assertEquals((int) bf.getFontDescriptor(BaseFont.BBOXLLX, 1000), box[0], f + " box");
            assertEquals((int) bf.getFontDescriptor(BaseFont.BBOXLLY, 1000), box[1], f + " box");
            assertEquals((int) bf.getFontDescriptor(BaseFont.BBOXURX, 1000), box[2], f + " box");
            assertEquals((int) bf.getFontDescriptor(BaseFont.BBOXURY, 1000), box[3], f + " box");
        }
    }
}
