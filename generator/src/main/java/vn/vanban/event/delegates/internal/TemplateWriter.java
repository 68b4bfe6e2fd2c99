package vn.vanban.event.delegates.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.vanban.event.Delegate;

/**
 * Writes the delegates workbook: the {@code Đại biểu} sheet (header, lists for Giới tính, Dân tộc,
 * Nhóm and Có/Không, frozen header, column widths), the {@code Hướng dẫn} sheet and the
 * {@code Danh mục} sheet of lists; then the delegates, if any, streamed row by row (POI's SXSSF), so
 * 100,000 rows need little memory. The bytes are the same on every run.
 *
 * <pre>{@code
 * TemplateWriter.write(List.of(), out);   // the empty template
 * }</pre>
 */
public final class TemplateWriter {
    /** The document date in the workbook's properties: fixed, so the bytes never change. */
    private static final Date FIXED_DATE = Date.from(LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    private static final int LAST_ROW = 1_048_575;

    private TemplateWriter() {
    }

    public static void write(List<Delegate> delegates, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024 + delegates.size() * 200);
        try (XSSFWorkbook wb = template()) {
            if (delegates.isEmpty()) {
                wb.write(buffer);
            } else {
                try (SXSSFWorkbook stream = new SXSSFWorkbook(wb, 200)) {
                    stream.setCompressTempFiles(true);
                    SXSSFSheet sheet = stream.getSheet(Column.SHEET);
                    int r = 1;
                    for (Delegate d : delegates) {
                        row(sheet.createRow(r), r, d);
                        r++;
                    }
                    stream.write(buffer);
                }
            }
        }
        ReproducibleZip.copy(buffer.toByteArray(), out);
    }

    private static void row(Row row, int number, Delegate d) {
        row.createCell(Column.STT.ordinal()).setCellValue(number);
        text(row, Column.HO_TEN, d.name());
        if (d.birthYear() != null) {
            row.createCell(Column.NAM_SINH.ordinal()).setCellValue(d.birthYear());
        }
        text(row, Column.GIOI_TINH, d.sex().label);
        text(row, Column.DAN_TOC, d.ethnicity());
        text(row, Column.CHUC_VU, d.position());
        text(row, Column.DON_VI, d.unit());
        text(row, Column.NHOM, d.group() == Delegate.Group.DIEN_HINH ? Column.GROUP_DIEN_HINH : Column.GROUP_KHACH_MOI);
        text(row, Column.CHUYEN_MON, d.education());
        text(row, Column.LY_LUAN, d.politicalTheory());
        text(row, Column.DANG_VIEN, d.partyMember() ? Column.YES : Column.NO);
        text(row, Column.TRUC_TIEP_SX, d.directProduction() ? Column.YES : Column.NO);
        text(row, Column.THANH_TICH, d.achievement());
        text(row, Column.GHI_CHU, d.note());
    }

    private static void text(Row row, Column c, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(c.ordinal()).setCellValue(value);
        }
    }

    /** The empty template, as a POI workbook. */
    static XSSFWorkbook template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.setTitle("Danh sách đại biểu");
        core.setCreator("vanban");
        XSSFSheet data = wb.createSheet(Column.SHEET);
        XSSFSheet help = wb.createSheet(Column.HELP_SHEET);
        XSSFSheet lists = wb.createSheet(Column.LIST_SHEET);
        dataSheet(wb, data);
        listSheet(wb, lists);
        HelpSheet.fill(wb, help);
        wb.setActiveSheet(0);
        return wb;
    }

    private static void dataSheet(XSSFWorkbook wb, XSSFSheet sheet) {
        CellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setWrapText(true);
        head.setAlignment(HorizontalAlignment.CENTER);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setBorderBottom(BorderStyle.THIN);
        head.setBorderTop(BorderStyle.THIN);
        head.setBorderLeft(BorderStyle.THIN);
        head.setBorderRight(BorderStyle.THIN);
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (Column c : Column.ALL) {
            var cell = row.createCell(c.ordinal());
            cell.setCellValue(c.header);
            cell.setCellStyle(head);
            sheet.setColumnWidth(c.ordinal(), c.width * 256);
        }
        sheet.createFreezePane(0, 1);
        printLandscapeOnePageWide(sheet);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1")); // the header on every printed page
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, Column.ALL.size() - 1));

        DataValidationHelper dv = sheet.getDataValidationHelper();
        list(sheet, dv, Column.GIOI_TINH, dv.createExplicitListConstraint(new String[] {Delegate.Sex.NAM.label, Delegate.Sex.NU.label}),
                "Chọn Nam hoặc Nữ.");
        list(sheet, dv, Column.NHOM, dv.createExplicitListConstraint(new String[] {Column.GROUP_DIEN_HINH, Column.GROUP_KHACH_MOI}),
                "Chọn Điển hình tiên tiến hoặc Khách mời.");
        list(sheet, dv, Column.DAN_TOC, dv.createFormulaListConstraint("'" + Column.LIST_SHEET + "'!$A$2:$A$" + (Ethnicities.ALL.size() + 1)),
                "Chọn một trong 54 dân tộc (sheet Danh mục).");
        for (Column c : List.of(Column.DANG_VIEN, Column.TRUC_TIEP_SX)) {
            list(sheet, dv, c, dv.createExplicitListConstraint(new String[] {Column.YES, Column.NO}), "Chọn Có hoặc Không; để trống là Không.");
        }
        DataValidationConstraint year = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                String.valueOf(RowParser.MIN_YEAR), String.valueOf(RowParser.MAX_YEAR));
        list(sheet, dv, Column.NAM_SINH, year, "Bốn chữ số, ví dụ 1980.");
    }

    private static void list(XSSFSheet sheet, DataValidationHelper dv, Column c, DataValidationConstraint constraint, String error) {
        DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, c.ordinal(), c.ordinal()));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(c.header, error);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private static void listSheet(XSSFWorkbook wb, XSSFSheet sheet) {
        CellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        String[][] columns = {
            Ethnicities.ALL.toArray(String[]::new),
            {Delegate.Sex.NAM.label, Delegate.Sex.NU.label},
            {Column.GROUP_DIEN_HINH, Column.GROUP_KHACH_MOI},
            {Column.YES, Column.NO},
        };
        String[] heads = {Column.DAN_TOC.header, Column.GIOI_TINH.header, Column.NHOM.header, "Có/Không"};
        int widths[] = {18, 12, 22, 12};
        for (int i = 0; i < columns.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
            row(sheet, 0).createCell(i).setCellValue(heads[i]);
            row(sheet, 0).getCell(i).setCellStyle(head);
            for (int j = 0; j < columns[i].length; j++) {
                row(sheet, j + 1).createCell(i).setCellValue(columns[i][j]);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** A4 landscape, as wide as one page, as long as it takes. */
    static void printLandscapeOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}
