package vn.vanban.bench;

import java.util.Locale;

/**
 * A deterministic event file whose one Kế hoạch runs to about a given number of A4 pages, for the
 * scale benchmark (10, 100, 1,000 pages).
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("scale-100.yaml"), ScaleEvent.yaml(100));
 * }</pre>
 *
 * <p>The body is five Mục of numbered Khoản, each Khoản a heading and three paragraphs of real
 * Vietnamese text (about {@value #KHOAN_PER_PAGE} Khoản a page at 14 pt); the page count is whatever the
 * renderer makes of it, so the benchmark reports it as measured.
 */
public final class ScaleEvent {
    /** Khoản per page, measured: 79 pages at 2.35, so 2.95 gives about 100. */
    static final double KHOAN_PER_PAGE = 2.95;

    private static final String[] PARAGRAPHS = {
        "Đánh giá kết quả đạt được của các phong trào thi đua yêu nước từ Đại hội lần trước đến nay; nêu rõ các phong trào thi đua tiêu biểu và đánh giá tác động, tính thiết thực, hiệu quả của các phong trào thi đua góp phần vào việc thực hiện nhiệm vụ chính trị, nhiệm vụ phát triển kinh tế - xã hội, an ninh, quốc phòng.",
        "Kết quả công tác khen thưởng; phân tích kết quả, chất lượng các hình thức khen thưởng, việc khen thưởng cho người trực tiếp lao động, sản xuất, công tác, chiến đấu và phục vụ chiến đấu, công nhân, nông dân; việc chấp hành các quy định của pháp luật về thi đua, khen thưởng.",
        "- Đẩy mạnh tuyên truyền về tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng, những điển hình trong các phong trào thi đua yêu nước, gương người tốt, việc tốt.",
    };
    private static final String[] MUC = {"MỤC ĐÍCH VÀ YÊU CẦU", "NỘI DUNG, HÌNH THỨC TỔ CHỨC", "THỜI GIAN, ĐỊA ĐIỂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"};

    private ScaleEvent() {
    }

    /** The YAML text of an event file whose Kế hoạch has about {@code pages} pages (at least 1). */
    public static String yaml(int pages) {
        int khoan = Math.max(1, (int) Math.round(pages * KHOAN_PER_PAGE) - 1);
        StringBuilder sb = new StringBuilder(4096 + khoan * 900);
        sb.append("""
                vanban: 1
                co_quan:
                  ten: Ủy ban nhân dân tỉnh Bình Phước
                  ten_in_hoa: [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]
                  viet_tat: UBND
                  dia_danh: Bình Phước
                su_kien:
                  cap: tinh
                  ten: Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI
                  lan_thu: 6
                  giai_doan: {tu: 2025, den: 2030}
                van_ban:
                  - loai: ke_hoach
                    so: 293
                    ngay: 08/10/2024
                    trich_yeu: Tổ chức Đại hội Thi đua yêu nước các cấp tiến tới Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI
                    noi_dung:
                """);
        for (int m = 0; m < MUC.length; m++) {
            int from = khoan * m / MUC.length;
            int to = khoan * (m + 1) / MUC.length;
            sb.append("      - muc: ").append(MUC[m]).append('\n');
            if (to == from) {
                sb.append("        van_ban: |\n          ").append(PARAGRAPHS[0]).append('\n');
                continue;
            }
            sb.append("        con:\n");
            for (int k = from; k < to; k++) {
                sb.append(String.format(Locale.ROOT, "          - khoan: Nhiệm vụ trọng tâm số %d của các cơ quan, đơn vị%n", k + 1));
                sb.append("            van_ban: |\n");
                for (int p = 0; p < PARAGRAPHS.length; p++) {
                    if (p > 0) {
                        sb.append('\n');
                    }
                    sb.append("              ").append(PARAGRAPHS[(k + p) % PARAGRAPHS.length]).append('\n');
                }
            }
        }
        sb.append("""
                    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Trần Tuệ Hiền}
                    noi_nhan: [Ban Thi đua - Khen thưởng TW, "Các sở, ban, ngành tỉnh", "Lưu: VT, MC-02KH"]
                """);
        return sb.toString();
    }
}
