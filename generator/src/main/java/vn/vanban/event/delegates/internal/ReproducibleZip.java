package vn.vanban.event.delegates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Copies a zip (an .xlsx POI wrote) entry by entry with every entry time fixed at 2025-01-01 00:00
 * (DOS time, no time zone involved), so the same workbook gives the same bytes on every run,
 * machine and time zone, without POI's process-wide reproducibility switch.
 *
 * <p>Not 1980-01-01 00:00: that is the JDK's "before 1980" marker, for which {@code ZipEntry} adds
 * an extended timestamp computed in the default time zone.
 *
 * <pre>{@code
 * ReproducibleZip.copy(poiBytes, out);
 * }</pre>
 */
public final class ReproducibleZip {
    private static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    public static void copy(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream zout = new ZipOutputStream(out);
        zout.setLevel(6);
        // Read through the central directory: POI's streaming writer leaves sizes out of the local headers.
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(EPOCH);
                zout.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        zout.finish();
        zout.flush();
    }
}
