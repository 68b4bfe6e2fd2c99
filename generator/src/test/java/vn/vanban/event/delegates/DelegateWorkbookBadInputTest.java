package vn.vanban.event.delegates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.event.Delegate;

/**
 * Hostile and careless workbooks: each is refused within seconds with the message a user sees,
 * naming the file (and the sheet, row and column when there is one), and nothing is returned.
 */
class DelegateWorkbookBadInputTest {
    @TempDir
    Path dir;

    /** Reads {@code bytes} as {@code name}; returns the formatted problems (the test fails if it reads). */
    private List<String> refused(String name, byte[] bytes) throws Exception {
        Path file = Workbooks.file(dir, name, bytes);
        return refused(file);
    }

    private static List<String> refused(Path file) {
        DelegateWorkbookException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DelegateWorkbookException.class, () -> DelegateWorkbook.read(file)));
        List<String> lines = e.problems().stream().map(WorkbookProblem::format).toList();
        for (String l : lines) {
            assertFalse(l.contains("Exception") || l.contains("\tat "), "no exception class or stack trace in: " + l);
        }
        return lines;
    }

    private String only(String name, byte[] bytes) throws Exception {
        List<String> lines = refused(name, bytes);
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    private String prefix(String name) {
        return dir.resolve(name) + ": ";
    }

    private static byte[] good() throws Exception {
        return Workbooks.bytes(Workbooks.sample());
    }

    // ---- the container -------------------------------------------------------------------------

    @Test
    void missingFileAndFolder() {
        assertEquals(List.of(dir.resolve("nope.xlsx") + ": no such file: check the path (it is relative to the folder you run vanban in, or to the event file)"),
                refused(dir.resolve("nope.xlsx")));
        assertEquals(List.of(dir + ": is not a file: name the .xlsx workbook itself"), refused(dir));
    }

    @Test
    void emptyTextAndRandomFiles() throws Exception {
        assertEquals(prefix("empty.xlsx") + "is empty (0 bytes): fill in the template (./vanban delegates template.xlsx) and save it as .xlsx",
                only("empty.xlsx", new byte[0]));
        assertEquals(prefix("list.xlsx") + "is not an Excel workbook (.xlsx): open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)",
                only("list.xlsx", "STT,Họ và tên\n1,Nguyễn Thị Hoa\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(prefix("page.xlsx") + "is not an Excel workbook (.xlsx) (it is XML or HTML text): open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)",
                only("page.xlsx", "<html><body>Đại biểu</body></html>".getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[4096];
        new java.util.SplittableRandom(8).nextBytes(noise);
        assertTrue(only("noise.xlsx", noise).startsWith(prefix("noise.xlsx") + "is not an Excel workbook (.xlsx)"));
    }

    @Test
    void truncatedWorkbookIsDamaged() throws Exception {
        byte[] g = good();
        String m = only("cut.xlsx", Arrays.copyOf(g, g.length / 2));
        assertTrue(m.startsWith(prefix("cut.xlsx") + "is damaged: it is not a readable zip, as every .xlsx is ("), m);
        assertTrue(m.endsWith("; open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx), or ask for the file again"), m);
    }

    @Test
    void damagedSheetXmlNamesTheSheetAndLine() throws Exception {
        byte[] bad = Workbooks.rewrite(good(), "xl/worksheets/sheet1.xml", s -> s.replace("</sheetData>", "<row><c></sheetData>"));
        String m = only("broken.xlsx", bad);
        assertTrue(m.startsWith(prefix("broken.xlsx") + "has a damaged sheet \"Đại biểu\" (XML error at line "), m);
    }

    @Test
    void xlsIsToBeSavedAsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Đại biểu").createRow(0).createCell(0).setCellValue("STT");
            wb.write(out);
        }
        assertEquals(prefix("old.xls") + "is an Excel 97-2003 workbook (.xls), which vanban does not read: open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)",
                only("old.xls", out.toByteArray()));
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mật khẩu");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(good());
            }
            fs.writeFilesystem(out);
        }
        assertEquals(prefix("secret.xlsx") + "is password-protected (encrypted): open it in Excel or LibreOffice Calc with its password, "
                + "remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, empty; Calc: File → Save As without "
                + "\"Save with password\") and save it as .xlsx", only("secret.xlsx", out.toByteArray()));
    }

    @Test
    void openDocumentWordAndMacroFilesAreRefused() throws Exception {
        byte[] ods = Workbooks.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII),
                "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(prefix("list.ods") + "is an OpenDocument spreadsheet (.ods), not an Excel workbook: open it in LibreOffice Calc and save it as .xlsx (File → Save As → Excel 2007-365)",
                only("list.ods", ods));

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Đại biểu");
            doc.write(docx);
        }
        assertEquals(prefix("list.xlsx") + "is a Word document (.docx), not an Excel workbook: name the .xlsx with the delegates",
                only("list.xlsx", docx.toByteArray()));

        String macro = "contains macros (an .xlsm workbook): vanban does not open workbooks with macros; save it as \"Excel Workbook (.xlsx)\", which drops the macros";
        byte[] xlsm = Workbooks.rewrite(good(), "[Content_Types].xml",
                s -> s.replace("spreadsheetml.sheet.main+xml", "").replace("application/vnd.openxmlformats-officedocument.\"",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml\""));
        assertTrue(new String(Workbooks.parts(xlsm).get("[Content_Types].xml"), StandardCharsets.UTF_8).contains("macroEnabled"));
        assertEquals(prefix("m.xlsm") + macro, only("m.xlsm", xlsm));
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(Workbooks.parts(good()));
        parts.put("xl/vbaProject.bin", new byte[] {1, 2, 3});
        assertEquals(prefix("m.xlsx") + macro, only("m.xlsx", Workbooks.zip(parts)));
    }

    @Test
    void strictOpenXmlIsToBeSavedAsAWorkbook() throws Exception {
        byte[] strict = Workbooks.rewrite(good(), "_rels/.rels", s -> s.replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
        assertEquals(prefix("strict.xlsx") + "is saved as \"Strict Open XML Spreadsheet\", which vanban does not read: save it as \"Excel Workbook (.xlsx)\"",
                only("strict.xlsx", strict));
    }

    @Test
    void zipBombIsRefusedBeforeUnpacking() throws Exception {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(Workbooks.parts(good()));
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        String xml = new String(sheet, StandardCharsets.UTF_8);
        int at = xml.indexOf("</sheetData>");
        byte[] padding = new byte[200 << 20]; // 200 MB of spaces inside the sheet: about 200 KB zipped
        Arrays.fill(padding, (byte) ' ');
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bomb.write(padding);
        bomb.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", bomb.toByteArray());
        bomb = null;
        padding = null;
        String m = only("bomb.xlsx", Workbooks.zip(parts));
        assertTrue(m.startsWith(prefix("bomb.xlsx") + "looks like a zip bomb: part xl/worksheets/sheet1.xml unpacks "), m);
        assertTrue(m.contains("times larger than it is stored (200 MB from "), m);
    }

    /** A zip bomb whose central directory claims a small size: the check before unpacking passes, POI's count while unpacking stops it. */
    @Test
    void zipBombWithALyingDirectoryIsStoppedWhileUnpacking() throws Exception {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(Workbooks.parts(good()));
        String xml = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        int at = xml.indexOf("</sheetData>");
        String padded = xml.substring(0, at) + " ".repeat(100 << 20) + xml.substring(at);
        parts.put("xl/worksheets/sheet1.xml", padded.getBytes(StandardCharsets.UTF_8));
        padded = null;
        byte[] zip = Workbooks.zip(parts);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + name.length), name)) {
                // central directory: uncompressed size at offset 24 claims 200 KB
                java.nio.ByteBuffer.wrap(zip, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(200_000);
                patched++;
            }
        }
        assertEquals(1, patched);
        String m = only("liar.xlsx", zip);
        assertEquals(prefix("liar.xlsx") + "looks like a zip bomb: a part unpacks far larger than it is stored (more than 100 times); "
                + "vanban stopped unpacking it. Save the delegates' sheet again from Excel or Calc", m);
    }

    @Test
    void fiftyMegabyteSheetOfEmptyRowsIsStreamedAndFoundEmpty() throws Exception {
        StringBuilder rows = new StringBuilder(52 << 20);
        for (int r = 2; r <= 1_048_576; r++) {
            rows.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\" ht=\"15.0\"/>");
        }
        String body = rows.toString();
        rows = null;
        byte[] wb = Workbooks.rewrite(DelegateWorkbookTest.template(), "xl/worksheets/sheet1.xml", s -> s.replace("</row></sheetData>", "</row>" + body + "</sheetData>"));
        assertTrue(Workbooks.parts(wb).get("xl/worksheets/sheet1.xml").length > 45 << 20, "a sheet of about 50 MB");
        assertEquals(prefix("rows.xlsx") + "sheet \"Đại biểu\": has no delegates below the header row 1: fill in one row per delegate", only("rows.xlsx", wb));
    }

    @Test
    void externalEntitiesInAnyPartAreRefused() throws Exception {
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml")) {
            byte[] bad = Workbooks.rewrite(good(), part, s -> s.replaceFirst("\\?>", "?>" + doctype));
            assertEquals(prefix("xxe.xlsx") + "part " + part + " declares a DOCTYPE (it could pull in external entities, a known attack); "
                    + "Excel and Calc never write one, so vanban refuses the file: open it in Excel or LibreOffice Calc and save it as an Excel "
                    + "workbook (.xlsx) from a trusted copy", only("xxe.xlsx", bad), part);
        }
        // hidden after a comment, and with no XML declaration at all
        byte[] bad = Workbooks.rewrite(good(), "xl/worksheets/sheet1.xml", s -> s.replaceFirst("<\\?xml[^>]*\\?>", "<!-- Đại biểu -->" + doctype));
        assertTrue(only("xxe2.xlsx", bad).contains("part xl/worksheets/sheet1.xml declares a DOCTYPE"));
    }

    // ---- the sheet and its header ----------------------------------------------------------------

    private static byte[] workbook(String sheetName, String[] header, Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet(sheetName);
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof String str && str.startsWith("=")) {
                        row.createCell(c).setCellFormula(str.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String[] headers() {
        return DelegateWorkbookTest.HEADERS.toArray(String[]::new);
    }

    private static Object[] row(String name, Object year, String sex, String ethnic, String group) {
        return new Object[] {null, name, year, sex, ethnic, null, null, group, null, null, null, null, null, null};
    }

    @Test
    void missingSheetListsTheSheetsAndSuggests() throws Exception {
        assertEquals(prefix("s.xlsx") + "has no sheet \"Đại biểu\" (its sheets: \"Sheet1\"): put the delegates on a sheet named \"Đại biểu\", "
                + "as in the template (./vanban delegates template.xlsx)", only("s.xlsx", workbook("Sheet1", headers())));
        assertEquals(prefix("s.xlsx") + "has no sheet \"Đại biểu\" (its sheets: \"Dai bieu\"): rename the sheet \"Dai bieu\" to \"Đại biểu\", "
                + "as in the template (./vanban delegates template.xlsx)", only("s.xlsx", workbook("Dai bieu", headers())));
    }

    @Test
    void misspeltHeaderSuggestsTheClosest() throws Exception {
        String[] h = headers();
        h[2] = "Nam sinh";
        assertEquals(prefix("h.xlsx") + "sheet \"Đại biểu\", row 1, column C (Nam sinh): is not a header vanban knows: did you mean \"Năm sinh\"? "
                + "Write the headers as in the template (./vanban delegates template.xlsx)",
                only("h.xlsx", workbook("Đại biểu", h, row("Nguyễn Thị Hoa", 1980.0, "Nữ", "Tày", "Khách mời"))));
    }

    @Test
    void missingHeaderColumnIsNamed() throws Exception {
        String[] h = Arrays.copyOf(headers(), 13); // no Ghi chú
        assertEquals(prefix("h.xlsx") + "sheet \"Đại biểu\", row 1: has no column \"Ghi chú\" in its header row: add it (the headers, in row 1: "
                + String.join(", ", DelegateWorkbookTest.HEADERS) + "; ./vanban delegates template.xlsx writes them)",
                only("h.xlsx", workbook("Đại biểu", h, row("Nguyễn Thị Hoa", 1980.0, "Nữ", "Tày", "Khách mời"))));
    }

    @Test
    void duplicateHeaderIsRefused() throws Exception {
        String[] h = Arrays.copyOf(headers(), 15);
        h[14] = "Họ và tên";
        assertEquals(prefix("h.xlsx") + "sheet \"Đại biểu\", row 1, column O: \"Họ và tên\" heads column B too: keep one column per header",
                only("h.xlsx", workbook("Đại biểu", h, row("Nguyễn Thị Hoa", 1980.0, "Nữ", "Tày", "Khách mời"))));
    }

    @Test
    void headersInAnotherOrderWithATitleAboveAndExtraColumnsRead(@TempDir Path d) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("đại biểu ");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẠI BIỂU");
            List<String> order = new java.util.ArrayList<>(DelegateWorkbookTest.HEADERS);
            java.util.Collections.reverse(order);
            order.add("Số điện thoại");
            Row h = s.createRow(2);
            for (int i = 0; i < order.size(); i++) {
                h.createCell(i).setCellValue(i == 0 ? "GHI CHÚ" : order.get(i));
            }
            Row r = s.createRow(3);
            r.createCell(order.indexOf("Họ và tên")).setCellValue("Nguyễn Thị Hoa");
            r.createCell(order.indexOf("Giới tính")).setCellValue("Nữ");
            r.createCell(order.indexOf("Nhóm đại biểu")).setCellValue("Khách mời");
            r.createCell(order.indexOf("Số điện thoại")).setCellValue("0912 345 678");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            List<Delegate> read = DelegateWorkbook.read(Workbooks.file(d, "o.xlsx", out.toByteArray()));
            assertEquals(List.of(new Delegate("Nguyễn Thị Hoa", null, Delegate.Sex.NU, null, null, null, Delegate.Group.KHACH_MOI,
                    null, null, false, false, null, null)), read);
        }
    }

    // ---- cells ---------------------------------------------------------------------------------

    @Test
    void everyBadCellIsReportedWithRowColumnAndWhatToDo() throws Exception {
        byte[] wb = workbook("Đại biểu", headers(),
                row("Nguyễn Thị Hoa", "19a0", "Nữ", "Tày", "Điển hình tiên tiến"),
                row("", 1980.0, "Nam", null, "Khách mời"),
                row("Lê Văn Tám", 29221.0, "Nam", "Tay", "Khách mời"),
                row("Đỗ Thị Mai", 1890.0, "F", "Kinh", "Đại biểu"),
                row("Vũ Văn An", "=1980", null, null, "Khách mời"),
                row("A\u202Eb", 1980.0, "Nam", null, "Khách mời"),
                row("Hồ Văn B", 1980.0, "Nam", "Kinh", "Khách mời"));
        String f = prefix("bad.xlsx") + "sheet \"Đại biểu\", ";
        assertEquals(List.of(
                f + "row 2, column C (Năm sinh): \"19a0\" is not a year: write four digits, e.g. 1980",
                f + "row 3, column B (Họ và tên): is empty: write the delegate's full name, or delete the row",
                f + "row 4, column C (Năm sinh): \"29221\" is not a year: write four digits, e.g. 1980 (a cell formatted as a date stores a number like this: write only the year)",
                f + "row 4, column E (Dân tộc): \"Tay\" is not one of the 54 dân tộc of Việt Nam: did you mean \"Tày\"? Otherwise choose from the list (sheet \"Danh mục\" of the template)",
                f + "row 5, column C (Năm sinh): 1890 is not a plausible year of birth: write a year from 1900 to 2030, e.g. 1980",
                f + "row 5, column D (Giới tính): \"F\" is not Nam or Nữ: choose one from the list",
                f + "row 5, column H (Nhóm đại biểu): \"Đại biểu\" is not a delegate group: choose \"Điển hình tiên tiến\" or \"Khách mời\" from the list",
                f + "row 6, column C (Năm sinh): holds a formula (=1980), not a value: vanban reads only typed values; copy the column and paste it back "
                        + "as values (Excel: Paste Special → Values; Calc: Paste Special → Values Only)",
                f + "row 6, column D (Giới tính): is empty: choose Nam or Nữ from the list",
                f + "row 7, column B (Họ và tên): contains an invisible direction mark (U+202E), which makes the text read differently in different programs: retype the cell"),
                refused("bad.xlsx", wb));
    }

    @Test
    void hugeCellIsStoppedAtExcelsLimit() throws Exception {
        String big = "Nguyễn ".repeat(10_000); // 70,000 characters: more than Excel allows in a cell
        byte[] bad = Workbooks.rewrite(good(), "xl/worksheets/sheet1.xml", s -> s.replaceFirst("<is><t>[^<]*</t></is>", "<is><t>" + big + "</t></is>"));
        String m = only("huge.xlsx", bad);
        assertEquals(prefix("huge.xlsx") + "sheet \"Đại biểu\", row 2, column B: a cell holds more than 32767 characters, more than Excel allows: "
                + "this sheet was not saved by Excel or Calc; save the delegates again from the template", m);
    }

    @Test
    void longCellIsRefused() throws Exception {
        String m = only("long.xlsx", workbook("Đại biểu", headers(), row("Nguyễn ".repeat(200), 1980.0, "Nam", null, "Khách mời")));
        assertEquals(prefix("long.xlsx") + "sheet \"Đại biểu\", row 2, column B (Họ và tên): is 1,399 characters long; at most 1,000: shorten it", m);
    }

    @Test
    void manyBadRowsAreCountedAndTheFirst200Listed() throws Exception {
        Object[][] rows = new Object[500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("Người " + i, "x", "Nam", null, "Khách mời");
        }
        Path file = Workbooks.file(dir, "many.xlsx", workbook("Đại biểu", headers(), rows));
        DelegateWorkbookException e = assertThrows(DelegateWorkbookException.class, () -> DelegateWorkbook.read(file));
        assertEquals(200, e.problems().size());
        assertEquals(500, e.total());
        assertTrue(e.problems().get(199).format().contains("row 201, column C"), e.problems().get(199).format());
    }

    @Test
    void sheetWithOnlyATitleIsEmpty() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Đại biểu");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertEquals(prefix("e.xlsx") + "sheet \"Đại biểu\": is empty: put the headers in row 1 and one delegate per row below "
                    + "(./vanban delegates template.xlsx writes the template)", only("e.xlsx", out.toByteArray()));
        }
    }

    @Test
    void filledWorkbookStillReadsAfterTheseChecks() throws Exception {
        // the checks above refuse by content, not by accident: the same good bytes read
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(good()))) {
            assertEquals("Đại biểu", wb.getSheetName(0));
        }
        assertEquals(Workbooks.sample(), DelegateWorkbook.read(Workbooks.file(dir, "good.xlsx", good())));
    }
}
