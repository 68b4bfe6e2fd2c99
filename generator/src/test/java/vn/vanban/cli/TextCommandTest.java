package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code vanban text …} run the way the main command runs it, with stdout and stderr captured. */
class TextCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        TextCommand cmd = new TextCommand();
        if (stdin != null) {
            cmd.stdin = new ByteArrayInputStream(stdin);
        }
        CommandLine cl = new CommandLine(cmd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "spell {0}")
    @CsvSource(delimiter = '|', value = {
        "1.005.000||một triệu không trăm linh năm nghìn",
        "1005000|--money|Một triệu không trăm linh năm nghìn đồng",
        "105|--le|một trăm lẻ năm",
        "2000|--ngan|hai ngàn",
    })
    void spell(String number, String flag, String expected) {
        Run r = flag == null ? run(null, "spell", number) : run(null, "spell", number, flag);
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out().strip());
    }

    @ParameterizedTest(name = "bad number {0}")
    @CsvSource(delimiter = '|', value = {"abc", "1.00.5", "99999999999999999999", "1,5"})
    void spellRejectsBadNumbers(String number) {
        Run r = run(null, "spell", number);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("vanban: error: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void dateLine() {
        assertEquals("ngày 05 tháng 01 năm 2025", run(null, "date", "2025-01-05").out().strip());
        assertEquals("Hà Nội, ngày 05 tháng 01 năm 2025", run(null, "date", "2025-01-05", "--place", "Hà Nội").out().strip());
        Run bad = run(null, "date", "05/01/2025");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("vanban: error: ") && bad.err().contains("YYYY-MM-DD"), bad.err());
    }

    @Test
    void normalizeReportsEachFixWithLineAndColumn() {
        byte[] in = "Dòng một  .\r\nVie\u0323\u0302t\u00A0Nam\u200B\n".getBytes(StandardCharsets.UTF_8);
        Run r = run(in, "normalize", "--check");
        assertEquals(1, r.code(), "--check and fixes needed");
        assertEquals("Dòng một.\nViệt Nam\n", r.out());
        String[] lines = r.err().strip().split("\n");
        assertTrue(lines[0].startsWith("<stdin>:1:9: warning: removed space before '.'"), r.err());
        assertTrue(r.err().contains("<stdin>:1:12: warning: line end CR LF"), r.err());
        assertTrue(r.err().contains("<stdin>:2:3: warning: not in NFC"), r.err());
        assertTrue(r.err().contains("<stdin>:2:7: warning: no-break space"), r.err());
        assertTrue(r.err().contains("<stdin>:2:11: warning: removed zero-width"), r.err());
        Run clean = run(r.out().getBytes(StandardCharsets.UTF_8), "normalize", "--check");
        assertEquals(0, clean.code());
        assertEquals("", clean.err());
    }

    @Test
    void normalizeWithToneWritesFileAtomically(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.txt");
        Path out = dir.resolve("out.txt");
        Files.writeString(in, "Cộng hoà  xã hội\n", StandardCharsets.UTF_8);
        Files.writeString(out, "old content", StandardCharsets.UTF_8);
        Run r = run(null, "normalize", in.toString(), "-o", out.toString(), "--tone", "old");
        assertEquals(0, r.code(), r.err());
        assertEquals("Cộng hòa xã hội\n", Files.readString(out));
        assertTrue(r.err().startsWith(in + ":1:9: warning: 2 spaces became one"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left behind");
        }
    }

    @Test
    void normalizeErrors(@TempDir Path dir) throws IOException {
        Run missing = run(null, "normalize", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("vanban: error: ") && missing.err().contains("no such file"), missing.err());
        Run badTone = run(new byte[0], "normalize", "--tone", "mid");
        assertEquals(2, badTone.code());
        Run notUtf8 = run(new byte[] {(byte) 0xB8, 'a'}, "normalize");
        assertEquals(2, notUtf8.code());
        assertTrue(notUtf8.err().contains("convert"), notUtf8.err());
    }

    @Test
    void convertDetectsTcvn3FromWindows1252Bytes() {
        byte[] in = "§¹i héi thi ®ua yªu n­íc".getBytes(Charset.forName("windows-1252"));
        Run r = run(in, "convert");
        assertEquals(0, r.code(), r.err());
        assertEquals("Đại hội thi đua yêu nước", r.out());
        assertTrue(r.err().contains("converted from TCVN3 (detected)"), r.err());
    }

    @Test
    void convertVniAndViqr() {
        assertEquals("Việt Nam", run("Vieät Nam".getBytes(StandardCharsets.UTF_8), "convert").out());
        assertEquals("Việt Nam", run("Vie^.t Nam".getBytes(StandardCharsets.UTF_8), "convert", "--from", "viqr").out());
    }

    @Test
    void convertFindsNothing() {
        Run r = run("Việt Nam đã là Unicode".getBytes(StandardCharsets.UTF_8), "convert");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("vanban: error: <stdin>: found no TCVN3, VNI or VIQR"), r.err());
        assertEquals("", r.out());
        assertEquals(2, run(new byte[0], "convert", "--from", "utf7").code());
    }

    @Test
    void noSubcommandIsBadInput() {
        Run r = run(null);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("vanban: error: "));
    }
}
