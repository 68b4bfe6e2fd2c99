package vn.vanban.event.delegates.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Hướng dẫn} sheet of the template: how to fill in the list, in Vietnamese, one line a
 * row, then every column with how to write it, then an example row (here, not on the data sheet,
 * so that it can never be read as a delegate).
 *
 * <pre>{@code
 * HelpSheet.fill(workbook, workbook.createSheet("Hướng dẫn"));
 * }</pre>
 */
final class HelpSheet {
    private static final List<String> STEPS = List.of(
            "Ghi mỗi đại biểu trên một dòng của sheet \"" + Column.SHEET + "\", bắt đầu từ dòng 2. Không đổi tên sheet, không sửa, không xóa dòng tiêu đề (dòng 1).",
            "Các cột Giới tính, Dân tộc, Nhóm đại biểu, Đảng viên, Trực tiếp sản xuất: chọn trong danh sách thả xuống (bấm vào ô, chọn mũi tên).",
            "Ghi giá trị, không ghi công thức. Khi dán từ tệp khác, dùng Dán đặc biệt → Chỉ giá trị (Paste Special → Values).",
            "Lưu tệp dạng Excel Workbook (.xlsx); không đặt mật khẩu, không dùng macro (.xlsm), không lưu dạng .xls hay .ods.",
            "Ghi đường dẫn tệp vào tệp sự kiện: su_kien: dai_bieu: tep: dai-bieu.xlsx (đường dẫn tính từ thư mục của tệp sự kiện).",
            "Kiểm tra trước: ./vanban delegates --check dai-bieu.xlsx. Mọi lỗi được báo một lần, kèm sheet, dòng, cột và cách sửa.");

    private static final List<String> EXAMPLE = List.of("1", "Nguyễn Thị Hoa", "1980", "Nữ", "Tày", "Chủ tịch Hội Nông dân xã",
            "xã Xuân Phú", Column.GROUP_DIEN_HINH, "Đại học", "Trung cấp", Column.YES, Column.YES, "Chiến sĩ thi đua cơ sở năm 2023", "");

    private HelpSheet() {
    }

    static void fill(XSSFWorkbook wb, XSSFSheet sheet) {
        CellStyle title = wb.createCellStyle();
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        CellStyle bold = wb.createCellStyle();
        Font b = wb.createFont();
        b.setBold(true);
        bold.setFont(b);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        TemplateWriter.printLandscapeOnePageWide(sheet);
        int r = 0;
        cell(sheet.createRow(r++), 0, "HƯỚNG DẪN GHI DANH SÁCH ĐẠI BIỂU", title);
        r++;
        for (int i = 0; i < STEPS.size(); i++) {
            Row row = sheet.createRow(r++);
            cell(row, 0, "Bước " + (i + 1), bold);
            cell(row, 1, STEPS.get(i), wrap);
        }
        r++;
        Row head = sheet.createRow(r++);
        cell(head, 0, "Cột", bold);
        cell(head, 1, "Cách ghi", bold);
        for (Column c : Column.ALL) {
            Row row = sheet.createRow(r++);
            cell(row, 0, Column.letter(c.ordinal()) + ". " + c.header, null);
            cell(row, 1, c.help, wrap);
        }
        r++;
        Row exampleHead = sheet.createRow(r++);
        cell(exampleHead, 0, "Ví dụ một dòng", bold);
        cell(exampleHead, 1, "(chỉ là ví dụ, không phải đại biểu; vanban không đọc sheet này)", bold);
        for (Column c : Column.ALL) {
            Row row = sheet.createRow(r++);
            cell(row, 0, c.header, null);
            cell(row, 1, EXAMPLE.get(c.ordinal()), null);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
