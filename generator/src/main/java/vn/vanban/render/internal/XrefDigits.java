package vn.vanban.render.internal;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Repairs the cross-reference table OpenPDF writes with {@code String.format} in the default locale: under
 * ar_SA or th_TH_TH its offsets come out in native digits, a damaged file. Every other number OpenPDF writes
 * is locale-independent, so this one table is put back in ASCII digits, whatever the JVM's locale.
 *
 * <pre>{@code
 * byte[] pdf = XrefDigits.ascii(buffer.toByteArray());   // same bytes under every locale
 * }</pre>
 */
public final class XrefDigits {
    private static final byte[] XREF = "\nxref\n".getBytes(StandardCharsets.US_ASCII);
    private static final int ENTRY = 20;

    private XrefDigits() {
    }

    /** The PDF with its last cross-reference table in ASCII digits; {@code pdf} itself when nothing is wrong. */
    public static byte[] ascii(byte[] pdf) {
        return ascii(pdf, DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)).getZeroDigit());
    }

    /** As {@link #ascii(byte[])}, for a table written with {@code zero} as the digit zero. */
    static byte[] ascii(byte[] pdf, char zero) {
        int at = lastIndexOf(pdf, XREF);
        if (at < 0) {
            throw new IllegalStateException("the PDF has no cross-reference table");
        }
        int p = at + XREF.length;
        // The subsection header "0 N" is written by OpenPDF's own ASCII routine; the entries follow it.
        int n = 0;
        while (p < pdf.length && pdf[p] != ' ') {
            p++;
        }
        p++;
        while (p < pdf.length && pdf[p] >= '0' && pdf[p] <= '9') {
            n = n * 10 + (pdf[p++] - '0');
        }
        p++; // '\n'
        if (p + (long) n * ENTRY > pdf.length) {
            throw new IllegalStateException("the PDF's cross-reference table is cut short");
        }
        byte[] out = null;
        byte low = (byte) zero;
        for (int e = 0; e < n; e++) {
            int base = p + e * ENTRY;
            for (int k = 0; k < 16; k++) {
                if (k == 10) {
                    continue;
                }
                byte b = pdf[base + k];
                if (b >= '0' && b <= '9') {
                    continue;
                }
                int digit = (b - low) & 0xFF;
                if (digit > 9) {
                    throw new IllegalStateException("the PDF's cross-reference table has a byte 0x"
                            + Integer.toHexString(b & 0xFF) + " where a digit belongs");
                }
                if (out == null) {
                    out = pdf.clone();
                }
                out[base + k] = (byte) ('0' + digit);
            }
        }
        return out == null ? pdf : out;
    }

    private static int lastIndexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
