package vn.vanban.audit.internal;

import java.util.EnumMap;
import java.util.Map;

import vn.vanban.style.Role;

/**
 * The audit's rules in one place: for each element, its rule-id prefix, the passage of NĐ 30/2020
 * it comes from and which properties are checked against the style sheet; and the document rules
 * (page, margins, font, page numbers, NFC, date and number forms) with their sources. The values
 * themselves come from {@link vn.vanban.style.Nd30Style} and {@link vn.vanban.text.Nd30Format};
 * only the decree's ranges for margins live here, as the decree states them.
 *
 * <pre>{@code
 * Catalog.Element e = Catalog.element(Role.NATIONAL_NAME);   // quoc_hieu, "…mục II.1.a", size+bold+italic+caps
 * }</pre>
 */
public final class Catalog {
    /** The decree and the appendix every source below is in. */
    public static final String PL1 = "NĐ 30/2020/NĐ-CP, Phụ lục I, ";

    /** Which run properties of an element are checked. */
    public enum Check { SIZE, BOLD, ITALIC, CAPS }

    /**
     * An element's rules.
     *
     * @param id     rule-id prefix, e.g. {@code quoc_hieu}
     * @param source the passage the element's format comes from
     * @param checks the properties checked
     */
    public record Element(String id, String source, java.util.Set<Check> checks) {
    }

    // Document rules: id, source, what is expected in words.
    public static final Rule PAGE_SIZE = new Rule("trang.kho_giay", PL1 + "mục I.1–2 (khổ A4, in theo chiều dài)");
    public static final Rule MARGINS = new Rule("trang.le", PL1 + "mục I.3");
    public static final Rule FONT = new Rule("phong_chu", PL1 + "mục I.4 (Times New Roman, Unicode TCVN 6909:2001)");
    public static final Rule COLOR = new Rule("mau_chu", PL1 + "mục I.4 (màu đen)");
    public static final Rule NFC = new Rule("unicode.nfc", PL1 + "mục I.4 (bộ mã Unicode TCVN 6909:2001, dạng dựng sẵn NFC)");
    public static final Rule PAGE_NUMBER = new Rule("so_trang", PL1 + "mục I.7");
    /** A paper with no Quốc hiệu, no Tiêu ngữ and no số line: not laid out as a văn bản hành chính at all. */
    public static final Rule NOT_ND30 = new Rule("the_thuc.khong_co", PL1 + "mục IV (sơ đồ bố trí các thành phần thể thức)");
    public static final Rule MOTTO_TEXT = new Rule("tieu_ngu.gach_noi", PL1 + "mục II.1.b (các cụm từ cách nhau gạch nối có cách chữ)");
    public static final Rule MOTTO_RULE = new Rule("tieu_ngu.duong_ke", PL1 + "mục II.1.b–c (đường kẻ ngang, nét liền, bằng độ dài dòng chữ)");
    public static final Rule AGENCY_RULE = new Rule("co_quan.duong_ke", PL1 + "mục II.2 (đường kẻ ngang, nét liền, 1/3–1/2 dòng chữ)");
    public static final Rule SUBJECT_RULE = new Rule("trich_yeu.duong_ke", PL1 + "mục II.5 (đường kẻ ngang, nét liền, 1/3–1/2 dòng chữ)");
    public static final Rule NUMBER_FORM = new Rule("so_ky_hieu.dinh_dang", PL1 + "mục II.3 (số nhỏ hơn 10 ghi thêm số 0 phía trước)");
    public static final Rule DATE_FORM = new Rule("dia_danh_ngay.dinh_dang", PL1 + "mục II.4 (ngày dưới 10 và tháng 1, 2 ghi thêm số 0)");
    public static final Rule BODY_ALIGN = new Rule("noi_dung.can_le", PL1 + "mục II.6.e (căn đều hai lề)");
    public static final Rule BODY_INDENT = new Rule("noi_dung.thut_dau_dong", PL1 + "mục II.6.e (lùi đầu dòng 1 cm hoặc 1,27 cm)");

    /** The decree's margin ranges, millimetres [min, max]: top, bottom, left, right (mục I.3). */
    public static final double[][] MARGIN_RANGES_MM = {{20, 25}, {20, 25}, {30, 35}, {15, 20}};
    /** The decree's two first-line indents of the body, millimetres (mục II.6.e). */
    public static final double[] BODY_INDENTS_MM = {10, 12.7};

