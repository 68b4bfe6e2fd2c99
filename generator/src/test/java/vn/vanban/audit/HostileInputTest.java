package vn.vanban.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.cli.Main;

/**
 * Input that is not a DOCX, or is built to hurt: one clear line on stderr naming the file, exit 2,
 * no stack trace, no output file.
 */
class HostileInputTest {
    private static final Path SAMPLE = Path.of("output-samples/tam-duong-2024-huong-dan.docx");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private void refused(Path file, String says) {
        Result r = cli("audit", file.toString());
        assertEquals(2, r.code(), r.err() + r.out());
        assertTrue(r.err().startsWith("vanban: error: " + file + ": "), r.err());
        assertTrue(r.err().contains(says), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aTextFileIsNotADocx() throws Exception {
        Path f = dir.resolve("note.docx");
        Files.writeString(f, "Kế hoạch tổ chức Đại hội\n");
        refused(f, "not a DOCX");
    }

    @Test
    void anEmptyFileIsNotADocx() throws Exception {
        Path f = dir.resolve("empty.docx");
        Files.write(f, new byte[0]);
        refused(f, "empty");
    }

    @Test
    void aTruncatedDocxIsDamaged() throws Exception {
        byte[] all = Files.readAllBytes(SAMPLE);
        Path f = dir.resolve("cut.docx");
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        Result r = cli("audit", f.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aZipWithoutAWordDocumentIsNamed() throws Exception {
        Path f = dir.resolve("sheet.docx");
        Files.write(f, new DocxParts().put("[Content_Types].xml", "<Types/>").put("xl/workbook.xml", "<workbook/>").bytes());
        refused(f, "not a Word document");
    }

    @Test
    void aPasswordProtectedDocxIsNamed() throws Exception {
        Path f = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(SAMPLE));
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        refused(f, "password-protected");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path f = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 260; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 2_000_000, "260 MB of spaces compress to " + Files.size(f));
        refused(f, "zip bomb");
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutBeingRead() throws Exception {
        Path f = dir.resolve("big.docx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L << 20);
        }
        refused(f, "larger than the 50 MB");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        DocxParts p = new DocxParts(Files.readAllBytes(SAMPLE));
        p.edit("word/document.xml", s -> s.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst(">Số:", ">&x;Số:"));
        Path f = dir.resolve("xxe.docx");
        Files.write(f, p.bytes());
        refused(f, "declares a DTD");
    }

    @Test
    void aMissingFileIsNamed() {
        refused(dir.resolve("none.docx"), "no such file");
    }

    @Test
    void oneBadFileAmongGoodOnesStillReportsTheGoodOnes() throws Exception {
        Path bad = dir.resolve("bad.docx");
        Files.writeString(bad, "x");
        Result r = cli("audit", SAMPLE.toString(), bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("không có lỗi"), r.out());
        assertTrue(r.err().contains(bad.toString()), r.err());
    }

    @Test
    void fixWritesNothingForAnUnreadableFile() throws Exception {
        Path bad = dir.resolve("bad.docx");
        Files.writeString(bad, "x");
        Path out = dir.resolve("fixed.docx");
        Result r = cli("audit", bad.toString(), "--fix", "-o", out.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(out));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no partial file left");
        }
    }

}
