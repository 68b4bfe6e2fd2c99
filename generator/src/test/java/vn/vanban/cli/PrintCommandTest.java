package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code vanban print}: the files, what poppler says about them, exit codes, and no output on bad input. */
class PrintCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static boolean has(String tool) {
        try {
            return new ProcessBuilder(tool, "-v").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + s);
        return s;
    }

    private static boolean empty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The province example with {@code in_an} text appended; returns the file and the first line of in_an. */
    private static Path event(Path dir, String inAn) throws IOException {
        String base = Files.readString(Path.of("examples/binh-phuoc-2025.yaml"));
        Path f = dir.resolve("event.yaml");
        Files.writeString(f, base + (base.endsWith("\n") ? "" : "\n") + inAn);
        return f;
    }

    private static int lineOf(Path f, String text) throws IOException {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void writesEveryItemAtRealSizeWithEmbeddedFontsAndTheIntendedText(@TempDir Path dir) throws Exception {
        Path f = event(dir, "in_an:\n  phong: {rong: 12 m, cao: 4 m}\n  khau_hieu:\n    - Thi đua là yêu nước, yêu nước thì phải thi đua!\n");
        Path out = dir.resolve("print");
        Run r = run("print", f.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        for (String name : List.of("phong", "bang-ron", "khau-hieu-1", "tieu-de-san-khau", "bia-tai-lieu")) {
            assertTrue(Files.size(out.resolve(name + ".pdf")) > 1000, name);
            assertTrue(Files.size(out.resolve(name + ".png")) > 1000, name);
            assertTrue(r.out().contains(out.resolve(name + ".pdf").toString()), r.out());
        }
        assertTrue(Files.readString(out.resolve("README.txt")).contains("12 000 × 4 000 mm"));
        Assumptions.assumeTrue(has("pdfinfo") && has("pdffonts") && has("pdftotext"), "poppler-utils not installed");
        // The cover is below the PDF limit: pdfinfo reads its real size directly (232 × 319 mm with bleed and marks).
        String cover = exec("pdfinfo", "-box", out.resolve("bia-tai-lieu.pdf").toString());
        assertTrue(cover.contains("TrimBox:            31.18    31.18   626.46   873.07"), cover);
        // The backdrop: pdfinfo shows the page in units of UserUnit 3 (the README says so): 12 m = 34 015.7 pt = 3 × 11 338.6.
        String backdrop = exec("pdfinfo", "-box", out.resolve("phong.pdf").toString());
        assertTrue(backdrop.matches("(?s).*TrimBox:\\s+17\\.01\\s+17\\.01\\s+11355\\.5\\d\\s+3796\\.5\\d.*"), backdrop);
        for (String name : List.of("phong", "bang-ron", "khau-hieu-1", "tieu-de-san-khau", "bia-tai-lieu")) {
            String fonts = exec("pdffonts", out.resolve(name + ".pdf").toString());
            List<String> rows = fonts.lines().skip(2).toList();
            assertTrue(!rows.isEmpty(), name + ": " + fonts);
            for (String row : rows) {
                assertTrue(row.matches(".*BeVietnamPro-\\S+\\s+CID TrueType\\s+Identity-H\\s+yes yes yes.*"), name + " embeds: " + row);
            }
        }
        String text = exec("pdftotext", out.resolve("khau-hieu-1.pdf").toString(), "-").strip().replaceAll("\\s+", " ");
        assertEquals("THI ĐUA LÀ YÊU NƯỚC, YÊU NƯỚC THÌ PHẢI THI ĐUA!", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rong: 0 m|in_an.phong.rong|0 m is out of range",
            "rong: -12 m|in_an.phong.rong|-12 m is out of range",
            "rong: 100 m|in_an.phong.rong|100 m is out of range",
            "rong: 12|in_an.phong.rong|\"12\" is not a size",
            "cao: 4 giờ|in_an.phong.cao|\"4 giờ\" is not a size"})
    void badSizesNameTheLineAndKeyAndWriteNothing(String entry, String key, String message, @TempDir Path dir) throws Exception {
        Path f = event(dir, "in_an:\n  phong: {" + entry + "}\n");
        Path out = dir.resolve("print");
        Run r = run("print", f.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        int line = lineOf(f, entry);
        assertTrue(r.err().startsWith(f + ":" + line + ":"), r.err());
        assertTrue(r.err().contains(key + ": "), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertTrue(empty(out), "no output");
    }

    @Test
    void aBadColourAndASloganThatCannotFitAreBadInput(@TempDir Path dir) throws Exception {
        Path f = event(dir, "in_an:\n  mau: {nen: đỏ tươi}\n");
        Run r = run("print", f.toString(), "-o", dir.resolve("a").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains(":" + lineOf(f, "đỏ tươi") + ":") && r.err().contains("in_an.mau.nen: \"đỏ tươi\" is not a CMYK colour"), r.err());
        Path g = event(dir, "in_an:\n  muc: [khau_hieu]\n  bang_ron:\n    rong: 1 m\n    cao: 0,8 m\n  khau_hieu:\n    - " + "Thi đua là yêu nước, yêu nước thì phải thi đua ".repeat(3) + "\n");
        r = run("print", g.toString(), "-o", dir.resolve("b").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("in_an.khau_hieu: the banner text \"THI ĐUA LÀ YÊU NƯỚC"), r.err());
        assertTrue(r.err().contains("does not fit"), r.err());
        assertTrue(empty(dir.resolve("a")) && empty(dir.resolve("b")));
    }

    @Test
    void anEmptyTitleIsBadInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("event.yaml");
        Files.writeString(f, Files.readString(Path.of("examples/binh-phuoc-2025.yaml"))
                .replace("  ten: Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI", "  ten: \"\""));
        Path out = dir.resolve("print");
        Run r = run("print", f.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("su_kien.ten: is empty"), r.err()); // every empty text is refused by the reader
        assertTrue(empty(out));
    }

    @Test
    void aFontWithoutVietnameseOrUnreadableIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("print");
        Run r = run("print", "examples/binh-phuoc-2025.yaml", "-o", out.toString(), "--font", "generator/src/test/resources/fonts/PermanentMarker-Regular.ttf");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("PermanentMarker-Regular.ttf has no glyph for U+0111 'đ'"), r.err());
        Path notAFont = dir.resolve("x.ttf");
        Files.writeString(notAFont, "not a font");
        r = run("print", "examples/binh-phuoc-2025.yaml", "-o", out.toString(), "--font", notAFont.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("x.ttf is not a TrueType or OpenType font"), r.err());
        r = run("print", "examples/binh-phuoc-2025.yaml", "-o", out.toString(), "--font", dir.resolve("missing.ttf").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("missing.ttf cannot be read"), r.err());
        assertTrue(empty(out));
    }

    @Test
    void aUserFontIsEmbeddedAndOutlinesLeaveNoFont(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("print");
        Run r = run("print", "examples/binh-phuoc-2025.yaml", "-o", out.toString(), "--font", "fonts/LiberationSerif-Bold.ttf", "--preview-px", "0");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(!Files.exists(out.resolve("phong.png")), "--preview-px 0 writes no preview");
        assertTrue(Files.readString(out.resolve("README.txt")).contains("LiberationSerif-Bold.ttf"));
        Path outlined = dir.resolve("outlined");
        r = run("print", "examples/binh-phuoc-2025.yaml", "-o", outlined.toString(), "--outlines", "-q");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out());
        Assumptions.assumeTrue(has("pdffonts"), "poppler-utils not installed");
        assertTrue(exec("pdffonts", out.resolve("phong.pdf").toString()).contains("LiberationSerif-Bold"));
        assertEquals(2, exec("pdffonts", outlined.resolve("phong.pdf").toString()).lines().count(), "no font rows");
    }
}
