package vn.vanban.event.delegates.internal;

import java.util.List;

/**
 * The columns of the {@code Đại biểu} sheet, in the template's order, with what each holds.
 *
 * <pre>{@code
 * Column.NAM_SINH.header   // "Năm sinh"
 * }</pre>
 */
public enum Column {
    STT("STT", Kind.IGNORED, 6, "Số thứ tự; vanban không đọc cột này (có thể dùng công thức)."),
    HO_TEN("Họ và tên", Kind.NAME, 26, "Bắt buộc. Họ và tên đầy đủ, ví dụ: Nguyễn Thị Hoa."),
    NAM_SINH("Năm sinh", Kind.YEAR, 10, "Bốn chữ số, ví dụ: 1980. Có thể để trống."),
    GIOI_TINH("Giới tính", Kind.SEX, 10, "Bắt buộc. Chọn trong danh sách: Nam hoặc Nữ."),
    DAN_TOC("Dân tộc", Kind.ETHNICITY, 14, "Chọn trong danh sách 54 dân tộc (sheet Danh mục). Có thể để trống."),
    CHUC_VU("Chức vụ", Kind.TEXT, 28, "Chức vụ hiện nay. Có thể để trống."),
    DON_VI("Đơn vị công tác", Kind.TEXT, 32, "Đơn vị công tác hoặc nơi ở. Có thể để trống."),
    NHOM("Nhóm đại biểu", Kind.GROUP, 22, "Bắt buộc. Chọn trong danh sách: Điển hình tiên tiến hoặc Khách mời."),
    CHUYEN_MON("Trình độ chuyên môn", Kind.TEXT, 18, "Ví dụ: Đại học, Thạc sĩ. Có thể để trống."),
    LY_LUAN("Lý luận chính trị", Kind.TEXT, 16, "Ví dụ: Sơ cấp, Trung cấp, Cao cấp. Có thể để trống."),
    DANG_VIEN("Đảng viên", Kind.YES_NO, 11, "Có hoặc Không; để trống là Không."),
    TRUC_TIEP_SX("Trực tiếp sản xuất", Kind.YES_NO, 12, "Có nếu trực tiếp sản xuất, lao động, công tác; để trống là Không."),
    THANH_TICH("Thành tích cao nhất", Kind.TEXT, 30, "Danh hiệu hoặc hình thức khen thưởng cao nhất. Có thể để trống."),
    GHI_CHU("Ghi chú", Kind.TEXT, 20, "Có thể để trống.");

    /** What a column's cells hold. */
    public enum Kind { IGNORED, NAME, YEAR, SEX, ETHNICITY, TEXT, GROUP, YES_NO }

    /** The header as written in row 1 of the template. */
    public final String header;
    /** What the cells hold. */
    public final Kind kind;
    /** Column width in characters. */
    public final int width;
    /** The instruction for this column on the {@code Hướng dẫn} sheet (Vietnamese). */
    public final String help;

    Column(String header, Kind kind, int width, String help) {
        this.header = header;
        this.kind = kind;
        this.width = width;
        this.help = help;
    }

    /** The sheet vanban reads and the template writes. */
    public static final String SHEET = "Đại biểu";
    /** The instructions sheet. */
    public static final String HELP_SHEET = "Hướng dẫn";
    /** The sheet with the lists the data validations point at. */
    public static final String LIST_SHEET = "Danh mục";

    /** Có / Không, as written and offered in the lists. */
    public static final String YES = "Có";
    public static final String NO = "Không";
    /** The groups as written in the Nhóm đại biểu column. */
    public static final String GROUP_DIEN_HINH = "Điển hình tiên tiến";
    public static final String GROUP_KHACH_MOI = "Khách mời";

    /** All columns in order. */
    public static final List<Column> ALL = List.of(values());

    /** The column letter of a 0-based index: 0 → A, 27 → AB. */
    public static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index + 1;
        while (i > 0) {
            int r = (i - 1) % 26;
            sb.append((char) ('A' + r));
            i = (i - 1) / 26;
        }
        return sb.reverse().toString();
    }
}
