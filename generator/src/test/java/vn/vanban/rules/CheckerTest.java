package vn.vanban.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.rules.TestEvents.check;
import static vn.vanban.rules.TestEvents.ids;
import static vn.vanban.rules.TestEvents.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule over today's event keys, broken once and kept once, in a commune's event file as its officer
 * would write it (the seeds' Bản Bo / Tam Đường setting). The kept file breaks no rule of any bundled set.
 */
class CheckerTest {
    static final String[] ALL = {"kh-293-binh-phuoc", "hd-tam-duong"};

    /** A commune Hội nghị that keeps every rule of nd30, chung, kh-293-binh-phuoc and hd-tam-duong. */
    static final String COMMUNE = """
            vanban: 1
            co_quan:
              ten: Ủy ban nhân dân xã Bản Bo
              ten_in_hoa: [ỦY BAN NHÂN DÂN, XÃ BẢN BO]
              viet_tat: UBND
              dia_danh: Bản Bo
            su_kien:
              cap: xa
              hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến
              don_vi: xã Bản Bo
              lan_thu: 2
              giai_doan: {tu: 2025, den: 2030}
              ngay: 20/01/2025
              dai_bieu: {toi_da: 100, du_kien: 90, ty_le_dien_hinh: 70, ty_le_khach_moi: 30}
              chuong_trinh:
                - noi_dung: Tuyên bố lý do, giới thiệu đại biểu
                - noi_dung: Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025
            van_ban:
              - loai: ke_hoach
                so: 5
                ngay: 02/01/2025
                mo_dau: |
                  Thực hiện Hướng dẫn số 1450/HD-UBND ngày 10/12/2024 của UBND huyện Tam Đường, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
                noi_dung:
                  - muc: MỤC ĐÍCH, YÊU CẦU
                    van_ban: |
                      1. Đánh giá kết quả phong trào thi đua yêu nước giai đoạn 2020 - 2025.
                      2. Biểu dương các điển hình tiên tiến.
                  - muc: NỘI DUNG
                    con:
                      - khoan: Thời gian, địa điểm
                        van_ban: |
                          a) Thời gian: ½ ngày, ngày 20/01/2025.
                          b) Địa điểm: Hội trường Ủy ban nhân dân xã.
                nguoi_ky:
                  thay_mat: ỦY BAN NHÂN DÂN
                  hinh_thuc: KT
                  thu_truong: CHỦ TỊCH
                  chuc_vu: PHÓ CHỦ TỊCH
                  ho_ten: Lò Văn Páo
                noi_nhan:
                  - UBND huyện Tam Đường
                  - Phòng Nội vụ huyện
                  - "Lưu: VT, VP"
            """;

    @TempDir
    Path dir;

    List<Finding> checkCommune(String from, String to, String... sets) throws Exception {
        assertTrue(COMMUNE.contains(from), "the test edits text that is there: " + from);
        return check(write(dir, "xa-ban-bo.yaml", COMMUNE.replace(from, to)), sets.length == 0 ? ALL : sets);
    }

    @Test
    void theCommuneKeepsEveryRule() throws Exception {
        List<Finding> f = check(write(dir, "xa-ban-bo.yaml", COMMUNE), ALL);
        assertEquals(List.of(), f);
    }

    @Test
    void fiveHundredDelegatesAtACommuneBreakBothPlansCapsWithTheLine() throws Exception {
        List<Finding> f = checkCommune("toi_da: 100", "toi_da: 500");
        assertEquals(List.of("kh293.dai-bieu.xa", "tamduong.dai-bieu.xa"), ids(f));
        Finding kh = f.get(0);
        assertEquals(14, kh.line(), "the line of dai_bieu's toi_da");
        assertEquals("su_kien.dai_bieu.toi_da", kh.field());
        assertTrue(kh.message().contains("500 đại biểu") && kh.message().contains("tối đa 200"), kh.message());
        assertEquals("Kế hoạch 293/KH-UBND, mục II.3.a", kh.source());
        assertTrue(kh.fix().contains("200"), kh.fix());
        assertTrue(f.get(1).message().contains("không quá 100"), f.get(1).message());
        assertEquals(dir.resolve("xa-ban-bo.yaml"), kh.file());
    }

    @Test
    void aCapHoldsOnlyForItsLevelAndPlan() throws Exception {
        assertEquals(List.of("tamduong.dai-bieu.xa"), ids(checkCommune("toi_da: 100", "toi_da: 150")));
        assertEquals(List.of(), ids(checkCommune("toi_da: 100", "toi_da: 150", "kh-293-binh-phuoc")));
        assertEquals(List.of("kh293.dai-bieu.xa"), ids(checkCommune("toi_da: 100", "toi_da: 201", "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(checkCommune("toi_da: 100", "toi_da: 200", "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(checkCommune("cap: xa\n  hinh_thuc: Hội nghị", "cap: huyen\n  hinh_thuc: Hội nghị")
                .stream().filter(x -> x.ruleId().contains("dai-bieu")).toList()));
    }

    @Test
    void capsByLevelOfKeHoach293() throws Exception {
        String huyen = "cap: huyen\n  hinh_thuc: Đại hội Thi đua yêu nước";
        assertEquals(List.of("kh293.dai-bieu.huyen"), ids(checkCommuneAt(huyen, "toi_da: 100", "toi_da: 301")));
        assertEquals(List.of(), ids(checkCommuneAt(huyen, "toi_da: 100", "toi_da: 300")));
        String so = "cap: so_nganh\n  hinh_thuc: Hội nghị";
        assertEquals(List.of("kh293.dai-bieu.so-nganh"), ids(checkCommuneAt(so, "toi_da: 100", "toi_da: 310")));
        assertEquals(List.of(), ids(checkCommuneAt(so, "toi_da: 100", "toi_da: 300")));
        String tinh = "cap: tinh\n  hinh_thuc: Đại hội Thi đua yêu nước";
        assertEquals(List.of("kh293.dai-bieu.tinh"), ids(checkCommuneAt(tinh, "toi_da: 100", "toi_da: 501")));
        assertEquals(List.of(), ids(checkCommuneAt(tinh, "toi_da: 100", "toi_da: 500")));
    }

    private List<Finding> checkCommuneAt(String level, String from, String to) throws Exception {
        String text = COMMUNE.replace("cap: xa\n  hinh_thuc: Hội nghị", level).replace(from, to);
        return check(write(dir, "su-kien.yaml", text), "kh-293-binh-phuoc");
    }

    @Test
    void theSeventyThirtyMix() throws Exception {
        List<Finding> f = checkCommune("ty_le_dien_hinh: 70, ty_le_khach_moi: 30", "ty_le_dien_hinh: 60, ty_le_khach_moi: 40");
        assertEquals(List.of("kh293.dai-bieu.ty-le", "tamduong.dai-bieu.ty-le"), ids(f));
        assertTrue(f.get(0).message().contains("60%") && f.get(0).message().contains("70% / 30%"), f.get(0).message());
        assertEquals("su_kien.dai_bieu.ty_le_dien_hinh", f.get(0).field());
        assertEquals(List.of(), ids(checkCommune("ty_le_dien_hinh: 70, ty_le_khach_moi: 30", "ty_le_dien_hinh: 80, ty_le_khach_moi: 20")),
                "more exemplars than the plan's 70 % is allowed (so_sanh: toi_thieu)");
    }

    @Test
    void chaoCoOnlyAtADaiHoi() throws Exception {
        String withFlag = "chuong_trinh:\n    - noi_dung: Chào cờ\n";
        List<Finding> f = checkCommune("chuong_trinh:\n", withFlag);
        assertEquals(List.of("chung.chuong-trinh.chao-co"), ids(f));
        assertTrue(f.get(0).message().contains("Hội nghị") && f.get(0).message().contains("\"Chào cờ\""), f.get(0).message());
        assertEquals("su_kien.chuong_trinh[0].noi_dung", f.get(0).field());
        String daiHoi = COMMUNE.replace("hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến", "hinh_thuc: Đại hội Thi đua yêu nước")
                .replace("chuong_trinh:\n", withFlag);
        assertEquals(List.of(), ids(check(write(dir, "dai-hoi.yaml", daiHoi), ALL)));
    }

    @Test
    void typeAbbreviationOfACitedDocument() throws Exception {
        List<Finding> f = checkCommune("Hướng dẫn số 1450/HD-UBND", "Hướng dẫn số 1450/KH-UBND");
        assertEquals(List.of("nd30.ky-hieu.loai"), ids(f));
        assertEquals("van_ban[0].mo_dau", f.get(0).field());
        assertTrue(f.get(0).message().contains("Hướng dẫn viết tắt là HD, không phải KH"), f.get(0).message());
        assertTrue(f.get(0).source().contains("Phụ lục III"), f.get(0).source());
        assertEquals(List.of(), ids(checkCommune("Hướng dẫn số 1450/HD-UBND", "Quy định số 14/QyĐ-UBND")));
    }

    @Test
    void tmBeforeAPersonsTitle() throws Exception {
        List<Finding> f = checkCommune("      thay_mat: ỦY BAN NHÂN DÂN\n      hinh_thuc: KT\n      thu_truong: CHỦ TỊCH\n      chuc_vu: PHÓ CHỦ TỊCH\n",
                "      thay_mat: CHỦ TỊCH\n      chuc_vu: CHỦ TỊCH\n");
        assertEquals(List.of("nd30.ky.tm-tap-the"), ids(f));
        assertTrue(f.get(0).message().startsWith("\"TM. CHỦ TỊCH\""), f.get(0).message());
        assertEquals("van_ban[0].nguoi_ky.thay_mat", f.get(0).field());
        assertEquals(List.of(), ids(checkCommune("      hinh_thuc: KT\n      thu_truong: CHỦ TỊCH\n      chuc_vu: PHÓ CHỦ TỊCH\n",
                "      chuc_vu: CHỦ TỊCH\n")), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH: the head signing");
    }

    @Test
    void ktSignedByTheHeadHimself() throws Exception {
        List<Finding> f = checkCommune("chuc_vu: PHÓ CHỦ TỊCH", "chuc_vu: CHỦ TỊCH");
        assertEquals(List.of("nd30.ky.kt-cap-pho"), ids(f));
        assertTrue(f.get(0).message().contains("\"KT. CHỦ TỊCH\" do \"CHỦ TỊCH\" ký"), f.get(0).message());
        assertEquals(List.of("nd30.ky.kt-cap-pho"), ids(checkCommune("chuc_vu: PHÓ CHỦ TỊCH", "chuc_vu: CHÁNH VĂN PHÒNG")));
    }

    @Test
    void noTmWithTl() throws Exception {
        List<Finding> f = checkCommune("hinh_thuc: KT\n      thu_truong: CHỦ TỊCH\n      chuc_vu: PHÓ CHỦ TỊCH",
                "hinh_thuc: TL\n      thu_truong: CHỦ TỊCH\n      chuc_vu: CHÁNH VĂN PHÒNG");
        assertEquals(List.of("nd30.ky.tm-khong-tl"), ids(f));
        assertEquals(List.of(), ids(checkCommune("thay_mat: ỦY BAN NHÂN DÂN\n      hinh_thuc: KT\n      thu_truong: CHỦ TỊCH\n      chuc_vu: PHÓ CHỦ TỊCH",
                "hinh_thuc: TL\n      thu_truong: CHỦ TỊCH\n      chuc_vu: CHÁNH VĂN PHÒNG")));
    }

    @Test
    void aDraftCarriesNoNumber() throws Exception {
        List<Finding> f = checkCommune("so: 5\n", "so: 5\n    du_thao: true\n");
        assertEquals(List.of("nd30.du-thao.so"), ids(f));
        assertEquals("van_ban[0].so", f.get(0).field());
        assertEquals(20, f.get(0).line());
        assertEquals(List.of(), ids(checkCommune("so: 5\n    ngay: 02/01/2025\n", "du_thao: true\n    ngay: 01/2025\n")));
    }

    @Test
    void anOutlineOnlyGoesDown() throws Exception {
        List<Finding> f = checkCommune("b) Địa điểm: Hội trường Ủy ban nhân dân xã.", "b) Địa điểm: Hội trường Ủy ban nhân dân xã.\n              1. Một khoản lạc vào trong khoản.");
        assertEquals(List.of("nd30.bo-cuc.chi-xuong"), ids(f));
        assertTrue(f.get(0).message().contains("Khoản \"Thời gian, địa điểm\" chứa Khoản \"1. Một khoản"), f.get(0).message());
        String khoan = "          - khoan: Thời gian, địa điểm\n            van_ban: |\n              a) Thời gian: ½ ngày, ngày 20/01/2025.\n"
                + "              b) Địa điểm: Hội trường Ủy ban nhân dân xã.\n";
        String diemHoldingMuc = "          - khoan: Thời gian, địa điểm\n            con:\n              - diem: Đối với thôn Nà Đon\n"
                + "                van_ban: |\n                  I. KẾ HOẠCH CỦA THÔN\n";
        List<Finding> g = checkCommune(khoan, diemHoldingMuc);
        assertEquals(List.of("nd30.bo-cuc.chi-xuong"), ids(g));
        assertTrue(g.get(0).message().startsWith("Điểm \"Đối với thôn Nà Đon\" chứa Mục \"I. KẾ HOẠCH CỦA THÔN\""), g.get(0).message());
        assertEquals("van_ban[0].noi_dung[1].con[0].con[0].van_ban", g.get(0).field());
        assertEquals(List.of(), ids(checkCommune(khoan, diemHoldingMuc.replace("I. KẾ HOẠCH CỦA THÔN", "- Thôn lập kế hoạch riêng."))));
    }

    @Test
    void anEmptyPlanBodyAndAnEmptySection() throws Exception {
        String body = COMMUNE.substring(COMMUNE.indexOf("    noi_dung:"), COMMUNE.indexOf("    nguoi_ky:"));
        List<Finding> f = checkCommune(body, "");
        assertEquals(List.of("nd30.bo-cuc.than-van-ban"), ids(f));
        assertTrue(f.get(0).message().contains("thân văn bản trống"), f.get(0).message());
        List<Finding> g = checkCommune("  - muc: NỘI DUNG\n", "  - muc: KINH PHÍ\n      - muc: NỘI DUNG\n");
        assertEquals(List.of("nd30.bo-cuc.muc-trong"), ids(g));
        assertTrue(g.get(0).message().startsWith("Mục \"KINH PHÍ\" chỉ có tên"), g.get(0).message());
    }

    @Test
    void noiNhanEndsWithLuu() throws Exception {
        List<Finding> f = checkCommune("- \"Lưu: VT, VP\"", "- Lưu VT");
        assertEquals(List.of("nd30.noi-nhan.luu"), ids(f));
        assertEquals("van_ban[0].noi_nhan[2]", f.get(0).field());
        assertEquals(List.of("nd30.noi-nhan.luu"), ids(checkCommune("- \"Lưu: VT, VP\"", "- \"Lưu: VT, VP\"\n      - Chủ tịch UBND xã")));
        assertEquals(List.of(), ids(checkCommune("- \"Lưu: VT, VP\"", "- \"Lưu: VT, VP(02)\"")));
    }

    @Test
    void tcvn3AndVniMojibakeInAnyTextField() throws Exception {
        List<Finding> f = checkCommune("2. Biểu dương các điển hình tiên tiến.", "2. BiÓu d­¬ng c¸c ®iÓn h×nh tiªn tiÕn.");
        assertEquals(List.of("nd30.ma-chu.ma-cu"), ids(f));
        assertTrue(f.get(0).message().contains("TCVN3") && f.get(0).message().contains("Biểu dương các điển hình tiên tiến"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("./vanban text convert --from tcvn3"), f.get(0).fix());
        List<Finding> g = checkCommune("ho_ten: Lò Văn Páo", "ho_ten: Loø Vaên Paùo");
        assertEquals(List.of("nd30.ma-chu.ma-cu"), ids(g));
        assertTrue(g.get(0).message().contains("VNI"), g.get(0).message());
        assertEquals("van_ban[0].nguoi_ky.ho_ten", g.get(0).field());
    }

    @Test
    void bothSeedsAsTextRaiseNoMojibakeNorCitationFinding() throws Exception {
        Path seeds = Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds") : Path.of("../../shared/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "the seeds are in ../shared/seeds");
        for (Path seed : List.of(seeds.resolve("000_edbb3b7d6840bac0.txt"), seeds.resolve("004_174573bcbe742f54.txt"))) {
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(seed)) {
                if (!line.isBlank()) {
                    text.append("      ").append(line.strip().replace("\t", " ")).append("\n\n");
                }
            }
            List<Finding> f = checkCommune("    mo_dau: |\n      Thực hiện Hướng dẫn số 1450/HD-UBND ngày 10/12/2024 của UBND huyện Tam Đường, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n",
                    "    mo_dau: |\n" + text);
            assertEquals(List.of(), ids(f), seed.toString());
        }
    }

    @Test
    void deadlinesByLevel() throws Exception {
        // xã Nà Tăm, not the pilot Bản Bo, whose own deadline is tested below
        List<Finding> f = checkNaTam("ngay: 20/01/2025\n  dai_bieu", "ngay: 15/04/2025\n  dai_bieu");
        assertEquals(List.of("kh293.thoi-han.xa", "tamduong.thoi-han"), ids(f));
        assertTrue(f.get(0).message().contains("15/04/2025") && f.get(0).message().contains("trước 31/03/2025"), f.get(0).message());
        assertEquals(List.of("kh293.thoi-han.xa"), ids(checkNaTam("ngay: 20/01/2025\n  dai_bieu", "ngay: 31/03/2025\n  dai_bieu")),
                "\"trước ngày 31/3\" excludes the 31st; Quý I includes it");
        assertEquals(List.of(), ids(checkNaTam("ngay: 20/01/2025\n  dai_bieu", "ngay: 03/2025\n  dai_bieu")),
                "a month that may still be on time is not a finding");
        assertEquals(List.of("kh293.thoi-han.xa", "tamduong.thoi-han"), ids(checkNaTam("ngay: 20/01/2025\n  dai_bieu", "ngay: 04/2025\n  dai_bieu")));
        String huyen = COMMUNE.replace("cap: xa\n  hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến", "cap: huyen\n  hinh_thuc: Đại hội Thi đua yêu nước");
        assertEquals(List.of("kh293.thoi-han.huyen"), ids(check(write(dir, "huyen.yaml", huyen.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 30/06/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(check(write(dir, "huyen.yaml", huyen.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 29/06/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
        String so = COMMUNE.replace("cap: xa\n  hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến", "cap: so_nganh\n  hinh_thuc: Hội nghị điển hình tiên tiến");
        assertEquals(List.of("kh293.thoi-han.so-nganh"), ids(check(write(dir, "so.yaml", so.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 07/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(check(write(dir, "so.yaml", so.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 06/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
        String tinh = COMMUNE.replace("cap: xa\n  hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến", "cap: tinh\n  hinh_thuc: Đại hội Thi đua yêu nước");
        assertEquals(List.of("kh293.thoi-han.tinh"), ids(check(write(dir, "tinh.yaml", tinh.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 10/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(check(write(dir, "tinh.yaml", tinh.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 30/09/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
    }

    private List<Finding> checkNaTam(String from, String to) throws Exception {
        assertTrue(COMMUNE.contains(from), from);
        return check(write(dir, "xa-na-tam.yaml", COMMUNE.replace("Bản Bo", "Nà Tăm").replace("BẢN BO", "NÀ TĂM").replace(from, to)), ALL);
    }

    @Test
    void aPlanDatedAfterItsOwnEvent() throws Exception {
        List<Finding> f = checkCommune("ngay: 02/01/2025\n    mo_dau", "ngay: 25/01/2025\n    mo_dau");
        assertTrue(ids(f).contains("chung.ngay.ke-hoach-truoc-su-kien"), ids(f).toString());
        Finding x = f.stream().filter(y -> y.ruleId().equals("chung.ngay.ke-hoach-truoc-su-kien")).findFirst().orElseThrow();
        assertTrue(x.message().contains("25/01/2025") && x.message().contains("20/01/2025"), x.message());
        assertEquals("van_ban[0].ngay", x.field());
        assertEquals(List.of("chung.ngay.ke-hoach-truoc-su-kien"), ids(check(write(dir, "x.yaml",
                COMMUNE.replace("ngay: 02/01/2025\n    mo_dau", "ngay: 25/01/2025\n    mo_dau")))), "chung applies without naming it");
    }

    @Test
    void documentsToPhongNoiVuFifteenDaysBefore() throws Exception {
        List<Finding> f = checkCommune("ngay: 02/01/2025\n    mo_dau", "ngay: 10/01/2025\n    mo_dau");
        assertEquals(List.of("tamduong.gui-truoc-15-ngay"), ids(f));
        assertTrue(f.get(0).message().contains("10 ngày") && f.get(0).message().contains("15 ngày"), f.get(0).message());
        assertEquals(List.of(), ids(checkCommune("ngay: 02/01/2025\n    mo_dau", "ngay: 05/01/2025\n    mo_dau")), "exactly 15 days");
        assertFalse(ids(checkCommune("ngay: 02/01/2025\n    mo_dau", "ngay: 06/01/2025\n    mo_dau")).isEmpty());
    }

    @Test
    void aPilotUnitsEarlierDeadlineAppliesOnlyToThatUnit() throws Exception {
        List<Finding> f = checkCommune("ngay: 20/01/2025\n  dai_bieu", "ngay: 10/02/2025\n  dai_bieu");
        assertEquals(List.of("tamduong.thoi-han.ban-bo"), ids(f), "xã Bản Bo's pilot is due in 01/2025");
        assertTrue(f.get(0).source().contains("mục I.3") && f.get(0).message().contains("10/02/2025"), f.get(0).message());
        List<Finding> other = check(write(dir, "xa-khac.yaml", COMMUNE.replace("Bản Bo", "Nà Tăm").replace("BẢN BO", "NÀ TĂM")
                .replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 10/02/2025\n  dai_bieu").replace("ngay: 02/01/2025", "ngay: 20/01/2025")), ALL);
        assertEquals(List.of(), ids(other), "another commune has until the end of Quý I");
        String huyen = COMMUNE.replace("cap: xa\n  hinh_thuc: Hội nghị tuyên dương điển hình tiên tiến\n  don_vi: xã Bản Bo",
                "cap: huyen\n  hinh_thuc: Đại hội Thi đua yêu nước\n  don_vi: thành phố Đồng Xoài");
        assertEquals(List.of("kh293.thoi-han.dai-hoi-diem"), ids(check(write(dir, "dx.yaml", huyen.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 15/04/2025\n  dai_bieu")
                .replace("ngay: 02/01/2025", "ngay: 20/03/2025")), "kh-293-binh-phuoc")));
        assertEquals(List.of(), ids(check(write(dir, "dx.yaml", huyen.replace("ngay: 20/01/2025\n  dai_bieu", "ngay: 25/03/2025\n  dai_bieu")), "kh-293-binh-phuoc")));
    }
}
