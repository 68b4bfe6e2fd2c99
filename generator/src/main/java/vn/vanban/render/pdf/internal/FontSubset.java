package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the TrueType program embedded for one face of one document: only the glyphs the pages
 * use, renumbered from 1 in the order the pages use them (glyph 0 stays .notdef), followed by the
 * glyphs those glyphs are built from. Outlines, hinting programs and metrics are copied byte for
 * byte, so every glyph looks exactly as in the full font.
 *
 * <pre>{@code
 * FontSubset.Shared hinting = FontSubset.shared(face);              // once per face
 * byte[] front = FontSubset.build(face, hinting, glyphs, count);    // glyphs[0] == 0
 * // the font program: front, then the shared tables (hinting.packed())
 * }</pre>
 *
 * <p>The tables are those a PDF viewer reads from an embedded TrueType font (the character map,
 * names and layout tables are not needed: the PDF maps codes to glyphs itself). The hinting
 * tables, the same in every subset of a face, come last in the file so that they can be
 * compressed once ({@link Shared}); the directory lists every table in tag order as it must.
 */
final class FontSubset {
    /** The tables of each subset, in tag order. */
    private static final String[] OWN = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"};
    /** The tables every subset of a face shares, in tag order; absent ones are skipped. */
    private static final String[] SHARED = {"cvt ", "fpgm", "prep"};
    private static final int MORE_COMPONENTS = 0x20;
    private static final int ARGS_ARE_WORDS = 0x01;
    private static final int HAS_SCALE = 0x08;
    private static final int HAS_XY_SCALE = 0x40;
    private static final int HAS_TWO_BY_TWO = 0x80;

    /**
     * The hinting tables of a face, each padded to four bytes, as they end every subset's file.
     *
     * @param tags      the tables present, in tag order
     * @param offsets   where each starts in the shared bytes
     * @param lengths   each table's length, padding excluded
     * @param checksums each table's checksum
     * @param packed    the shared bytes, compressed once for every file
     */
    record Shared(List<String> tags, int[] offsets, int[] lengths, int[] checksums, PdfFile.Part packed) {
        /** The number of bytes the shared tables add to a font program. */
        int size() {
            return packed.length();
        }
    }

    private final TrueTypeFace face;
    private final Shared shared;
    /** The font's glyph of each new glyph; the first {@link #count} are meaningful. */
    private int[] order;
    private int count;
    /** The new number of each of the font's glyphs, -1 when not in the subset. */
    private final int[] renumbered;
    /** Where each new glyph's outline starts in the new 'glyf', and where the last one ends. */
    private int[] locations;

    private FontSubset(TrueTypeFace face, Shared shared, int[] glyphs, int count) {
        this.face = face;
        this.shared = shared;
        this.order = Arrays.copyOf(glyphs, Math.max(count, 8));
        this.count = count;
        this.renumbered = new int[face.glyphCount()];
        Arrays.fill(renumbered, -1);
        for (int i = 0; i < count; i++) {
            renumbered[glyphs[i]] = i;
        }
    }

    /** The hinting tables of {@code face}, the same in each of its subsets. */
    static Shared shared(TrueTypeFace face) {
        List<String> tags = new ArrayList<>();
        List<TrueTypeFace.Table> tables = new ArrayList<>();
        int size = 0;
        for (String tag : SHARED) {
            TrueTypeFace.Table t = face.find(tag);
            if (t != null) {
                tags.add(tag);
                tables.add(t);
                size += padded(t.length());
            }
        }
        byte[] bytes = new byte[size];
        int[] offsets = new int[tags.size()];
        int[] lengths = new int[tags.size()];
        int[] checksums = new int[tags.size()];
        int p = 0;
        for (int i = 0; i < tags.size(); i++) {
            TrueTypeFace.Table t = tables.get(i);
            System.arraycopy(face.file(), t.offset(), bytes, p, t.length());
            offsets[i] = p;
            lengths[i] = t.length();
            checksums[i] = checksum(bytes, p, padded(t.length()));
            p += padded(t.length());
        }
        return new Shared(List.copyOf(tags), offsets, lengths, checksums, PdfFile.Part.packed(bytes));
    }

    /**
     * The start of the font program of {@code glyphs[0..count)} (new glyph {@code i} is the font's
     * glyph {@code glyphs[i]}): the table directory and the subset's own tables; the program goes
     * on with the shared tables.
     */
    static byte[] build(TrueTypeFace face, Shared shared, int[] glyphs, int count) {
        if (count == 0 || glyphs[0] != 0) {
            throw new IllegalArgumentException("glyph 0 must be .notdef");
        }
        return new FontSubset(face, shared, glyphs, count).write();
    }

    private byte[] write() {
        addComponents();
        byte[] glyf = outlines();
        byte[][] data = new byte[OWN.length][];
        for (int t = 0; t < OWN.length; t++) {
            data[t] = switch (OWN[t]) {
                case "glyf" -> glyf;
                case "head" -> head();
                case "hhea" -> patched("hhea", 34, count);
                case "hmtx" -> metrics();
                case "loca" -> locaTable(locations);
                case "maxp" -> patched("maxp", 4, count);
                default -> throw new IllegalStateException(OWN[t]);
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
            size += padded(face.outlineLength(order[i]));
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
            p += padded(len);
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
        TrueTypeFace.Table t = face.table(tag);
        return Arrays.copyOfRange(face.file(), t.offset(), t.offset() + t.length());
    }

    /** The directory and the subset's own tables; the checksum adjustment counts the shared tables too. */
    private byte[] assemble(byte[][] data) {
        int tables = OWN.length + shared.tags().size();
        int dir = 12 + 16 * tables;
        int size = dir;
        for (byte[] d : data) {
            size += padded(d.length);
        }
        byte[] out = new byte[size];
        int power = Integer.highestOneBit(tables);
        put32(out, 0, 0x00010000);
        put16(out, 4, tables);
        put16(out, 6, power * 16);
        put16(out, 8, Integer.numberOfTrailingZeros(power));
        put16(out, 10, tables * 16 - power * 16);
        // Directory entries sorted by tag: the shared "cvt " and "fpgm" sort before the own tables, "prep" after.
        List<Entry> entries = new ArrayList<>();
        int p = dir;
        int head = -1;
        int total = 0;
        for (int t = 0; t < OWN.length; t++) {
            System.arraycopy(data[t], 0, out, p, data[t].length);
            int sum = checksum(out, p, padded(data[t].length));
            total += sum;
            entries.add(new Entry(OWN[t], sum, p, data[t].length));
            if (OWN[t].equals("head")) {
                head = p;
            }
            p += padded(data[t].length);
        }
        for (int i = 0; i < shared.tags().size(); i++) {
            entries.add(new Entry(shared.tags().get(i), shared.checksums()[i], size + shared.offsets()[i],
                    shared.lengths()[i]));
            total += shared.checksums()[i];
        }
        entries.sort((a, b) -> a.tag().compareTo(b.tag()));
        int at = 12;
        for (Entry e : entries) {
            for (int k = 0; k < 4; k++) {
                out[at + k] = (byte) e.tag().charAt(k);
            }
            put32(out, at + 4, e.checksum());
            put32(out, at + 8, e.offset());
            put32(out, at + 12, e.length());
            at += 16;
        }
        // The whole file's checksum is the directory's plus every table's.
        put32(out, head + 8, 0xB1B0AFBA - (checksum(out, 0, dir) + total));
        return out;
    }

    /** One table's directory entry. */
    private record Entry(String tag, int checksum, int offset, int length) {
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
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