    /** A document rule. */
    public record Rule(String id, String source) {
    }

    private static final Map<Role, Element> ELEMENTS = new EnumMap<>(Role.class);

    static {
        var sbic = java.util.EnumSet.of(Check.SIZE, Check.BOLD, Check.ITALIC, Check.CAPS);
        var sbi = java.util.EnumSet.of(Check.SIZE, Check.BOLD, Check.ITALIC);
        var si = java.util.EnumSet.of(Check.SIZE, Check.ITALIC);
        var s = java.util.EnumSet.of(Check.SIZE);
        put(Role.NATIONAL_NAME, "quoc_hieu", "mục II.1.a; mục V, dòng 1", sbic);
        put(Role.MOTTO, "tieu_ngu", "mục II.1.b–c; mục V, dòng 1", sbi);
        put(Role.PARENT_AGENCY, "co_quan_chu_quan", "mục II.2; mục V, dòng 2", sbic);
        put(Role.AGENCY, "co_quan_ban_hanh", "mục II.2; mục V, dòng 2", sbic);
        put(Role.NUMBER, "so_ky_hieu", "mục II.3; mục V, dòng 3", sbi);
        put(Role.SUBJECT_LINE, "trich_yeu_cong_van", "mục II.5; mục V, dòng 5b", sbi);
        put(Role.PLACE_DATE, "dia_danh_ngay", "mục II.4; mục V, dòng 4", sbi);
        put(Role.DOCUMENT_TYPE, "ten_loai", "mục II.5; mục V, dòng 5a", sbic);
        put(Role.SUBJECT, "trich_yeu", "mục II.5; mục V, dòng 5a", sbi);
        put(Role.BASIS, "can_cu", "mục II.6.a–b", si);
        put(Role.ADDRESSEES, "kinh_gui", "mục II.9; mục V, dòng 8a", si);
        put(Role.BODY, "noi_dung", "mục II.6.e; mục V, dòng 6", s);
        put(Role.CENTERED, "noi_dung", "mục II.6.e; mục V, dòng 6", s);
        put(Role.NOTE, "noi_dung", "mục II.6.e; mục V, dòng 6", s);
        put(Role.LIST_1, "noi_dung", "mục II.6.e; mục V, dòng 6", s);
        put(Role.LIST_2, "noi_dung", "mục II.6.e; mục V, dòng 6", s);
        put(Role.PART_LABEL, "phan", "mục II.6.c–đ; mục V, dòng 6b", sbi);
        put(Role.PART_TITLE, "ten_phan", "mục II.6.c–đ; mục V, dòng 6b", sbic);
        put(Role.SECTION_HEADING, "muc", "mục II.6.c–đ; mục V, dòng 6b", sbi);
        put(Role.CLAUSE_HEADING, "khoan", "mục II.6.c–đ; mục V, dòng 6b", si);
        put(Role.POINT_HEADING, "diem", "mục II.6.c–đ; mục V, dòng 6b", si);
        put(Role.AUTHORITY, "quyen_han_chuc_vu", "mục II.7; mục V, dòng 7", sbic);
        put(Role.SIGNER_NAME, "ho_ten_nguoi_ky", "mục II.7; mục V, dòng 7", sbi);
        put(Role.RECIPIENTS_LABEL, "noi_nhan", "mục II.9; mục V, dòng 8b", sbi);
        put(Role.RECIPIENTS, "danh_sach_noi_nhan", "mục II.9; mục V, dòng 8b", sbi);
        put(Role.APPENDIX_LABEL, "phu_luc", "mục III.1; mục V, dòng 9", sbi);
        put(Role.APPENDIX_TITLE, "ten_phu_luc", "mục III.1; mục V, dòng 9", sbic);
        put(Role.APPENDIX_ATTACHED, "kem_theo", "mục III.1", sbi);
    }

    private Catalog() {
    }

    private static void put(Role role, String id, String where, java.util.Set<Check> checks) {
        ELEMENTS.put(role, new Element(id, PL1 + where, java.util.Set.copyOf(checks)));
    }

    /** The rules of an element, or null for roles the audit does not check (tables, draft mark). */
    public static Element element(Role role) {
        return ELEMENTS.get(role);
    }
}
