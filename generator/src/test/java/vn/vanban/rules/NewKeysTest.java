package vn.vanban.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.rules.TestEvents.check;
import static vn.vanban.rules.TestEvents.ids;
import static vn.vanban.rules.TestEvents.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules over the {@code vanban: 2} keys of EVENT-KEYS.md (worker count, delegate list, duration,
 * submissions deadline, Đoàn Chủ tịch, the Hội đồng's votes, attendance), each broken once and kept once, in
 * a commune's event file that names its plan in {@code quy_tac:}.
 */
class NewKeysTest {
    /** A commune under Kế hoạch 293 that keeps every rule; its plan is named in the file, not on the command line. */
    static final String COMMUNE = """
            vanban: 2
            quy_tac: [kh-293-binh-phuoc]
            co_quan:
              ten: Ủy ban nhân dân xã Tân Thành
              ten_in_hoa: [ỦY BAN NHÂN DÂN, XÃ TÂN THÀNH]
              viet_tat: UBND
              dia_danh: Tân Thành
              cap_tren: Ủy ban nhân dân thành phố Đồng Xoài
            su_kien:
              cap: xa
              hinh_thuc_loai: hoi_nghi
              don_vi: xã Tân Thành
              lan_thu: 2
              giai_doan: {tu: 2025, den: 2030}
              ngay: 20/03/2025
              gio: "07:30"
              thoi_luong: ½ ngày
              han_nop: 05/07/2025
              dai_bieu:
                toi_da: 200
                ty_le_dien_hinh: 70
                ty_le_khach_moi: 30
                danh_sach:
                  - {ho_ten: Điểu Thị Lan, gioi_tinh: nu, dan_toc: Xtiêng, nhom: dien_hinh}
                  - {ho_ten: Nguyễn Văn Hùng, gioi_tinh: nam, nhom: dien_hinh}
                  - {ho_ten: Trần Thị Mai, gioi_tinh: nu, nhom: dien_hinh}
                  - {ho_ten: Lê Văn Tâm, gioi_tinh: nam, nhom: dien_hinh}
                  - {ho_ten: Phạm Thị Hoa, gioi_tinh: nu, nhom: dien_hinh}
                  - {ho_ten: Võ Văn Bình, gioi_tinh: nam, nhom: dien_hinh}
                  - {ho_ten: Đỗ Thị Hạnh, gioi_tinh: nu, nhom: dien_hinh}
                  - {ho_ten: Huỳnh Văn Lợi, gioi_tinh: nam, nhom: khach_moi}
                  - {ho_ten: Bùi Thị Thu, gioi_tinh: nu, nhom: khach_moi}
                  - {ho_ten: Ngô Văn Phúc, gioi_tinh: nam, nhom: khach_moi}
              chuong_trinh:
                - noi_dung: Tuyên bố lý do, giới thiệu đại biểu
                  thoi_luong: 15
                - noi_dung: Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025
                  thoi_luong: 45
                - noi_dung: Tham luận của các điển hình tiên tiến
                  thoi_luong: 90
                - noi_dung: Khen thưởng các tập thể, cá nhân tiêu biểu
                  thoi_luong: 40
              doan_chu_tich:
                - {ho_ten: Nguyễn Văn Hùng, chuc_vu: Chủ tịch UBND xã}
                - {ho_ten: Trần Văn Sơn, chuc_vu: Bí thư Đảng ủy xã}
                - {ho_ten: Lê Thị Hằng, chuc_vu: Chủ tịch Ủy ban MTTQ xã}
                - {ho_ten: Phan Văn Tài, chuc_vu: Phó Chủ tịch UBND xã}
                - {ho_ten: Hồ Thị Nga, chuc_vu: Chủ tịch Hội Phụ nữ xã}
                - {ho_ten: Đặng Văn Khoa, chuc_vu: Bí thư Đoàn xã}
                - {ho_ten: Điểu Thị Lan, chuc_vu: Chiến sĩ thi đua cơ sở, dien_hinh: true}
                - {ho_ten: Lê Văn Tâm, chuc_vu: Nông dân sản xuất giỏi, dien_hinh: true}
                - {ho_ten: Phạm Thị Hoa, chuc_vu: Giáo viên trường Tiểu học, dien_hinh: true}
            hoi_dong:
              thanh_vien: 15
              co_mat: 13
              y_kien_bang_van_ban: 2
              ngay: 01/03/2025
              chu_toa: {ho_ten: Nguyễn Văn Hùng, chuc_vu: Chủ tịch Hội đồng}
              thu_ky: {ho_ten: Bùi Thị Thu, chuc_vu: Thư ký Hội đồng}
            de_nghi_khen_thuong:
              - doi_tuong: ca_nhan
                ten: Điểu Thị Lan
                hinh_thuc: Danh hiệu Chiến sĩ thi đua cấp tỉnh
                thanh_tich: Có thành tích xuất sắc trong phong trào xây dựng nông thôn mới giai đoạn 2020 - 2025
                dong_y: 14
              - doi_tuong: tap_the
                ten: Ấp 3, xã Tân Thành
                hinh_thuc: Cờ thi đua của Ủy ban nhân dân tỉnh
                thanh_tich: Dẫn đầu phong trào thi đua năm 2024
                dong_y: 12
            ket_qua:
              co_mat: {dien_hinh: 140, khach_moi: 55}
            van_ban:
              - loai: ke_hoach
                so: 7
                ngay: 02/03/2025
                noi_dung:
                  - muc: MỤC ĐÍCH, YÊU CẦU
                    van_ban: |
                      1. Đánh giá kết quả phong trào thi đua yêu nước giai đoạn 2020 - 2025.
                nguoi_ky:
                  thay_mat: ỦY BAN NHÂN DÂN
                  chuc_vu: CHỦ TỊCH
                  ho_ten: Nguyễn Văn Hùng
                noi_nhan:
                  - UBND thành phố Đồng Xoài
                  - "Lưu: VT, VP"
            """;

    @TempDir
    Path dir;

    List<Finding> edited(String from, String to) throws Exception {
        assertTrue(COMMUNE.contains(from), "the test edits text that is there: " + from);
        return check(write(dir, "tan-thanh.yaml", COMMUNE.replace(from, to)));
    }

    @Test
    void theCommuneKeepsEveryRuleOfThePlanItNames() throws Exception {
        assertEquals(List.of(), check(write(dir, "tan-thanh.yaml", COMMUNE)));
    }

    @Test
    void theRuleSetNamedInQuyTacApplies() throws Exception {
        List<Finding> f = edited("toi_da: 200", "toi_da: 250");
        assertEquals(List.of("kh293.dai-bieu.xa"), ids(f));
        assertEquals("kh-293-binh-phuoc", f.get(0).ruleSet());
        assertEquals(List.of(), ids(edited("quy_tac: [kh-293-binh-phuoc]\n", "").stream().filter(x -> x.ruleId().startsWith("kh293")).toList()));
    }

    @Test
    void enterpriseCapByWorkerCount() throws Exception {
        String dn = "cap: doanh_nghiep\n  so_lao_dong: 450";
        List<Finding> f = edited("cap: xa", dn);
        assertEquals(List.of(), ids(f), "200 delegates at a 450-worker enterprise");
        f = check(write(dir, "dn.yaml", COMMUNE.replace("cap: xa", dn).replace("toi_da: 200", "toi_da: 250")));
        assertEquals(List.of("kh293.dai-bieu.doanh-nghiep"), ids(f));
        assertTrue(f.get(0).message().startsWith("Doanh nghiệp 450 lao động (từ 300 trở lên) mời 250 đại biểu"), f.get(0).message());
        List<Finding> small = check(write(dir, "dn.yaml", COMMUNE.replace("cap: xa", "cap: doanh_nghiep\n  so_lao_dong: 280").replace("toi_da: 200", "toi_da: 280")));
        assertEquals(List.of(), ids(small), "under 300 workers: a plenary meeting, no cap");
        List<Finding> none = check(write(dir, "dn.yaml", COMMUNE.replace("cap: xa", "cap: doanh_nghiep")));
        assertEquals(List.of("kh293.doanh-nghiep.so-lao-dong"), ids(none));
        assertEquals("su_kien.so_lao_dong", none.get(0).field());
    }

    @Test
    void theDelegateListKeepsSeventyPerCentExemplarsWithTheStatedRounding() throws Exception {
        List<Finding> f = edited("{ho_ten: Đỗ Thị Hạnh, gioi_tinh: nu, nhom: dien_hinh}", "{ho_ten: Đỗ Thị Hạnh, gioi_tinh: nu, nhom: khach_moi}");
        assertEquals(List.of("kh293.dai-bieu.danh-sach-ty-le"), ids(f));
        assertTrue(f.get(0).message().startsWith("Danh sách có 6/10 đại biểu điển hình tiên tiến; kế hoạch cần ít nhất 70% là 7"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("ít nhất 7 điển hình") && f.get(0).fix().contains("tối đa 3 khách mời"), f.get(0).fix());
        assertEquals("su_kien.dai_bieu.danh_sach", f.get(0).field());
        List<Finding> none = check(write(dir, "x.yaml", COMMUNE.replace("nhom: dien_hinh}", "nhom: khach_moi}")));
        assertEquals(List.of("kh293.dai-bieu.danh-sach-ty-le"), ids(none));
        assertTrue(none.get(0).message().startsWith("Danh sách có 0/10"), none.get(0).message());
    }

    @Test
    void attendanceMix() throws Exception {
        List<Finding> f = edited("co_mat: {dien_hinh: 140, khach_moi: 55}", "co_mat: {dien_hinh: 130, khach_moi: 65}");
        assertEquals(List.of("kh293.co-mat.ty-le"), ids(f));
        assertTrue(f.get(0).message().contains("130/195") && f.get(0).message().contains("(137)"), f.get(0).message());
    }

    @Test
    void halfADay() throws Exception {
        List<Finding> f = edited("thoi_luong: ½ ngày", "thoi_luong: 1 ngày");
        assertEquals(List.of("kh293.thoi-luong"), ids(f));
        assertTrue(f.get(0).message().contains("1 ngày, quá ½ ngày"), f.get(0).message());
        List<Finding> g = edited("thoi_luong: 90", "thoi_luong: 150");
        assertEquals(List.of("kh293.chuong-trinh.thoi-luong"), ids(g));
        assertTrue(g.get(0).message().contains("250 phút"), g.get(0).message());
        assertEquals("su_kien.chuong_trinh", g.get(0).field());
        assertEquals(List.of(), ids(edited("thoi_luong: 90", "thoi_luong: 140")), "exactly 240 minutes");
    }

    @Test
    void submissionsDeadlineAndOrder() throws Exception {
        List<Finding> f = edited("han_nop: 05/07/2025", "han_nop: 15/07/2025");
        assertEquals(List.of("kh293.han-nop"), ids(f));
        assertTrue(f.get(0).message().contains("15/07/2025") && f.get(0).message().contains("trước 10/07/2025"), f.get(0).message());
        assertEquals(List.of("kh293.han-nop"), ids(edited("han_nop: 05/07/2025", "han_nop: 10/07/2025")), "\"trước ngày 10/7\" excludes the 10th");
        assertEquals(List.of("chung.ngay.han-nop-sau-su-kien"), ids(edited("han_nop: 05/07/2025", "han_nop: 10/03/2025")));
    }

    @Test
    void doanChuTichSizeAndItsThird() throws Exception {
        String last = "    - {ho_ten: Phạm Thị Hoa, chuc_vu: Giáo viên trường Tiểu học, dien_hinh: true}\n";
        List<Finding> f = edited(last, last + last.replace("Phạm Thị Hoa", "Hoàng Văn Anh") + last.replace("Phạm Thị Hoa", "Vũ Thị Bích")
                + last.replace("Phạm Thị Hoa", "Lý Văn Cường"));
        assertEquals(List.of("kh293.doan-chu-tich.so-luong"), ids(f));
        assertTrue(f.get(0).message().contains("12 người, ngoài khoảng 09 đến 11"), f.get(0).message());
        List<Finding> g = edited("Giáo viên trường Tiểu học, dien_hinh: true}", "Giáo viên trường Tiểu học}");
        assertEquals(List.of("kh293.doan-chu-tich.dien-hinh"), ids(g));
        assertTrue(g.get(0).message().contains("9 người chỉ có 2") && g.get(0).message().contains("1/3 là 3"), g.get(0).message());
        List<Finding> tamDuong = check(write(dir, "x.yaml", COMMUNE.replace("quy_tac: [kh-293-binh-phuoc]", "quy_tac: [hd-tam-duong]")
                .replace("toi_da: 200", "toi_da: 100")));
        assertEquals(List.of("tamduong.doan-chu-tich.so-luong"), ids(tamDuong), "seed 000: 03 to 07");
    }

    @Test
    void councilVotesCountAgainstTheWholeMembership() throws Exception {
        List<Finding> f = edited("dong_y: 14", "dong_y: 12");
        assertEquals(List.of("chung.hoi-dong.bieu-quyet"), ids(f));
        assertTrue(f.get(0).message().contains("12/15 thành viên Hội đồng đồng ý (80,0 %), chưa đạt 90 %"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("ít nhất 14/15"), f.get(0).fix());
        assertEquals("de_nghi_khen_thuong[0].dong_y", f.get(0).field());
        assertTrue(f.get(0).source().startsWith("NĐ 98/2023/NĐ-CP, Điều 30 khoản 7"), f.get(0).source());
        List<Finding> flag = edited("dong_y: 12", "dong_y: 11");
        assertEquals(List.of("chung.hoi-dong.bieu-quyet"), ids(flag), "a Cờ thi đua needs 80 % of 15 = 12");
        assertTrue(flag.get(0).message().contains("Cờ thi đua"), flag.get(0).message());
    }

    @Test
    void theAgencysDefaultSignerIsCheckedToo() throws Exception {
        List<Finding> f = edited("  cap_tren: Ủy ban nhân dân thành phố Đồng Xoài\n",
                "  cap_tren: Ủy ban nhân dân thành phố Đồng Xoài\n  nguoi_ky: {thay_mat: CHỦ TỊCH, chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn Hùng}\n");
        assertEquals(List.of("nd30.ky.tm-tap-the"), ids(f));
        assertEquals("co_quan.nguoi_ky.thay_mat", f.get(0).field());
        assertEquals(9, f.get(0).line());
    }

    @Test
    void theCongressReportComesAfterTheCongress() throws Exception {
        String report = "  - loai: bao_cao_tong_ket\n    ngay: 15/03/2025\n    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH}\n"
                + "    noi_nhan: [UBND thành phố Đồng Xoài, \"Lưu: VT, VP\"]\n";
        List<Finding> f = check(write(dir, "bc.yaml", COMMUNE + report));
        assertEquals(List.of("chung.ngay.bao-cao-sau-su-kien"), ids(f));
        assertTrue(f.get(0).message().contains("15/03/2025") && f.get(0).message().contains("20/03/2025"), f.get(0).message());
        assertEquals(List.of(), ids(check(write(dir, "bc.yaml", COMMUNE + report.replace("15/03/2025", "25/03/2025")))));
    }

    @Test
    void anEventHeldInMemoryGetsItsLinesFromItsText() throws Exception {
        String text = CheckerTest.COMMUNE.replace("toi_da: 100", "toi_da: 250");
        Path nowhere = dir.resolve("chua-luu.yaml");
        var ev = vn.vanban.event.EventReader.parse(nowhere, text);
        List<Finding> f = Checker.check(ev, Checker.ruleSetsFor(ev, List.of("kh-293-binh-phuoc")), text);
        assertEquals(List.of("kh293.dai-bieu.xa"), ids(f));
        assertEquals(14, f.get(0).line());
        assertEquals(nowhere, f.get(0).file());
        assertEquals(0, Checker.check(ev, Checker.ruleSetsFor(ev, List.of("kh-293-binh-phuoc"))).get(0).line(), "no text, no file: no line");
    }

    @Test
    void theSameKeysUnderTamDuongsGuidance() throws Exception {
        String tamDuong = COMMUNE.replace("quy_tac: [kh-293-binh-phuoc]", "quy_tac: [hd-tam-duong]").replace("toi_da: 200", "toi_da: 100")
                .replace("    - {ho_ten: Đặng Văn Khoa, chuc_vu: Bí thư Đoàn xã}\n", "").replace("    - {ho_ten: Hồ Thị Nga, chuc_vu: Chủ tịch Hội Phụ nữ xã}\n", "");
        assertEquals(List.of(), ids(check(write(dir, "td.yaml", tamDuong))), "7 in the Đoàn Chủ tịch, 3 of them exemplars");
        assertEquals(List.of("tamduong.doan-chu-tich.dien-hinh"), ids(check(write(dir, "td.yaml",
                tamDuong.replace("Giáo viên trường Tiểu học, dien_hinh: true}", "Giáo viên trường Tiểu học}")))));
        assertEquals(List.of("tamduong.thoi-luong"), ids(check(write(dir, "td.yaml", tamDuong.replace("thoi_luong: ½ ngày", "thoi_luong: 2 buổi")))));
        assertEquals(List.of("tamduong.chuong-trinh.thoi-luong"), ids(check(write(dir, "td.yaml", tamDuong.replace("thoi_luong: 90", "thoi_luong: 141")))));
        assertEquals(List.of("tamduong.dai-bieu.danh-sach-ty-le"), ids(check(write(dir, "td.yaml",
                tamDuong.replace("{ho_ten: Đỗ Thị Hạnh, gioi_tinh: nu, nhom: dien_hinh}", "{ho_ten: Đỗ Thị Hạnh, gioi_tinh: nu, nhom: khach_moi}")))));
    }
}
