package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vanban delegates}: writes the template, checks a filled workbook; exit codes 0 and 2, no stack trace, nothing half written. */
class DelegatesCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheTemplateAndPrintsItsPath(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("mẫu đại biểu.xlsx");
        Run r = run("delegates", t.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(t.toString(), r.out().strip());
        assertEquals("", r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(t))) {
            assertEquals("Họ và tên", wb.getSheet("Đại biểu").getRow(0).getCell(1).getStringCellValue());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(t), files.toList(), "no temporary file left");
        }
    }

    @Test
    void neverOverwritesAnExistingFileWithoutForce(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("dai-bieu.xlsx");
        Files.writeString(t, "a filled list");
        Run r = run("delegates", t.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("vanban: error: " + t + " already exists (maybe a filled list): choose another name, or add --force to replace it; nothing was written",
                r.err().strip());
        assertEquals("a filled list", Files.readString(t));
        assertEquals(ExitCode.OK, run("delegates", "--force", t.toString()).code());
        assertTrue(Files.size(t) > 5000);
    }

    @Test
    void templateNameMustEndInXlsxAndOneModeIsRequired(@TempDir Path dir) {
        Run r = run("delegates", dir.resolve("mau.xls").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("give it a name ending in .xlsx"), r.err());
        assertFalse(Files.exists(dir.resolve("mau.xls")));
        assertEquals(ExitCode.BAD_INPUT, run("delegates").code());
        assertEquals(ExitCode.BAD_INPUT, run("delegates", "a.xlsx", "--check", "b.xlsx").code());
    }

    @Test
    void checkSummarisesAGoodWorkbook() {
        Run r = run("delegates", "--check", "generator/src/test/resources/delegates/calc-good.xlsx");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("generator/src/test/resources/delegates/calc-good.xlsx: 5 delegates: 4 điển hình tiên tiến, 1 khách mời; "
                + "2 nữ, 3 dân tộc thiểu số, 3 trực tiếp sản xuất", r.out().strip());
    }

    @Test
    void checkOfABadWorkbookExitsTwoWithEveryProblemAndNoStackTrace(@TempDir Path dir) throws Exception {
        Run r = run("delegates", "--check", "generator/src/test/resources/delegates/calc-bad.xlsx");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals(5, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("generator/src/test/resources/delegates/calc-bad.xlsx: sheet \"Đại biểu\", row 2, column C (Năm sinh): \"19a0\" is not a year"), r.err());
        assertEquals("", r.out());

        Path junk = dir.resolve("junk.xlsx");
        Files.write(junk, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4, 5, 6});
        r = run("delegates", "--check", junk.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals(junk + ": is a damaged old Office file (OLE2), not an Excel workbook (.xlsx): open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)",
                r.err().strip());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(ExitCode.BAD_INPUT, run("delegates", "--check", dir.resolve("missing.xlsx").toString()).code());
    }

    @Test
    void benchDelegatesRefusesABadRowCount() {
        Run r = run("bench", "--delegates", "0");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--delegates: give row counts from 1 to 200000"), r.err());
    }
}
