package vn.vanban.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** A fixed DOCX is the same bytes wherever and whenever it is written. */
class ZipsTest {
    @Test
    void theTimeZoneDoesNotEnterTheBytes() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("output-samples/tam-duong-2024-huong-dan.docx"));
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            byte[] hanoi = Zips.reproducible(docx);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            byte[] newYork = Zips.reproducible(docx);
            assertArrayEquals(hanoi, newYork);
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
