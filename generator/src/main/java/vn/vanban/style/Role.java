package vn.vanban.style;

/**
 * Every kind of line a document has. Each role is one named paragraph style in the DOCX
 * (style id and the name an officer sees in Word) and one text style in the PDF.
 */
public enum Role {
    PARENT_AGENCY("CoQuanChuQuan", "Cơ quan chủ quản"),
    AGENCY("CoQuanBanHanh", "Cơ quan ban hành"),
    NUMBER("SoKyHieu", "Số, ký hiệu"),
    SUBJECT_LINE("TrichYeuCongVan", "Trích yếu công văn"),
    DRAFT_MARK("DuThao", "Dự thảo"),
    NATIONAL_NAME("QuocHieu", "Quốc hiệu"),
    MOTTO("TieuNgu", "Tiêu ngữ"),
    PLACE_DATE("DiaDanhNgay", "Địa danh, ngày tháng"),
    DOCUMENT_TYPE("TenLoai", "Tên loại văn bản"),
    SUBJECT("TrichYeu", "Trích yếu"),
    BODY("NoiDung", "Nội dung"),
    BASIS("CanCu", "Căn cứ"),
    CENTERED("DongGiua", "Dòng giữa"),
    NOTE("GhiChu", "Ghi chú"),
    PART_LABEL("Phan", "Phần"),
    PART_TITLE("TenPhan", "Tên phần"),
    SECTION_HEADING("Muc", "Mục (I.)"),
    CLAUSE_HEADING("Khoan", "Khoản (1.)"),
    POINT_HEADING("Diem", "Điểm (a)"),
    LIST_1("GachDau", "Gạch đầu dòng (-)"),
    LIST_2("DauCong", "Dấu cộng (+)"),
    ADDRESSEES("KinhGui", "Kính gửi"),
    RECIPIENTS_LABEL("NoiNhan", "Nơi nhận"),
    RECIPIENTS("DanhSachNoiNhan", "Danh sách nơi nhận"),
    AUTHORITY("QuyenHanChucVu", "Quyền hạn, chức vụ người ký"),
    SIGNATURE_NOTE("GhiChuChuKy", "Ghi chú chữ ký"),
    SIGNER_NAME("HoTenNguoiKy", "Họ tên người ký"),
    APPENDIX_LABEL("PhuLuc", "Phụ lục"),
    APPENDIX_TITLE("TenPhuLuc", "Tên phụ lục"),
    APPENDIX_ATTACHED("KemTheo", "Kèm theo"),
    TABLE_HEADER("TieuDeBang", "Tiêu đề bảng"),
    TABLE_CELL("NoiDungBang", "Nội dung bảng"),
    PAGE_NUMBER("SoTrang", "Số trang");

    private final String styleId;
    private final String displayName;

    Role(String styleId, String displayName) {
        this.styleId = styleId;
        this.displayName = displayName;
    }

    /** ASCII style id used inside the DOCX, e.g. {@code "NoiDung"}. */
    public String styleId() {
        return styleId;
    }

    /** The style name shown in Word's style gallery, e.g. {@code "Nội dung"}. */
    public String displayName() {
        return displayName;
    }
}
