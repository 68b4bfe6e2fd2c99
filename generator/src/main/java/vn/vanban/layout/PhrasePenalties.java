package vn.vanban.layout;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a Vietnamese title may break between words, and how good each break is: before a phrase
 * ("tỉnh …", "lần thứ …", "giai đoạn …", "(2025 - 2030)"), after a comma, never inside a proper
 * name ("Bình Phước", "Giáo dục và Đào tạo"), inside "lần thứ VI" or "2025 - 2030", or right after
 * "tỉnh" or "ngành".
 *
 * <pre>{@code
 * int[] p = PhrasePenalties.penalties(List.of("Đại", "hội", "tỉnh", "Bình", "Phước", "lần", "thứ", "VI"));
 * // p[1] ("hội" | "tỉnh") is GOOD, p[2] ("tỉnh" | "Bình") FORBIDDEN, p[3] (inside "Bình Phước") BAD
 * }</pre>
 *
 * <p>Works on the words in running-text case (the capitals mark proper names); the caller prints
 * them in capitals afterwards. Stateless. Where {@code PhraseBreaks} sets an agency name in
 * capitals on the fewest lines of a given width, this scores every gap, so that the print items'
 * fitter can trade type size against the quality of the breaks.
 */
public final class PhrasePenalties {
    /** A phrase boundary: the best place to break. */
    public static final int BEST = 0;
    /** Before a word that starts a phrase. */
    public static final int GOOD = 1;
    /** Between two ordinary words. */
    public static final int PLAIN = 4;
    /** Inside a proper name. */
    public static final int BAD = 12;
    /** Never break here. */
    public static final int FORBIDDEN = Integer.MAX_VALUE;

    /** Lower-case words that open a phrase of a title: a unit, the ordinal, the period, a link word. */
    private static final Set<String> OPENERS = Set.of("tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường",
            "đặc", "lần", "giai", "của", "và", "tiến", "với", "vì", "trong", "tại", "ngày", "năm", "chào", "ngành");
    /** Lower-case words after which a name must follow on the same line. */
    private static final Set<String> BINDERS = Set.of("tỉnh", "huyện", "quận", "xã", "phường", "thứ", "lần", "giai",
            "đoạn", "phố", "trấn", "khu", "thị", "ngành");

    /** Two-syllable words of titles and agency names that a line must not split (lower case). */
    private static final Set<String> COMPOUNDS = Set.of("đại hội", "hội nghị", "thi đua", "yêu nước", "điển hình", "tiên tiến",
            "khen thưởng", "nhân dân", "ủy ban", "hội đồng", "chào mừng", "nhiệt liệt", "tuyên dương", "biểu dương", "lao động",
            "sáng tạo", "công ty", "cổ phần", "trách nhiệm", "hữu hạn", "thành viên", "tập đoàn", "quyết thắng", "an ninh",
            "tổ quốc", "xây dựng", "phát triển", "nông thôn", "người tốt", "việc tốt", "công đoàn", "thanh niên", "phụ nữ",
            "nông dân", "cựu chiến", "chiến binh", "mặt trận", "văn phòng", "nội vụ", "giáo dục", "đào tạo", "y tế", "công an",
            "quân sự", "bộ đội", "biên phòng", "điện lực", "viễn thông", "ngân hàng", "thương mại", "dịch vụ", "sản xuất",
            "đầu tư", "xuất nhập", "nhập khẩu", "kinh doanh", "một thành", "bứt phá", "đổi mới", "tăng tốc", "kỷ nguyên",
            "hùng cường", "văn minh", "thịnh vượng", "đoàn kết", "thành tích", "cơ sở", "toàn quốc", "hạnh phúc", "độc lập",
            "tự do", "cộng hòa", "xã hội", "chủ nghĩa", "việt nam", "khoa học", "công nghệ", "môi trường", "tài nguyên",
            "nông nghiệp", "công thương", "giao thông", "vận tải", "tài chính", "kế hoạch", "tư pháp", "văn hóa", "thể thao",
            "du lịch", "thông tin", "truyền thông", "thương binh", "đối ngoại", "dân tộc", "tôn giáo");

    private PhrasePenalties() {
    }

    /**
     * The penalty of a break after each word but the last: {@code result[i]} is the gap between
     * {@code words.get(i)} and {@code words.get(i + 1)}.
     */
    public static int[] penalties(List<String> words) {
        int n = words.size();
        int[] out = new int[Math.max(0, n - 1)];
        for (int i = 0; i + 1 < n; i++) {
            out[i] = penalty(words, i);
        }
        return out;
    }

    private static int penalty(List<String> w, int i) {
        String a = w.get(i);
        String b = w.get(i + 1);
        String al = a.toLowerCase(Locale.ROOT);
        String bl = b.toLowerCase(Locale.ROOT);
        if (isDash(b) || isDash(a)) {
            // "2025 - 2030", "Thi đua - Khen thưởng": keep the dash with both neighbours.
            return FORBIDDEN;
        }
        if (al.equals("lần") && bl.equals("thứ") || al.equals("thứ") || al.equals("giai") && bl.equals("đoạn")) {
            return FORBIDDEN;
        }
        if (isRoman(b) && i + 2 == w.size()) {
            return FORBIDDEN;
        }
        if (a.endsWith(",") || a.endsWith(";") || a.endsWith(":") || a.endsWith("!")) {
            return BEST;
        }
        if (b.startsWith("(")) {
            return BEST;
        }
        if (BINDERS.contains(al) && !isLowerWord(b)) {
            return FORBIDDEN;
        }
        if (al.equals("thành") && bl.equals("phố") || al.equals("thị") && (bl.equals("xã") || bl.equals("trấn"))
                || al.equals("đặc") && bl.equals("khu")) {
            return FORBIDDEN;
        }
        if (COMPOUNDS.contains(al + " " + bl)) {
            return BAD;
        }
        // The "và" of a name ("Giáo dục và Đào tạo"): no break on either side of it.
        if (Balancer.andInName(w, i + 1) || Balancer.andInName(w, i)) {
            return BAD;
        }
        if (OPENERS.contains(bl) && isLowerWord(b)) {
            return GOOD;
        }
        if (isCapitalised(a) && !isAllCaps(a) && !isAllCaps(b)) {
            // Inside a name: "Bình Phước", and "Tổng công ty", "Ủy ban nhân dân" (only the first syllable is capitalised).
            return BAD;
        }
        if (isLowerWord(a) && isCapitalised(b) && !isAllCaps(b)) {
            // A new name starts: "… sáng tạo | Tổng công ty Điện lực".
            return GOOD;
        }
        return PLAIN;
    }

    private static boolean isDash(String s) {
        return s.equals("-") || s.equals("–") || s.equals("—");
    }

    private static boolean isRoman(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }

    private static boolean isLowerWord(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    private static boolean isCapitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean isAllCaps(String s) {
        return s.length() > 1 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
