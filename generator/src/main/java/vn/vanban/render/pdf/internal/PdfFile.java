package vn.vanban.render.pdf.internal;

import java.util.Arrays;
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
 * <p>One file per rendering; it owns a {@link Deflater} and releases it in {@link #finish} (or
 * {@link #discard} when the rendering fails).
 */
final class PdfFile {
    private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3,
            (byte) 0xCF, (byte) 0xD3, '\n'};
    /** What follows the ten offset digits of a cross-reference entry: generation 0, in use. */
    private static final byte[] ENTRY_TAIL = {' ', '0', '0', '0', '0', '0', ' ', 'n', ' ', '\n'};

    private final PdfBuffer out;
    private final Deflater deflater;
    private byte[] packed = new byte[16 * 1024];
    /** Byte offset of each object, index = object number; 0 while not written. */
    private int[] offsets = new int[64];
    private int count;
    private int open = -1;

    PdfFile(int capacity, int compressionLevel) {
        out = new PdfBuffer(capacity);
        out.append(HEADER);
        deflater = new Deflater(compressionLevel);
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
        int packedLength = deflate(data, length);
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

    private int deflate(byte[] data, int length) {
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        int n = 0;
        while (!deflater.finished()) {
            if (n == packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            n += deflater.deflate(packed, n, packed.length - n);
        }
        return n;
    }
}
