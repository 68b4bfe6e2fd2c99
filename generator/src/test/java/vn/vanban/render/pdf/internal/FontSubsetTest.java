package vn.vanban.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import vn.vanban.style.FontFace;
import vn.vanban.style.Fonts;

/**
 * A subset draws each of its glyphs exactly as the full font draws the glyph it stands for, read
 * by PDFBox's font parser as a viewer reads an embedded font.
 */
class FontSubsetTest {
    private static final String TEXT = "Độc lập - Tự do - Hạnh phúc: ẤẦẨẪẬ ỨỪỬỮỰ ấầẩẫậ ứừửữự ế ệ ồ ộ ợ ỹ ₫ 0123456789 “ab” (x)";

    @Test
    void everyGlyphOfTheSubsetHasTheFullFontsOutlineAndAdvance() throws Exception {
        for (FontFace f : FontFace.values()) {
            TrueTypeFace face = FaceSet.standard().face(f);
            UsedGlyphs used = new UsedGlyphs(face);
            TEXT.codePoints().forEach(used::code);
            byte[] front = FontSubset.build(face, FaceSet.standard().hinting(f), used.glyphs(), used.count());
            PdfFile.Part shared = FaceSet.standard().hinting(f).packed();
            byte[] program = new byte[front.length + shared.length()];
            System.arraycopy(front, 0, program, 0, front.length);
            System.arraycopy(shared.data(), shared.offset(), program, front.length, shared.length());

            TrueTypeFont subset = new TTFParser(true).parseEmbedded(new ByteArrayInputStream(program));
            TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(f)));
            int glyphs = subset.getNumberOfGlyphs();
            assertTrue(glyphs > used.count() && glyphs < 200, f + ": the used glyphs and the components of the composite ones, " + glyphs);
            for (int code = 0; code < used.count(); code++) {
                int original = used.glyphs()[code];
                String what = f + " code " + code + " (" + Character.toString(used.character(code)) + ")";
                assertEquals(full.getAdvanceWidth(original), subset.getAdvanceWidth(code), what);
                assertEquals(path(full.getGlyph().getGlyph(original).getPath()),
                        path(subset.getGlyph().getGlyph(code).getPath()), what);
            }
            subset.close();
            full.close();
        }
    }

    @Test
    void theChecksumAdjustmentMakesTheWholeFileSumToTheMagicNumber() {
        TrueTypeFace face = FaceSet.standard().face(FontFace.REGULAR);
        UsedGlyphs used = new UsedGlyphs(face);
        TEXT.codePoints().forEach(used::code);
        FontSubset.Shared shared = FaceSet.standard().hinting(FontFace.REGULAR);
        byte[] front = FontSubset.build(face, shared, used.glyphs(), used.count());
        int sum = 0;
        byte[] all = new byte[front.length + shared.size()];
        System.arraycopy(front, 0, all, 0, front.length);
        System.arraycopy(shared.packed().data(), 0, all, front.length, shared.size());
        for (int i = 0; i + 3 < all.length; i += 4) {
            sum += ((all[i] & 0xFF) << 24) | ((all[i + 1] & 0xFF) << 16) | ((all[i + 2] & 0xFF) << 8) | (all[i + 3] & 0xFF);
        }
        assertEquals(0xB1B0AFBA, sum);
    }

    /** The outline as a list of segment types and coordinates. */
    private static List<Double> path(GeneralPath p) {
        List<Double> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add((double) type);
            int n = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < n; i++) {
                out.add(c[i]);
            }
        }
        return out;
    }
}
