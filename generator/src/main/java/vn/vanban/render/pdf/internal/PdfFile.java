package vn.vanban.render.pdf.internal;

import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A PDF file written front to back: numbered objects, Flate streams, the cross-reference table
 * and the trailer. Object numbers are handed out first ({@link #reserve()}) so objects can point
 * at one another in any order; each reserved number must be written once before {@link #finish}.
 *
 * <pre>{@code
 * PdfFile file = new PdfFile(64 * 1024, Deflater.BEST_SPEED);
 * int catalog = file.reserve();
 * PdfFile.ref(file.begin(catalog).ascii("<</Type/Catalog/Pages "), pages).ascii(">>");
 * file.end();
 * byte[] pdf = file.finish(catalog, info, id);
 * }</pre>
 *
 * <p>A stream may splice in bytes compressed once for all files ({@link Part#packed}): zlib data
 * is a run of deflate blocks, so independently compressed runs, each ending on a byte boundary,
 * join into one stream with the checksum of the whole.
 *
 * <p>One file per rendering; it owns a {@link Deflater} and releases it in {@link #finish} (or
 * {@link #discard} when the rendering fails).
 */
final class PdfFile {
    private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3,
            (byte) 0xCF, (byte) 0xD3, '\n'};
    /** What follows the ten offset digits of a cross-reference entry: generation 0, in use. */
    private static final byte[] ENTRY_TAIL = {' ', '0', '0', '0', '0', '0', ' ', 'n', ' ', '\n'};

    /** zlib's header for a deflate stream with a 32 KB window. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    /**
     * Part of a stream's data: bytes to compress with the file, or bytes compressed beforehand.
     *
     * @param data   the uncompressed bytes
     * @param offset where they start in {@code data}
     * @param length how many
     * @param packed   their raw deflate blocks ending on a byte boundary (not final), or {@code null}
     * @param strategy the {@link Deflater} strategy for bytes compressed with the file
     */
    record Part(byte[] data, int offset, int length, byte[] packed, int strategy) {
        /** Bytes compressed when the stream is written. */
        static Part of(byte[] data, int offset, int length) {
            return new Part(data, offset, length, null, Deflater.DEFAULT_STRATEGY);
        }

        /**
         * Bytes with few repeats, such as glyph outlines, compressed when the stream is written by
         * Huffman coding alone: twice as fast as zlib's fastest level, about a quarter larger.
         */
        static Part ofUnrepetitive(byte[] data, int offset, int length) {
            return new Part(data, offset, length, null, Deflater.HUFFMAN_ONLY);
        }

        /** Bytes compressed now, once, at zlib's best level, to be spliced into many streams. */
        static Part packed(byte[] data) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                d.setInput(data);
                byte[] buf = new byte[data.length + 64];
                int n = 0;
                do {
                    if (n == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    n += d.deflate(buf, n, buf.length - n, Deflater.SYNC_FLUSH);
                } while (n == buf.length);
                return new Part(data, 0, data.length, Arrays.copyOf(buf, n), Deflater.DEFAULT_STRATEGY);
            } finally {
                d.end();
            }
        }
    }

    private final PdfBuffer out;
    private final Deflater deflater;
    private final Adler32 adler = new Adler32();
    private byte[] packed = new byte[16 * 1024];
    /** Byte offset of each object, index = object number; 0 while not written. */
    private int[] offsets = new int[64];
    private int count;
    private int open = -1;

    PdfFile(int capacity, int compressionLevel) {
        out = new PdfBuffer(capacity);
        out.append(HEADER);
        deflater = new Deflater(compressionLevel, true);
    }

    /** A new object number, to be written later with {@link #begin} or {@link #stream}. */
    int reserve() {
        count++;
        if (count >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        return count;
    }

    /** Starts object {@code number}; write its body into the returned buffer, then call {@link #end()}. */
    PdfBuffer begin(int number) {
        if (open >= 0) {
            throw new IllegalStateException("object " + open + " is still open");
        }
        if (offsets[number] != 0) {
            throw new IllegalStateException("object " + number + " is written twice");
        }
        offsets[number] = out.size();
        open = number;
        out.integer(number).ascii(" 0 obj\n");
        return out;
    }

    /** Ends the object begun last. */
    void end() {
        out.ascii("\nendobj\n");
        open = -1;
    }

    /**
     * Writes object {@code number} as a Flate stream of {@code data[0..length)}; {@code entries}
     * are extra dictionary entries ("/Length1 1234" or "").
     */
    void stream(int number, String entries, byte[] data, int length) {
        stream(number, entries, Part.of(data, 0, length));
    }

    /** Writes object {@code number} as a Flate stream of the parts, in order. */
    void stream(int number, String entries, Part... parts) {
        int packedLength = deflate(parts);
        PdfBuffer b = begin(number);
        b.ascii("<<").ascii(entries).ascii("/Filter/FlateDecode/Length ").integer(packedLength).ascii(">>stream\n");
        b.append(packed, 0, packedLength).ascii("\nendstream");
        end();
    }

    /** Appends " n 0 R" style reference text for object {@code number}. */
    static PdfBuffer ref(PdfBuffer b, int number) {
        return b.integer(number).ascii(" 0 R");
    }

    /**
     * Writes the cross-reference table and the trailer and returns the file.
     *
     * @param catalog the document catalog's object number
     * @param info    the information dictionary's object number
     * @param id      the 16 bytes of the file identifier
     */
    byte[] finish(int catalog, int info, byte[] id) {
        deflater.end();
        int xref = out.size();
        out.ascii("xref\n0 ").integer(count + 1L).ascii("\n0000000000 65535 f \n");
        for (int n = 1; n <= count; n++) {
            if (offsets[n] == 0) {
                throw new IllegalStateException("object " + n + " was reserved but never written");
            }
            int at = out.reserve(20);
            byte[] a = out.array();
            int v = offsets[n];
            for (int i = 9; i >= 0; i--) {
                a[at + i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            System.arraycopy(ENTRY_TAIL, 0, a, at + 10, ENTRY_TAIL.length);
        }
        out.ascii("trailer\n<</Size ").integer(count + 1L).ascii("/Root ");
        ref(out, catalog).ascii("/Info ");
        ref(out, info).ascii("/ID [").hexString(id).hexString(id).ascii("]>>\nstartxref\n")
                .integer(xref).ascii("\n%%EOF\n");
        return out.toByteArray();
    }

    /** Releases the compressor of a file that will not be finished. */
    void discard() {
        deflater.end();
    }

    /** Compresses the parts into {@link #packed} as one zlib stream and returns its length. */
    private int deflate(Part... parts) {
        adler.reset();
        int n = put(0, ZLIB_HEADER, ZLIB_HEADER.length);
        for (int i = 0; i < parts.length; i++) {
            Part p = parts[i];
            boolean last = i == parts.length - 1;
            adler.update(p.data(), p.offset(), p.length());
            deflater.reset();
            if (p.packed() != null) {
                n = put(n, p.packed(), p.packed().length);
                if (last) {
                    // The packed blocks are not final: close the stream with an empty final block.
                    deflater.finish();
                    n = drain(n, Deflater.NO_FLUSH);
                }
            } else {
                deflater.setStrategy(p.strategy());
                deflater.setInput(p.data(), p.offset(), p.length());
                if (last) {
                    deflater.finish();
                }
                n = drain(n, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            }
        }
        int sum = (int) adler.getValue();
        byte[] tail = {(byte) (sum >> 24), (byte) (sum >> 16), (byte) (sum >> 8), (byte) sum};
        return put(n, tail, tail.length);
    }

    /**
     * Runs the deflater until its input is used up and, for {@code NO_FLUSH} after {@code finish()},
     * the stream is finished, appending at {@code n}. (A call may only apply a new strategy.)
     */
    private int drain(int n, int flush) {
        do {
            if (n == packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            n += deflater.deflate(packed, n, packed.length - n, flush);
        } while (n == packed.length || !deflater.needsInput()
                || (flush == Deflater.NO_FLUSH && !deflater.finished()));
        return n;
    }

    private int put(int n, byte[] b, int length) {
        if (n + length > packed.length) {
            packed = Arrays.copyOf(packed, Math.max(packed.length * 2, n + length));
        }
        System.arraycopy(b, 0, packed, n, length);
        return n + length;
    }
}
