package vn.vanban.render.pdf.internal;

import java.util.Arrays;

/**
 * Builds the TrueType program embedded for one face of one document: only the glyphs the pages
 * use, renumbered from 1 in the order the pages use them (glyph 0 stays .notdef), followed by the
 * glyphs those glyphs are built from. Outlines, hinting programs and metrics are copied byte for
 * byte, so every glyph looks exactly as in the full font.
 *
 * <pre>{@code
 * byte[] ttf = FontSubset.build(face, glyphs, count);   // glyphs[0] == 0, glyphs[i] = the font's glyph of code i
 * }</pre>
 *
 * <p>The tables are those a PDF viewer reads from an embedded TrueType font (the character map,
 * names and layout tables are not needed: the PDF maps codes to glyphs itself).
 */
final class FontSubset {
    /** The tables written, in tag order as the directory requires; absent optional ones are skipped. */
    private static final String[] TAGS = {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"};
    private static final int MORE_COMPONENTS = 0x20;
    private static final int ARGS_ARE_WORDS = 0x01;
    private static final int HAS_SCALE = 0x08;
    private static final int HAS_XY_SCALE = 0x40;
    private static final int HAS_TWO_BY_TWO = 0x80;

    private final TrueTypeFace face;
    /** The font's glyph of each new glyph; the first {@link #count} are meaningful. */
    private int[] order;
    private int count;
    /** The new number of each of the font's glyphs, -1 when not in the subset. */
    private final int[] renumbered;
    /** Where each new glyph's outline starts in the new 'glyf', and where the last one ends. */
    private int[] locations;

    private FontSubset(TrueTypeFace face, int[] glyphs, int count) {
        this.face = face;
        this.order = Arrays.copyOf(glyphs, Math.max(count, 8));
        this.count = count;
        this.renumbered = new int[face.glyphCount()];
        Arrays.fill(renumbered, -1);
        for (int i = 0; i < count; i++) {
            renumbered[glyphs[i]] = i;
        }
    }

    /**
     * The font program of {@code glyphs[0..count)}: new glyph {@code i} is the font's glyph
     * {@code glyphs[i]}.
     */
    static byte[] build(TrueTypeFace face, int[] glyphs, int count) {
        if (count == 0 || glyphs[0] != 0) {
            throw new IllegalArgumentException("glyph 0 must be .notdef");
        }
        return new FontSubset(face, glyphs, count).write();
    }

    private byte[] write() {
        addComponents();
        byte[] glyf = outlines();
        byte[][] data = new byte[TAGS.length][];
        for (int t = 0; t < TAGS.length; t++) {
            data[t] = switch (TAGS[t]) {
                case "glyf" -> glyf;
                case "loca" -> locaTable(locations);
                case "hmtx" -> metrics();
                case "hhea" -> patched("hhea", 34, count);
                case "maxp" -> patched("maxp", 4, count);
                case "head" -> head();
                default -> copy(TAGS[t]);
            };
        }
        return assemble(data);
    }

    /** Appends every glyph a composite glyph refers to, transitively. */
    private void addComponents() {
        for (int i = 0; i < count; i++) {
            int g = order[i];
            int at = face.outlineOffset(g);
            if (face.outlineLength(g) == 0 || face.s16(at) >= 0) {
                continue;
            }
            int p = at + 10;
            int flags;
            do {
                flags = face.u16(p);
                int component = face.u16(p + 2);
                if (renumbered[component] < 0) {
                    if (count == order.length) {
                        order = Arrays.copyOf(order, count * 2);
                    }
                    renumbered[component] = count;
                    order[count++] = component;
                }
                p += componentLength(flags);
            } while ((flags & MORE_COMPONENTS) != 0);
        }
    }

    private static int componentLength(int flags) {
        int n = 4 + ((flags & ARGS_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & HAS_SCALE) != 0) {
            n += 2;
        } else if ((flags & HAS_XY_SCALE) != 0) {
            n += 4;
        } else if ((flags & HAS_TWO_BY_TWO) != 0) {
            n += 8;
        }
        return n;
    }

    /** The outlines in new order, each 4-byte aligned, composite references renumbered. */
    private byte[] outlines() {
        byte[] src = face.file();
        locations = new int[count + 1];
        int size = 0;
        for (int i = 0; i < count; i++) {
            size += (face.outlineLength(order[i]) + 3) & ~3;
        }
        byte[] out = new byte[size];
        int p = 0;
        for (int i = 0; i < count; i++) {
            int g = order[i];
            int len = face.outlineLength(g);
            int at = face.outlineOffset(g);
            locations[i] = p;
            System.arraycopy(src, at, out, p, len);
            if (len > 0 && face.s16(at) < 0) {
                renumberComponents(out, p);
            }
            p += (len + 3) & ~3;
        }
        locations[count] = p;
        return out;
    }

    private void renumberComponents(byte[] glyph, int start) {
        int p = start + 10;
        int flags;
        do {
            flags = ((glyph[p] & 0xFF) << 8) | (glyph[p + 1] & 0xFF);
            int component = ((glyph[p + 2] & 0xFF) << 8) | (glyph[p + 3] & 0xFF);
            int id = renumbered[component];
            glyph[p + 2] = (byte) (id >> 8);
            glyph[p + 3] = (byte) id;
            p += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    private static byte[] locaTable(int[] loca) {
        byte[] out = new byte[4 * loca.length];
        for (int i = 0; i < loca.length; i++) {
            put32(out, 4 * i, loca[i]);
        }
        return out;
    }

    /** Every new glyph with its own advance and left side bearing. */
    private byte[] metrics() {
        byte[] out = new byte[4 * count];
        for (int i = 0; i < count; i++) {
            put16(out, 4 * i, face.advance(order[i]));
            put16(out, 4 * i + 2, face.leftBearing(order[i]));
        }
        return out;
    }

    /** The font's 'head' with long glyph locations and the checksum adjustment cleared (set last). */
    private byte[] head() {
        byte[] out = copy("head");
        put32(out, 8, 0);
        put16(out, 50, 1);
        return out;
    }

    /** A copy of table {@code tag} with the 16-bit value at {@code offset} replaced. */
    private byte[] patched(String tag, int offset, int value) {
        byte[] out = copy(tag);
        put16(out, offset, value);
        return out;
    }

    private byte[] copy(String tag) {
        TrueTypeFace.Table t = face.find(tag);
        return t == null ? null : Arrays.copyOfRange(face.file(), t.offset(), t.offset() + t.length());
    }

    private static byte[] assemble(byte[][] data) {
        int tables = 0;
        int size = 0;
        for (byte[] d : data) {
            if (d != null) {
                tables++;
                size += (d.length + 3) & ~3;
            }
        }
        int dir = 12 + 16 * tables;
        byte[] out = new byte[dir + size];
        int power = Integer.highestOneBit(tables);
        put32(out, 0, 0x00010000);
        put16(out, 4, tables);
        put16(out, 6, power * 16);
        put16(out, 8, Integer.numberOfTrailingZeros(power));
        put16(out, 10, tables * 16 - power * 16);
        int entry = 12;
        int p = dir;
        int head = -1;
        for (int t = 0; t < TAGS.length; t++) {
            byte[] d = data[t];
            if (d == null) {
                continue;
            }
            for (int k = 0; k < 4; k++) {
                out[entry + k] = (byte) TAGS[t].charAt(k);
            }
            System.arraycopy(d, 0, out, p, d.length);
            put32(out, entry + 4, checksum(out, p, (d.length + 3) & ~3));
            put32(out, entry + 8, p);
            put32(out, entry + 12, d.length);
            if (TAGS[t].equals("head")) {
                head = p;
            }
            entry += 16;
            p += (d.length + 3) & ~3;
        }
        put32(out, head + 8, 0xB1B0AFBA - checksum(out, 0, out.length));
        return out;
    }

    private static int checksum(byte[] b, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i += 4) {
            sum += ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
        }
        return sum;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }
}
