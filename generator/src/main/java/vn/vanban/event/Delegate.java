package vn.vanban.event;

import java.util.Objects;

/**
 * One delegate of the event (đại biểu), from the event file or from an Excel workbook: the facts
 * the danh sách trích ngang, the giấy mời, the name cards and the reports' totals need.
 *
 * <pre>{@code
 * Delegate d = new Delegate("Nguyễn Thị Hoa", 1980, Sex.NU, "Tày", "Chủ tịch Hội Nông dân",
 *         "xã Xuân Phú", Group.DIEN_HINH, "Đại học", "Trung cấp", true, true,
 *         "Chiến sĩ thi đua cơ sở 2023", null);
 * }</pre>
 *
 * @param name             họ và tên, in full, NFC
 * @param birthYear        năm sinh, or null when not given
 * @param sex              giới tính
 * @param ethnicity        dân tộc, e.g. "Kinh", "Tày"; null when not given
 * @param position         chức vụ, or null
 * @param unit             đơn vị công tác (or nơi ở), or null
 * @param group            which delegate group the person belongs to
 * @param education        trình độ chuyên môn, or null
 * @param politicalTheory  trình độ lý luận chính trị, or null
 * @param partyMember      đảng viên
 * @param directProduction trực tiếp sản xuất, lao động, công tác
 * @param achievement      thành tích / hình thức khen thưởng cao nhất, or null
 * @param note             ghi chú, or null
 */
public record Delegate(String name, Integer birthYear, Sex sex, String ethnicity, String position, String unit,
                       Group group, String education, String politicalTheory, boolean partyMember,
                       boolean directProduction, String achievement, String note) {
    public Delegate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(group, "group");
    }

    /** Whether the delegate belongs to an ethnic minority (any dân tộc other than Kinh). */
    public boolean ethnicMinority() {
        return ethnicity != null && !ethnicity.isBlank() && !ethnicity.strip().equalsIgnoreCase("Kinh");
    }

    /** Giới tính. */
    public enum Sex {
        NAM("nam", "Nam"), NU("nu", "Nữ");

        /** The key in an event file or a workbook's list. */
        public final String key;
        /** As printed. */
        public final String label;

        Sex(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    /** The delegate groups of a congress (kit.md: 70 % exemplars, 30 % guests and leaders). */
    public enum Group {
        /** Đại biểu điển hình tiên tiến: the exemplars being honoured. */
        DIEN_HINH("dien_hinh", "Đại biểu điển hình tiên tiến", "ĐẠI BIỂU"),
        /** Khách mời, lãnh đạo các cấp, các ngành. */
        KHACH_MOI("khach_moi", "Đại biểu khách mời", "KHÁCH MỜI");

        /** The key in an event file or a workbook's list. */
        public final String key;
        /** The group's heading in a danh sách. */
        public final String label;
        /** The word on a name card. */
        public final String cardLabel;

        Group(String key, String label, String cardLabel) {
            this.key = key;
            this.label = label;
            this.cardLabel = cardLabel;
        }
    }
}
