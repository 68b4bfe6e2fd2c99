package vn.vanban.hardening;

import java.nio.file.Path;
import java.util.Set;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventReader;

/** Small event files written in the tests, with one part grown at will. */
final class Events {
    private Events() {
    }

    static final String HEAD = """
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
            """;

    /** A Kế hoạch whose one Mục holds {@code body} (markup lines, indented here) and whose Nơi nhận is {@code noiNhan}. */
    static String plan(String body, String noiNhan) {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("""
                van_ban:
                  - loai: ke_hoach
                    so: 293
                    ngay: 08/10/2024
                    trich_yeu: Tổ chức Đại hội
                    noi_dung:
                      - muc: MỤC ĐÍCH VÀ YÊU CẦU
                        van_ban: |
                """);
        for (String line : body.split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : "          ").append(line).append('\n');
        }
        sb.append("    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Trần Tuệ Hiền}\n");
        sb.append("    noi_nhan: ").append(noiNhan).append('\n');
        return sb.toString();
    }

    static String plan(String body) {
        return plan(body, "[Ban Thi đua - Khen thưởng tỉnh, \"Lưu: VT, VP\"]");
    }

    static EventFile read(String yaml) throws Exception {
        return EventReader.parse(Path.of("test.yaml"), yaml);
    }

    /** DOCX and PDF of every document. */
    static java.util.List<RenderedFile> render(Vanban v, String yaml) throws Exception {
        return v.render(read(yaml), Set.of(Format.DOCX, Format.PDF));
    }
}
