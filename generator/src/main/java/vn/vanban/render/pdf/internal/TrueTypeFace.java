package vn.vanban.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One TrueType font file read for embedding: its tables, the character map, glyph widths and
 * outlines, and the numbers of its PDF font descriptor.
 *
 * <pre>{@code
 * TrueTypeFace face = TrueTypeFace.read(Fonts.bytes(FontFace.BOLD));
 * int glyph = face.glyph('Ấ');          // -1 when the font has none
 * int width = face.width(glyph);        // 1/1000 em, as the PDF's /W says
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. The widths and descriptor values follow the
 * integer arithmetic OpenPDF used for earlier versions of vanban's PDFs, so text lands where it did.
 */
final class TrueTypeFace {
    /** A table's place in the file. */
    record Table(int offset, int length) {
    }

    private final byte[] file;
    private final Map<String, Table> tables;
    private final String postscriptName;
    private final int unitsPerEm;
    private final int glyphCount;
    /** Start of each glyph's outline inside 'glyf', and the end of the last one. */
    private final int[] loca;
    private final int[] advances;
    private final int[] leftBearings;
    private final int[] widths;
    /** Glyph + 1 for each BMP code point, 0 when the font has none. */
    private final char[] bmp;
    private final Map<Integer, Integer> supplementary;
    private final int ascent;
    private final int descent;
    private final int capHeight;
    private final int[] box;
    private final double italicAngle;
    private final int flags;

    private TrueTypeFace(byte[] file) {
        this.file = file;
        this.tables = directory(file);
        Table head = table("head");
        Table hhea = table("hhea");
        unitsPerEm = u16(head.offset() + 18);
        int locaFormat = s16(head.offset() + 50);
        glyphCount = u16(table("maxp").offset() + 4);
        int metrics = u16(hhea.offset() + 34);
        loca = readLoca(table("loca"), locaFormat);
        advances = new int[glyphCount];
        leftBearings = new int[glyphCount];
        widths = new int[glyphCount];
        readHorizontalMetrics(table("hmtx"), metrics);
        bmp = new char[0x10000];
        supplementary = new HashMap<>();
        readCharacterMap(table("cmap"));
        postscriptName = readPostscriptName(table("name"));

        Table os2 = table("OS/2");
        int version = u16(os2.offset());
        int typoDescender = s16(os2.offset() + 70);
        ascent = s16(os2.offset() + 68) * 1000 / unitsPerEm;
        descent = (typoDescender > 0 ? -typoDescender : typoDescender) * 1000 / unitsPerEm;
        capHeight = (version > 1 ? s16(os2.offset() + 88) : (int) (0.7 * unitsPerEm)) * 1000 / unitsPerEm;
        box = new int[]{s16(head.offset() + 36) * 1000 / unitsPerEm, s16(head.offset() + 38) * 1000 / unitsPerEm,
                s16(head.offset() + 40) * 1000 / unitsPerEm, s16(head.offset() + 42) * 1000 / unitsPerEm};
        Table post = table("post");
        // OpenPDF's reading of the 16.16 fixed angle, kept so the descriptor keeps its value.
        italicAngle = s16(post.offset() + 4) + u16(post.offset() + 6) / 16384.0d;
        boolean fixedPitch = s32(post.offset() + 12) != 0;
        int macStyle = u16(head.offset() + 44);
        flags = (fixedPitch ? 1 : 0) | 32 | ((macStyle & 2) != 0 ? 64 : 0) | ((macStyle & 1) != 0 ? 262144 : 0);
    }

    /**
     * Reads a TrueType file (glyph outlines in 'glyf', a Windows Unicode character map).
     *
     * @throws IllegalArgumentException if a table this writer needs is missing
     */
    static TrueTypeFace read(byte[] file) {
        return new TrueTypeFace(file);
    }

    /** The glyph of {@code codePoint}, or -1 when the character map has none. */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmp[codePoint] - 1;
        }
        Integer g = supplementary.get(codePoint);
        return g == null ? -1 : g;
    }

    /** The advance of {@code glyph} in 1/1000 em, rounded down as the PDF's /W array holds it. */
    int width(int glyph) {
        return widths[glyph];
    }

    /** The PostScript name, e.g. "LiberationSerif-Bold". */
    String postscriptName() {
        return postscriptName;
    }

    int glyphCount() {
        return glyphCount;
    }

    int ascent() {
        return ascent;
    }

    int descent() {
        return descent;
    }

    int capHeight() {
        return capHeight;
    }

    /** The font's bounding box in 1/1000 em: x min, y min, x max, y max. */
    int[] box() {
        return box.clone();
    }

    double italicAngle() {
        return italicAngle;
    }

    /** The descriptor's /Flags: fixed pitch, non-symbolic, italic, force bold. */
    int flags() {
        return flags;
    }

    /** The whole font file; shared, do not modify. */
    byte[] file() {
        return file;
    }

    /** Where a table lies, or {@code null} when the font has none. */
    Table find(String tag) {
        return tables.get(tag);
    }

    /** Where a table lies. */
    Table table(String tag) {
        Table t = tables.get(tag);
        if (t == null) {
            throw new IllegalArgumentException("the font has no '" + tag + "' table");
        }
        return t;
    }

    /** Offset of {@code glyph}'s outline in the file, and its length (0 for an empty glyph). */
    int outlineOffset(int glyph) {
        return table("glyf").offset() + loca[glyph];
    }

    int outlineLength(int glyph) {
        return Math.max(0, loca[glyph + 1] - loca[glyph]);
    }

    /** Advance width in font units. */
    int advance(int glyph) {
        return advances[glyph];
    }

    /** Left side bearing in font units. */
    int leftBearing(int glyph) {
        return leftBearings[glyph];
    }

    int u16(int at) {
        return ((file[at] & 0xFF) << 8) | (file[at + 1] & 0xFF);
    }

    int s16(int at) {
        return (short) u16(at);
    }

    int s32(int at) {
        return (u16(at) << 16) | u16(at + 2);
    }

    private static Map<String, Table> directory(byte[] file) {
        Map<String, Table> out = new HashMap<>();
        int n = ((file[4] & 0xFF) << 8) | (file[5] & 0xFF);
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            String tag = new String(file, at, 4, StandardCharsets.ISO_8859_1);
            out.put(tag, new Table(int32(file, at + 8), int32(file, at + 12)));
        }
        return out;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private int[] readLoca(Table t, int format) {
        int[] out = new int[glyphCount + 1];
        for (int g = 0; g <= glyphCount; g++) {
            out[g] = format == 0 ? u16(t.offset() + 2 * g) * 2 : s32(t.offset() + 4 * g);
        }
        return out;
    }

    private void readHorizontalMetrics(Table t, int metrics) {
        for (int g = 0; g < glyphCount; g++) {
            if (g < metrics) {
                advances[g] = u16(t.offset() + 4 * g);
                leftBearings[g] = s16(t.offset() + 4 * g + 2);
            } else {
                advances[g] = advances[metrics - 1];
                leftBearings[g] = s16(t.offset() + 4 * metrics + 2 * (g - metrics));
            }
            widths[g] = advances[g] * 1000 / unitsPerEm;
        }
    }

    /** The Windows Unicode map: full repertoire (3,10) when present, else BMP (3,1), as OpenPDF chose. */
    private void readCharacterMap(Table cmap) {
        int base = cmap.offset();
        int full = -1;
        int bmpMap = -1;
        for (int i = 0, n = u16(base + 2); i < n; i++) {
            int rec = base + 4 + 8 * i;
            int platform = u16(rec);
            int encoding = u16(rec + 2);
            if (platform == 3 && encoding == 10) {
                full = base + s32(rec + 4);
            } else if (platform == 3 && encoding == 1) {
                bmpMap = base + s32(rec + 4);
            }
        }
        if (full >= 0 && u16(full) == 12) {
            readFormat12(full);
        } else if (bmpMap >= 0 && u16(bmpMap) == 4) {
            readFormat4(bmpMap);
        } else {
            throw new IllegalArgumentException("the font has no Windows Unicode character map");
        }
    }

    private void readFormat4(int at) {
        int length = u16(at + 2);
        int segments = u16(at + 6) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int glyphIds = rangeOffsets + 2 * segments;
        int glyphIdCount = length / 2 - 8 - segments * 4;
        for (int k = 0; k < segments; k++) {
            int end = u16(ends + 2 * k);
            int delta = u16(deltas + 2 * k);
            int rangeOffset = u16(rangeOffsets + 2 * k);
            for (int c = u16(starts + 2 * k); c <= end && c != 0xFFFF; c++) {
                int g;
                if (rangeOffset == 0) {
                    g = (c + delta) & 0xFFFF;
                } else {
                    int idx = k + rangeOffset / 2 - segments + c - u16(starts + 2 * k);
                    if (idx >= glyphIdCount) {
                        continue;
                    }
                    g = (u16(glyphIds + 2 * idx) + delta) & 0xFFFF;
                }
                map(c, g);
            }
        }
    }

    private void readFormat12(int at) {
        int groups = s32(at + 12);
        for (int k = 0; k < groups; k++) {
            int rec = at + 16 + 12 * k;
            int start = s32(rec);
            int end = s32(rec + 4);
            int g = s32(rec + 8);
            for (int c = start; c <= end; c++) {
                map(c, g++);
            }
        }
    }

    private void map(int codePoint, int g) {
        if (g >= glyphCount) {
            return;
        }
        if (codePoint < 0x10000) {
            bmp[codePoint] = (char) (g + 1);
        } else {
            supplementary.put(codePoint, g);
        }
    }

    /** The first PostScript name record (name 6), as OpenPDF read it. */
    private String readPostscriptName(Table name) {
        int base = name.offset();
        int strings = base + u16(base + 4);
        for (int i = 0, count = u16(base + 2); i < count; i++) {
            int rec = base + 6 + 12 * i;
            if (u16(rec + 6) == 6) {
                int platform = u16(rec);
                int off = strings + u16(rec + 10);
                int len = u16(rec + 8);
                return new String(file, off, len, platform == 0 || platform == 3
                        ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
            }
        }
        throw new IllegalArgumentException("the font has no PostScript name");
    }
}
