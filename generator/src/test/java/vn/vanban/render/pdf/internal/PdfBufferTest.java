package vn.vanban.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The PDF tokens: numbers exactly as OpenPDF wrote them (positions keep their bytes), escaped glyph codes. */
class PdfBufferTest {
    private static String text(PdfBuffer b) {
        return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void numbersAreWrittenAsOpenPdfWroteThem() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (float) (r.nextDouble() * 1700 - 850);          // coordinates, as floats
                case 1 -> (float) (r.nextDouble() * 6 - 3);               // TJ adjustments
                case 2 -> Math.round(r.nextDouble() * 100_000) / 100.0;   // exact hundredths
                default -> r.nextDouble() * 2 - 1;
            };
            String expected = org.openpdf.text.pdf.ByteBuffer.formatDouble(v);
            assertEquals(expected, text(new PdfBuffer(8).number(v)), "value " + v);
        }
    }

    @Test
    void integersAndHundredths() {
        assertEquals("0 7 -12 1234567890123", text(new PdfBuffer(1).integer(0).ascii(" ").integer(7).ascii(" ")
                .integer(-12).ascii(" ").integer(1234567890123L)));
        assertEquals("-12.5 3 0.07 841.89", text(new PdfBuffer(1).hundredths(-1250).ascii(" ").hundredths(300)
                .ascii(" ").hundredths(7).ascii(" ").hundredths(84189)));
    }

    @Test
    void glyphCodesEscapeWhatALiteralStringMust() {
        PdfBuffer b = new PdfBuffer(1);
        b.glyphCode(0x0028).glyphCode(0x295C).glyphCode(0x0D0A).glyphCode(0x0041);
        assertEquals("\0\\(" + ")\\\\".replace(")", "\\)") + "\\r\\n\0A", text(b));
    }

    @Test
    void textStringsArePlainAsciiOrUtf16() {
        assertEquals("(vi-VN)", text(new PdfBuffer(1).textString("vi-VN")));
        assertEquals("<FEFF004B1EBF00280029>", text(new PdfBuffer(1).textString("Kế()")));
    }
}
