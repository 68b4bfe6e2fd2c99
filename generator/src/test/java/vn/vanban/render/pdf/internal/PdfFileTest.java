package vn.vanban.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

/** The file's frame: streams that inflate back to their parts, a cross-reference table that points at the objects. */
class PdfFileTest {
    private static final Pattern STREAM = Pattern.compile("(\\d+) 0 obj\n<<[^>]*/Length (\\d+)>>stream\n");

    private static byte[] random(int n, int alphabet, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + r.nextInt(alphabet));
        }
        return b;
    }

    private static byte[] inflate(byte[] pdf, int object) throws Exception {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = STREAM.matcher(s);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == object) {
                Inflater inf = new Inflater();
                inf.setInput(pdf, m.end(), Integer.parseInt(m.group(2)));
                byte[] out = new byte[1 << 20];
                int n = 0;
                while (!inf.finished()) {
                    int k = inf.inflate(out, n, out.length - n);
                    assertTrue(k > 0 || inf.finished(), "the stream inflates to the end");
                    n += k;
                }
                inf.end();
                return Arrays.copyOf(out, n);
            }
        }
        throw new AssertionError("no stream object " + object);
    }

    @Test
    void streamsOfPartsInflateToThePartsInOrder() throws Exception {
        byte[] shared = random(5000, 4, 1);
        PdfFile.Part packed = PdfFile.Part.packed(shared);
        byte[] a = random(70_000, 26, 2);
        byte[] b = random(30_000, 3, 3);
        PdfFile file = new PdfFile(1024, Deflater.BEST_SPEED);
        int catalog = file.reserve();
        int info = file.reserve();
        int one = file.reserve();
        int two = file.reserve();
        int three = file.reserve();
        file.stream(one, "", a, a.length);
        file.stream(two, "/Length1 1", PdfFile.Part.ofUnrepetitive(b, 10, 20_000), packed, PdfFile.Part.of(a, 5, 100));
        file.stream(three, "", PdfFile.Part.of(b, 0, 0), packed);
        file.begin(catalog).ascii("<</Type/Catalog>>");
        file.end();
        file.begin(info).ascii("<<>>");
        file.end();
        byte[] pdf = file.finish(catalog, info, new byte[16]);

        assertArrayEquals(a, inflate(pdf, one));
        byte[] expected = new byte[20_000 + shared.length + 100];
        System.arraycopy(b, 10, expected, 0, 20_000);
        System.arraycopy(shared, 0, expected, 20_000, shared.length);
        System.arraycopy(a, 5, expected, 20_000 + shared.length, 100);
        assertArrayEquals(expected, inflate(pdf, two));
        assertArrayEquals(shared, inflate(pdf, three));
    }

    @Test
    void theCrossReferenceTablePointsAtEachObject() {
        PdfFile file = new PdfFile(16, Deflater.BEST_SPEED);
        int catalog = file.reserve();
        int info = file.reserve();
        file.begin(info).ascii("<</Creator(t)>>");
        file.end();
        file.begin(catalog).ascii("<</Type/Catalog>>");
        file.end();
        String pdf = new String(file.finish(catalog, info, new byte[16]), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1.7\n"));
        int xref = pdf.lastIndexOf("\nxref\n") + 1;
        assertTrue(pdf.endsWith("startxref\n" + xref + "\n%%EOF\n"), pdf);
        String[] lines = pdf.substring(xref).split("\n");
        assertEquals("0 3", lines[1]);
        assertEquals("0000000000 65535 f ", lines[2]);
        for (int n = 1; n <= 2; n++) {
            assertEquals(20, lines[2 + n].length() + 1, "entries are 20 bytes");
            int offset = Integer.parseInt(lines[2 + n].substring(0, 10));
            assertTrue(pdf.startsWith(n + " 0 obj\n", offset), "object " + n + " at " + offset);
        }
        assertTrue(pdf.contains("trailer\n<</Size 3/Root 1 0 R/Info 2 0 R/ID [<0000"), pdf);
    }

    @Test
    void aReservedObjectMustBeWritten() {
        PdfFile file = new PdfFile(16, Deflater.BEST_SPEED);
        int catalog = file.reserve();
        file.reserve();
        file.begin(catalog).ascii("<<>>");
        file.end();
        assertThrows(IllegalStateException.class, () -> file.finish(catalog, catalog, new byte[16]));
    }
}
