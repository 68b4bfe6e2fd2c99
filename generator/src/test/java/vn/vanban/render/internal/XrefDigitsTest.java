package vn.vanban.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vanban.Format;
import vn.vanban.Vanban;

/** The cross-reference table as OpenPDF writes it under ar_SA or th_TH_TH comes back in ASCII digits. */
class XrefDigitsTest {
    static byte[] pdf() throws Exception {
        return Vanban.builder().build().render(Vanban.read(Path.of("examples/tam-duong-2024.yaml")), Set.of(Format.PDF)).get(0).bytes();
    }

    /** What String.format("%010d %05d %c \n") and getISOBytes make of each entry when the locale's zero is {@code zero}. */
    static byte[] localized(byte[] pdf, char zero) {
        byte[] out = pdf.clone();
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int p = s.lastIndexOf("\nxref\n") + 6;
        p = s.indexOf('\n', p) + 1;
        while (p + 20 <= s.length() && s.charAt(p + 10) == ' ' && (s.charAt(p + 17) == 'n' || s.charAt(p + 17) == 'f')) {
            for (int k = 0; k < 16; k++) {
                if (k != 10) {
                    out[p + k] = (byte) (zero + (pdf[p + k] - '0'));
                }
            }
            p += 20;
        }
        return out;
    }

    @Test
    void nativeDigitsBecomeAscii() throws Exception {
        byte[] good = pdf();
        assertSame(good, XrefDigits.ascii(good, '0'), "nothing to repair");
        for (char zero : new char[] {'\u0660', '\u0E50', '\u06F0', '\u0966'}) { // Arabic-Indic, Thai, Persian, Devanagari
            byte[] bad = localized(good, zero);
            assertArrayEquals(good, XrefDigits.ascii(bad, zero), "zero " + Integer.toHexString(zero));
        }
    }

    @Test
    void aDamagedTableIsAnError() throws Exception {
        byte[] bad = localized(pdf(), '\u0660');
        assertThrows(IllegalStateException.class, () -> XrefDigits.ascii(bad, '\u0E50'));
        assertThrows(IllegalStateException.class, () -> XrefDigits.ascii("%PDF-1.7\nno table".getBytes(StandardCharsets.US_ASCII)));
    }
}
