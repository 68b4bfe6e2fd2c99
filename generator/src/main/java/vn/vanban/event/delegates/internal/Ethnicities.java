package vn.vanban.event.delegates.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 54 ethnic groups (dân tộc) of Việt Nam, as the template's list offers them, and the common
 * other spellings a clerk types (Khơ-me, H'Mông, Ê-đê, …), each mapped to the list's spelling.
 *
 * <pre>{@code
 * Ethnicities.canonical("H'Mông")   // Optional["Mông"]
 * }</pre>
 */
public final class Ethnicities {
    /** In the order of the Danh mục các dân tộc Việt Nam (Tổng cục Thống kê), modern spellings. */
    public static final List<String> ALL = List.of(
            "Kinh", "Tày", "Thái", "Hoa", "Khmer", "Mường", "Nùng", "Mông", "Dao", "Gia Rai",
            "Ngái", "Ê Đê", "Ba Na", "Xơ Đăng", "Sán Chay", "Cơ Ho", "Chăm", "Sán Dìu", "Hrê", "Mnông",
            "Ra Glai", "Xtiêng", "Bru - Vân Kiều", "Thổ", "Giáy", "Cơ Tu", "Giẻ Triêng", "Mạ", "Khơ Mú", "Co",
            "Tà Ôi", "Chơ Ro", "Kháng", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "La Ha", "Phù Lá",
            "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cờ Lao", "Cống", "Bố Y", "Si La",
            "Pu Péo", "Brâu", "Ơ Đu", "Rơ Măm");

    private static final Map<String, String> BY_KEY = byKey();

    private static Map<String, String> byKey() {
        Map<String, String> byKey = new HashMap<>();
        for (String e : ALL) {
            byKey.put(key(e), e);
        }
        String[][] aliases = {
            {"Khơ-me", "Khmer"}, {"Khơ me", "Khmer"}, {"Khơme", "Khmer"},
            {"H'Mông", "Mông"}, {"Hmông", "Mông"}, {"HMông", "Mông"}, {"Mèo", "Mông"},
            {"M'Nông", "Mnông"}, {"Stiêng", "Xtiêng"}, {"Bru Vân Kiều", "Bru - Vân Kiều"}, {"Vân Kiều", "Bru - Vân Kiều"},
            {"Gié Triêng", "Giẻ Triêng"}, {"Co Lao", "Cờ Lao"}, {"Ra-glai", "Ra Glai"}, {"Raglai", "Ra Glai"},
            {"Pà Hưng", "Pà Thẻn"}, {"Kinh (Việt)", "Kinh"}, {"Việt", "Kinh"},
        };
        for (String[] a : aliases) {
            byKey.put(key(a[0]), a[1]);
        }
        return Map.copyOf(byKey);
    }

    private Ethnicities() {
    }

    /** The list's spelling of {@code typed} (any case, spaces, hyphens or apostrophes), or empty. */
    public static Optional<String> canonical(String typed) {
        return Optional.ofNullable(BY_KEY.get(key(typed)));
    }

    /** The list entry closest to {@code typed}, for a "did you mean". */
    public static Optional<String> closest(String typed) {
        return Closest.of(key(typed), ALL, Ethnicities::key);
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.isLetter(cp) || Character.isDigit(cp))
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }
}
