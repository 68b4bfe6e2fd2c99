package vn.vanban.event.delegates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import vn.vanban.event.Delegate;
import vn.vanban.event.delegates.internal.TemplateWriter;
import vn.vanban.event.delegates.internal.WorkbookReader;

/**
 * The delegates workbook: the Excel template a secretariat fills in, and the list read back.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("template.xlsx"))) {
 *     DelegateWorkbook.writeTemplate(out);
 * }
 * List<Delegate> delegates = DelegateWorkbook.read(Path.of("dai-bieu.xlsx"));   // NFC, trimmed
 * }</pre>
 *
 * <p>The sheet {@code Đại biểu} has one header row (STT, Họ và tên, Năm sinh, Giới tính, Dân tộc,
 * Chức vụ, Đơn vị công tác, Nhóm đại biểu, Trình độ chuyên môn, Lý luận chính trị, Đảng viên,
 * Trực tiếp sản xuất, Thành tích cao nhất, Ghi chú; any order, other columns ignored) and one
 * delegate per row. Reading streams the sheet, so 100,000 rows take time in proportion and little
 * memory. It refuses, with a message naming the sheet, row and column and saying what to do, and
 * returning nothing: bad cells (all reported at once), a missing sheet or header, formulas (their
 * cached value may be stale or missing, so vanban asks for values), .xls, .xlsm, .ods, encrypted
 * and damaged files, zip bombs and parts with a DOCTYPE (external entities).
 *
 * <p>Thread-safe: no state is kept between calls.
 */
public final class DelegateWorkbook {
    private DelegateWorkbook() {
    }

    /**
     * Reads the delegates of a filled workbook, in sheet order.
     *
     * @throws DelegateWorkbookException with every problem found; nothing is returned then
     */
    public static List<Delegate> read(Path file) throws DelegateWorkbookException {
        Objects.requireNonNull(file, "file");
        return WorkbookReader.read(file);
    }

    /** Writes the empty template (same bytes every time). */
    public static void writeTemplate(OutputStream out) throws IOException {
        write(List.of(), out);
    }

    /** Writes the template filled with {@code delegates}, one per row in the given order (same bytes for the same list). */
    public static void write(List<Delegate> delegates, OutputStream out) throws IOException {
        Objects.requireNonNull(delegates, "delegates");
        Objects.requireNonNull(out, "out");
        TemplateWriter.write(delegates, out);
    }
}
