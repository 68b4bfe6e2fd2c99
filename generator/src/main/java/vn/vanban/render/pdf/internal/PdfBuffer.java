package vn.vanban.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array with the few PDF tokens this writer needs: ASCII text, integers, decimal
 * numbers, hex and escaped literal strings. Every digit is ASCII whatever the JVM's locale, so the
 * same marks always give the same bytes.
 *
 * <pre>{@code
 * PdfBuffer b = new PdfBuffer(1024);
 * b.number(111.705f).ascii(" ").number(772.41f).ascii(" Td\n");   // "111.71 772.41 Td"
 * }</pre>
 *
 * <p>Not thread-safe; one buffer belongs to one rendering.
 */
final class PdfBuffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each byte a literal string must escape, the letter after the backslash; 0 for the others. */
    private static final byte[] ESCAPE = new byte[256];

    static {
        ESCAPE['\r'] = 'r';
        ESCAPE['\n'] = 'n';
        ESCAPE['('] = '(';
        ESCAPE[')'] = ')';
        ESCAPE['\\'] = '\\';
    }

    private byte[] bytes;
    private int size;

    PdfBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The number of bytes written. */
    int size() {
        return size;
    }

    /** The backing array; only its first {@link #size()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Forgets the bytes written and keeps the array. */
    void clear() {
        size = 0;
    }

    /** Makes room for {@code more} bytes and returns the offset they go to (the caller fills them). */
    int reserve(int more) {
        ensure(more);
        int at = size;
        size += more;
        return at;
    }

    PdfBuffer append(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    PdfBuffer append(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
        return this;
    }

    PdfBuffer append(byte[] b) {
        return append(b, 0, b.length);
    }

    /** Appends {@code s}, whose characters must all be ASCII. */
    PdfBuffer ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends a decimal integer. */
    PdfBuffer integer(long v) {
        if (v < 0) {
            append((byte) '-');
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        ensure(digits);
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size = end;
        return this;
    }

    /**
     * Appends {@code v} as OpenPDF wrote numbers in earlier versions of these files, so positions
     * keep their bytes: "0" below 0.000015, five decimals below 1 ("-0.33584"), two decimals from 1
     * up ("772.41", "13"), rounded half up on the magnitude, trailing zeros dropped.
     */
    PdfBuffer number(double v) {
        double d = Math.abs(v);
        if (d < 0.000015) {
            return append((byte) '0');
        }
        if (d >= 1.0) {
            return hundredths(hundredthsOf(v));
        }
        if (v < 0) {
            append((byte) '-');
        }
        d += 0.000005;
        if (d >= 1) {
            return append((byte) '1');
        }
        int x = (int) (d * 100000);
        int digits = 5;
        while (digits > 1 && x % 10 == 0) {
            x /= 10;
            digits--;
        }
        append((byte) '0').append((byte) '.');
        int at = reserve(digits);
        for (int i = digits - 1; i >= 0; i--) {
            bytes[at + i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return this;
    }

    /** {@code v} in hundredths, rounded half up on the magnitude, as {@link #number} writes it. */
    static long hundredthsOf(double v) {
        long h = (long) ((Math.abs(v) + 0.005) * 100);
        return v < 0 ? -h : h;
    }

    /** Appends a number given in hundredths: {@code hundredths(-1250)} writes "-12.5". */
    PdfBuffer hundredths(long h) {
        if (h < 0) {
            append((byte) '-');
            h = -h;
        }
        integer(h / 100);
        int frac = (int) (h % 100);
        if (frac != 0) {
            append((byte) '.').append((byte) ('0' + frac / 10));
            if (frac % 10 != 0) {
                append((byte) ('0' + frac % 10));
            }
        }
        return this;
    }

    /** Appends {@code v} as four upper-case hex digits. */
    PdfBuffer hex4(int v) {
        ensure(4);
        bytes[size++] = HEX[(v >> 12) & 0xF];
        bytes[size++] = HEX[(v >> 8) & 0xF];
        bytes[size++] = HEX[(v >> 4) & 0xF];
        bytes[size++] = HEX[v & 0xF];
        return this;
    }

    /** Appends {@code b} as hex digits inside angle brackets. */
    PdfBuffer hexString(byte[] b) {
        ensure(2 + 2 * b.length);
        bytes[size++] = '<';
        for (byte x : b) {
            bytes[size++] = HEX[(x >> 4) & 0xF];
            bytes[size++] = HEX[x & 0xF];
        }
        bytes[size++] = '>';
        return this;
    }

    /**
     * Appends a text string: ASCII in parentheses when it is plain printable ASCII, otherwise
     * UTF-16BE with a byte order mark in hex, which every reader decodes.
     */
    PdfBuffer textString(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 0x20 && c < 0x7F && c != '(' && c != ')' && c != '\\';
        }
        if (plain) {
            return append((byte) '(').ascii(s).append((byte) ')');
        }
        ensure(6 + 4 * s.length());
        append((byte) '<').ascii("FEFF");
        for (int i = 0; i < s.length(); i++) {
            hex4(s.charAt(i));
        }
        return append((byte) '>');
    }

    /** Appends the two bytes of a glyph code inside a literal string, escaped as PDF requires. */
    PdfBuffer glyphCode(int code) {
        ensure(4);
        literal((byte) (code >> 8));
        literal((byte) code);
        return this;
    }

    /** Writes one byte of a literal string; room for two bytes must be ensured. */
    private void literal(byte c) {
        byte e = ESCAPE[c & 0xFF];
        if (e != 0) {
            bytes[size++] = '\\';
            c = e;
        }
        bytes[size++] = c;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
