package vn.vanban.event.delegates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.event.Delegate;

/**
 * The reader under abuse and in odd environments: mutated workbooks (bytes and XML) give a
 * list or a {@link DelegateWorkbookException}, never another exception or a hang; the bytes written
 * and the records read do not depend on the default locale or time zone; reads run in parallel.
 */
class DelegateWorkbookRobustnessTest {
    @TempDir
    Path dir;

    /** Reads; any outcome but a list or a DelegateWorkbookException with a located, exception-free message fails. */
    private static void readsOrRefuses(Path file, String what) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                DelegateWorkbook.read(file);
            } catch (DelegateWorkbookException e) {
                assertFalse(e.problems().isEmpty(), what);
                for (WorkbookProblem p : e.problems()) {
                    String m = p.format();
                    assertTrue(m.startsWith(file + ": "), what + ": " + m);
                    assertFalse(m.contains("Exception") || m.contains("\tat "), what + ": " + m);
                }
            } catch (Throwable t) {
                throw new AssertionError(what + ": " + t, t);
            }
        }, what);
    }

    @Test
    void mutatedBytesNeverEscapeAsAnotherException() throws Exception {
        byte[] good = Workbooks.bytes(Workbooks.sample());
        SplittableRandom rnd = new SplittableRandom(2020_30);
        for (int i = 0; i < 150; i++) {
            byte[] bad = good.clone();
            int flips = 1 + rnd.nextInt(8);
            for (int f = 0; f < flips; f++) {
                bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
            }
            readsOrRefuses(Workbooks.file(dir, "m" + i + ".xlsx", bad), "byte mutation " + i);
        }
    }

    @Test
    void mutatedOldOfficeFilesNeverEscapeAsAnotherException() throws Exception {
        java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("Đại biểu").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(xls);
        }
        byte[] good = xls.toByteArray();
        SplittableRandom rnd = new SplittableRandom(97);
        for (int i = 0; i < 100; i++) {
            byte[] bad = good.clone();
            for (int f = 0; f < 1 + rnd.nextInt(16); f++) {
                bad[8 + rnd.nextInt(bad.length - 8)] = (byte) rnd.nextInt(256); // keep the OLE2 signature
            }
            readsOrRefuses(Workbooks.file(dir, "o" + i + ".xls", bad), "OLE2 mutation " + i);
        }
    }

    @Test
    void mutatedXmlPartsNeverEscapeAsAnotherException() throws Exception {
        byte[] good = Workbooks.bytes(Workbooks.sample());
        Map<String, byte[]> parts = Workbooks.parts(good);
        List<String> xmlParts = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String[] junk = {"<", ">", "&", "&amp;", "\"", "</c>", "<c>", "<v>", "</row>", "<row r=\"0\">", "r=\"ZZZZ9\"", "t=\"s\"", "<v>99999</v>",
            "t=\"e\"", "<f>SUM(A1)</f>", "\u202E", "\uFFFF", "<!-- x -->", "<?pi?>", "]]>", "<![CDATA[x]]>", "xmlns=\"urn:x\"", "", " "};
        SplittableRandom rnd = new SplittableRandom(30_2020);
        for (int i = 0; i < 150; i++) {
            String part = xmlParts.get(rnd.nextInt(xmlParts.size()));
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            int a = rnd.nextInt(xml.length());
            int b = Math.min(xml.length(), a + rnd.nextInt(12));
            String mutated = xml.substring(0, a) + junk[rnd.nextInt(junk.length)] + xml.substring(b);
            Map<String, byte[]> copy = new java.util.LinkedHashMap<>(parts);
            copy.put(part, mutated.getBytes(StandardCharsets.UTF_8));
            readsOrRefuses(Workbooks.file(dir, "x" + i + ".xlsx", Workbooks.zip(copy)), "XML mutation " + i + " of " + part + " at " + a);
        }
    }

    @Test
    void sameBytesAndRecordsUnderAnyLocaleAndTimeZone() throws Exception {
        List<Delegate> list = Workbooks.many(300);
        byte[] reference = Workbooks.bytes(list);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String[] env : new String[][] {{"tr-TR", "Asia/Ho_Chi_Minh"}, {"ar-SA", "America/Los_Angeles"}, {"th-TH-u-nu-thai", "Pacific/Kiritimati"},
                {"de-DE", "UTC"}, {"vi-VN", "Asia/Ho_Chi_Minh"}}) {
                Locale.setDefault(Locale.forLanguageTag(env[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(env[1]));
                assertArrayEquals(reference, Workbooks.bytes(list), env[0] + " " + env[1]);
                assertEquals(list, DelegateWorkbook.read(Workbooks.file(dir, env[0] + ".xlsx", reference)), env[0]);
                assertEquals(Workbooks.sample(), DelegateWorkbook.read(Workbooks.file(dir, "poi-" + env[0] + ".xlsx", DelegateWorkbookTest.filledByPoi())));
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void parallelReadsGiveTheSameList() throws Exception {
        List<Delegate> list = Workbooks.many(2_000);
        Path file = Workbooks.file(dir, "shared.xlsx", Workbooks.bytes(list));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Delegate>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> DelegateWorkbook.read(file)));
            }
            for (Future<List<Delegate>> r : results) {
                assertEquals(list, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
