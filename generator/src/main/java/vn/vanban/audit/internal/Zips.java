package vn.vanban.audit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP package with fixed entry times, so that a fixed DOCX has the same bytes for the
 * same input (docx4j stamps entries with the current time).
 *
 * <pre>{@code
 * byte[] same = Zips.reproducible(docx);
 * }</pre>
 */
public final class Zips {
    /** A fixed local time (the jar's own build timestamp): no time zone enters the bytes. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private Zips() {
    }

    public static byte[] reproducible(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(FIXED_TIME);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
