package vn.vanban.render.print;

import java.util.Objects;

/**
 * One person on a name card or badge: the name as printed, the group word (ĐẠI BIỂU, KHÁCH MỜI,
 * ĐOÀN CHỦ TỊCH) and an optional post or unit line.
 *
 * <pre>{@code
 * new CardHolder("Nguyễn Thị Hoa", "ĐẠI BIỂU", "Chủ tịch Hội Nông dân xã Xuân Phú");
 * }</pre>
 *
 * @param name   họ và tên, NFC
 * @param label  the group word, in capitals
 * @param detail chức vụ and đơn vị, or empty
 */
public record CardHolder(String name, String label, String detail) {
    public CardHolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        detail = detail == null ? "" : detail;
    }
}
