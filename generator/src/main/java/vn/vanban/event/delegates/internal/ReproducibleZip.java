package vn.vanban.event.delegates.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx POI wrote) entry by entry with every entry time fixed at 1980-01-01 00:00
 * (DOS time, no time zone involved), so the same workbook gives the same bytes on every run and
 * machine, without POI's process-wide reproducibility switch.
 *
 * <pre>{@code
 * ReproducibleZip.copy(poiBytes, out);
 * }</pre>
 */
public final class ReproducibleZip {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    public static void copy(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream zout = new ZipOutputStream(out);
        zout.setLevel(6);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(EPOCH);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        zout.finish();
        zout.flush();
    }
}
