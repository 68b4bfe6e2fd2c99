package vn.vanban.event.delegates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.event.Delegate;
import vn.vanban.event.Delegate.Group;
import vn.vanban.event.Delegate.Sex;

/** The template as Excel and Calc show it, and workbooks filled by POI and by LibreOffice Calc read back into delegates. */
class DelegateWorkbookTest {
    static final List<String> HEADERS = List.of("STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ", "Đơn vị công tác",
            "Nhóm đại biểu", "Trình độ chuyên môn", "Lý luận chính trị", "Đảng viên", "Trực tiếp sản xuất", "Thành tích cao nhất", "Ghi chú");

    static byte[] template() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DelegateWorkbook.writeTemplate(out);
        return out.toByteArray();
    }

    @Test
    void templateHasTheSheetsHeaderFrozenRowAndWidths() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertEquals(List.of("Đại biểu", "Hướng dẫn", "Danh mục"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            Row head = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(HEADERS, headers);
            assertTrue(wb.getFontAt(head.getCell(1).getCellStyle().getFontIndex()).getBold(), "header is bold");
            assertEquals(0, sheet.getLastRowNum(), "no data row: the example is on the Hướng dẫn sheet, never read as a delegate");
            assertTrue(sheet.getPaneInformation().isFreezePane(), "header frozen");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(1) >= 20 * 256, "Họ và tên is wide: " + sheet.getColumnWidth(1));
            assertTrue(sheet.getColumnWidth(0) < sheet.getColumnWidth(1), "STT narrower than the name");
            assertEquals(wb.getSheetIndex(sheet), wb.getActiveSheetIndex(), "opens on the list");
        }
    }

    @Test
    void templateOffersListsForSexGroupEthnicityAndYesNo() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet sheet = wb.getSheet("Đại biểu");
            assertEquals(List.of("Nam", "Nữ"), listAt(sheet, "D"));
            assertEquals(List.of("Điển hình tiên tiến", "Khách mời"), listAt(sheet, "H"));
            assertEquals(List.of("Có", "Không"), listAt(sheet, "K"));
            assertEquals(List.of("Có", "Không"), listAt(sheet, "L"));
            DataValidation ethnic = validationAt(sheet, "E");
            assertEquals("'Danh mục'!$A$2:$A$55", ethnic.getValidationConstraint().getFormula1());
            XSSFSheet lists = wb.getSheet("Danh mục");
            List<String> groups = new ArrayList<>();
            for (int r = 1; r <= 54; r++) {
                groups.add(lists.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(54, groups.stream().distinct().count(), "54 distinct dân tộc");
            assertTrue(groups.containsAll(List.of("Kinh", "Tày", "Thái", "Mường", "Khmer", "Mông", "Ê Đê", "Ơ Đu", "Brâu", "Rơ Măm")), groups.toString());
            assertEquals(null, lists.getRow(55) == null ? null : lists.getRow(55).getCell(0), "nothing below the 54");
            DataValidation year = validationAt(sheet, "C");
            assertEquals(DataValidation.ErrorStyle.STOP, year.getErrorStyle());
            assertEquals("1900", year.getValidationConstraint().getFormula1());
            for (DataValidation v : sheet.getDataValidations()) {
                CellRangeAddress range = v.getRegions().getCellRangeAddresses()[0];
                assertEquals(1, range.getFirstRow(), "validation starts under the header");
                assertTrue(v.getShowErrorBox());
            }
        }
    }

    private static DataValidation validationAt(XSSFSheet sheet, String column) {
        int col = column.charAt(0) - 'A';
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].isInRange(5, col))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on column " + column));
    }

    private static List<String> listAt(XSSFSheet sheet, String column) {
        String[] values = validationAt(sheet, column).getValidationConstraint().getExplicitListValues();
        assertNotNull(values, "explicit list on " + column);
        return List.of(values);
    }

    @Test
    void helpSheetExplainsEveryColumnInVietnamese() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            StringBuilder text = new StringBuilder();
            wb.getSheet("Hướng dẫn").forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            assertTrue(text.toString().startsWith("HƯỚNG DẪN GHI DANH SÁCH ĐẠI BIỂU"), text.toString());
            for (String h : HEADERS) {
                assertTrue(text.toString().contains(h), h);
            }
            assertTrue(text.toString().contains("Dán đặc biệt"), "says to paste values, not formulas");
            assertTrue(text.toString().contains("Ví dụ một dòng"), "the example is marked as one");
        }
    }

    @Test
    void templateIsTheSameBytesEveryTimeWithFixedEntryTimes() throws Exception {
        byte[] a = template();
        Thread.sleep(1100); // a zip stores times to 2 s; POI's default stamps "now"
        byte[] b = template();
        assertArrayEquals(a, b);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), "no extended timestamp (it would depend on the time zone): " + e.getName());
            }
        }
        assertArrayEquals(Workbooks.bytes(Workbooks.many(500)), Workbooks.bytes(Workbooks.many(500)), "a filled list too");
    }

    @Test
    void writtenListReadsBackEqual(@TempDir Path dir) throws Exception {
        Path file = Workbooks.file(dir, "list.xlsx", Workbooks.bytes(Workbooks.sample()));
        assertEquals(Workbooks.sample(), DelegateWorkbook.read(file));
        List<Delegate> many = Workbooks.many(20_000);
        assertEquals(many, DelegateWorkbook.read(Workbooks.file(dir, "many.xlsx", Workbooks.bytes(many))));
    }

    /** What a clerk's sheet looks like: messy spacing, decomposed accents, other spellings, "x" for Có, an STT formula. */
    static byte[] filledByPoi() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheet("Đại biểu");
            Object[][] rows = {
                {"ROW()-1", "  Nguyễn\u00A0Thị  Hoa ", 1980.0, "Nữ", "Tày", "Chủ tịch Hội Nông dân xã", "xã Xuân Phú", "Điển hình tiên tiến",
                    "Đại học", "Trung cấp", "x", "Có", "Chiến sĩ thi đua cơ sở năm 2023", null},
                {"ROW()-1", java.text.Normalizer.normalize("Trần Văn Ưng", java.text.Normalizer.Form.NFD), "1975", "nam", "kinh", "Giám đốc",
                    "Công ty TNHH Thủy sản\nCà Mau", "điển hình tiên tiến", "Thạc sĩ", "Cao cấp", "Có", "Không", "Bằng khen của Thủ tướng Chính phủ", "Đoàn 1"},
                null,
                {"ROW()-1", "Phạm Minh Đức", null, "Nam", null, "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Bình Phước", "Khách mời",
                    null, null, "Không", null, null, null},
            };
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    s.createRow(r + 1);
                    continue;
                }
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    if (c == 0) {
                        row.createCell(c).setCellFormula((String) v);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void templateFilledByPoiReadsAsCleanRecords(@TempDir Path dir) throws Exception {
        List<Delegate> read = DelegateWorkbook.read(Workbooks.file(dir, "filled.xlsx", filledByPoi()));
        assertEquals(Workbooks.sample(), read);
        assertTrue(java.text.Normalizer.isNormalized(read.get(1).name(), java.text.Normalizer.Form.NFC));
    }

    @Test
    void workbookWrittenByLibreOfficeCalcReads() throws Exception {
        // calc-good.fods converted by: soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' calc-good.fods
        List<Delegate> read = DelegateWorkbook.read(Workbooks.RESOURCES.resolve("calc-good.xlsx"));
        assertEquals(List.of(
                new Delegate("Nguyễn Thị Hoa", 1980, Sex.NU, "Tày", "Chủ tịch Hội Nông dân xã", "xã Xuân Phú", Group.DIEN_HINH,
                        "Đại học", "Trung cấp", true, true, "Chiến sĩ thi đua cơ sở năm 2023", null),
                new Delegate("Trần Văn Ưng", 1975, Sex.NAM, "Kinh", "Giám đốc", "Công ty TNHH Thủy sản Cà Mau", Group.DIEN_HINH,
                        "Thạc sĩ", "Cao cấp", true, false, "Bằng khen của Thủ tướng Chính phủ", "Đoàn 1"),
                new Delegate("Lê Thị Thủy", 1990, Sex.NU, "Khmer", "Giáo viên", "Trường Tiểu học Hòa Bình", Group.DIEN_HINH,
                        "Đại học", null, false, true, "Lao động tiên tiến", null),
                new Delegate("Phạm Minh Đức", 1968, Sex.NAM, null, "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Bình Phước", Group.KHACH_MOI,
                        "Tiến sĩ", "Cao cấp", true, false, null, "Lãnh đạo tỉnh"),
                new Delegate("Y Blôk Êban", 1985, Sex.NAM, "Ê Đê", "Trưởng buôn", "buôn Ko Tam", Group.DIEN_HINH,
                        null, null, false, true, "Giấy khen của UBND huyện", null)), read);
    }

    @Test
    void badWorkbookFromLibreOfficeCalcReportsEveryBadCellAtOnce() {
        Path file = Workbooks.RESOURCES.resolve("calc-bad.xlsx");
        DelegateWorkbookException e = assertThrows(DelegateWorkbookException.class, () -> DelegateWorkbook.read(file));
        String f = file + ": sheet \"Đại biểu\", ";
        assertEquals(List.of(
                f + "row 2, column C (Năm sinh): \"19a0\" is not a year: write four digits, e.g. 1980",
                f + "row 3, column D (Giới tính): \"Nam giới\" is not Nam or Nữ: choose one from the list",
                f + "row 4, column C (Năm sinh): holds a formula (=1990+0), not a value: vanban reads only typed values; copy the column "
                        + "and paste it back as values (Excel: Paste Special → Values; Calc: Paste Special → Values Only)",
                f + "row 6, column E (Dân tộc): \"Kinh tế\" is not one of the 54 dân tộc of Việt Nam: did you mean \"Kinh\"? "
                        + "Otherwise choose from the list (sheet \"Danh mục\" of the template)",
                f + "row 7, column H (Nhóm đại biểu): is empty: choose \"Điển hình tiên tiến\" or \"Khách mời\" from the list"),
                e.problems().stream().map(WorkbookProblem::format).toList());
        assertEquals(5, e.total());
    }

    @Test
    void templateFilledByPoiAndSavedByLibreOfficeCalcReads(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed; .ci/run installs it");
        Path filled = Workbooks.file(dir, "filled.xlsx", filledByPoi());
        Path out = dir.resolve("calc");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), filled.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path saved = out.resolve("filled.xlsx");
        assertTrue(Files.exists(saved), Files.readString(dir.resolve("soffice.log")));
        Map<String, byte[]> parts = Workbooks.parts(Files.readAllBytes(saved));
        assertTrue(new String(parts.get("docProps/app.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("LibreOffice"), "saved by Calc");
        assertEquals(Workbooks.sample(), DelegateWorkbook.read(saved));
    }

    @Test
    void emptyTemplateIsRefusedAsAListWithNoDelegates(@TempDir Path dir) throws Exception {
        Path file = Workbooks.file(dir, "empty.xlsx", template());
        DelegateWorkbookException e = assertThrows(DelegateWorkbookException.class, () -> DelegateWorkbook.read(file));
        assertEquals(file + ": sheet \"Đại biểu\": has no delegates below the header row 1: fill in one row per delegate", e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
