package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.cli.RenderCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.cli.RenderCommandTest.Run;

/** {@code vanban check} and the check inside {@code render}: reports, JSON, exit codes, and what is written. */
class CheckCommandTest {
    /** The cases in one commune file: 500 delegates, TM. CHỦ TỊCH, a plan dated after its event, TCVN3 text. */
    static String badCommune() throws Exception {
        return Files.readString(Path.of("examples/tam-duong-2024.yaml"))
                .replace("  ngay: 03/2025\n", "  ngay: 03/2025\n  dai_bieu: {toi_da: 500}\n")
                .replace("    ngay: 12/2024\n", "    ngay: 04/2025\n")
                .replace("    nguoi_ky:\n      thay_mat: ỦY BAN NHÂN DÂN\n      chuc_vu: CHỦ TỊCH", "    nguoi_ky:\n      thay_mat: CHỦ TỊCH\n      chuc_vu: CHỦ TỊCH")
                .replace("Trên đây là Tổ chức", "BiÓu d­¬ng ®iÓn h×nh tiªn tiÕn. Trên đây là Tổ chức");
    }

    @Test
    void theExamplesPassEveryBundledRuleSet() {
        for (String ex : List.of("examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml")) {
            Run r = run("check", ex, "--rules", "kh-293-binh-phuoc", "--rules", "hd-tam-duong");
            assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
            assertTrue(r.out().strip().equals(ex + ": every rule holds (44 rules of nd30, chung, kh-293-binh-phuoc, hd-tam-duong)."), r.out());
        }
    }

    @Test
    void aBrokenRuleExitsOneWithRuleLineSourceAndFix(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("xa-ban-bo.yaml");
        Files.writeString(bad, badCommune());
        Run r = run("check", bad.toString(), "-r", "hd-tam-duong");
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains(bad + ":18:22: su_kien.dai_bieu.toi_da: [tamduong.dai-bieu.xa] Hội nghị cấp xã có 500 đại biểu"), out);
        assertTrue(out.contains("  Nguồn: Hướng dẫn UBND huyện Tam Đường (12/2024), mục I.2\n  Cách sửa: Giảm số đại biểu"), out);
        assertTrue(out.contains("[chung.ngay.ke-hoach-truoc-su-kien] Văn bản ngày 04/2025 lại sau ngày tổ chức 03/2025"), out);
        assertTrue(out.contains("[nd30.ky.tm-tap-the] \"TM. CHỦ TỊCH\""), out);
        assertTrue(out.contains("[nd30.ma-chu.ma-cu] Chữ bị lỗi mã TCVN3: \"BiÓu d­¬ng ®iÓn h×nh tiªn tiÕn.\" (đọc là \"Biểu dương điển hình tiên tiến.\")"), out);
        assertTrue(out.strip().endsWith(bad + ": 4 findings (25 rules of nd30, chung, hd-tam-duong)."), out);
        assertEquals("", r.err());
    }

    @Test
    void jsonHasStableFieldNames(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("xa.yaml");
        Files.writeString(bad, badCommune());
        Run r = run("check", bad.toString(), "--json");
        assertEquals(ExitCode.FINDINGS, r.code());
        String json = r.out();
        assertTrue(json.startsWith("{\"files\": [{\"file\": " + FindingsReport.str(bad.toString()) + ", \"rule_sets\": [\"nd30\", \"chung\"],"), json);
        int line = List.of(badCommune().split("\n")).indexOf("      thay_mat: CHỦ TỊCH") + 1;
        assertTrue(json.contains("{\"rule\": \"nd30.ky.tm-tap-the\", \"rule_set\": \"nd30\", \"file\": " + FindingsReport.str(bad.toString())
                + ", \"line\": " + line + ", \"column\": 17, \"field\": \"van_ban[0].nguoi_ky.thay_mat\", \"message\": \"\\\"TM. CHỦ TỊCH\\\": TM. (thay mặt)"), json);
        assertTrue(json.contains("\"source\": \"NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.a\", \"fix\": "), json);
        assertTrue(json.strip().endsWith("\"findings\": 3, \"exit_code\": 1}"), json);
        assertEquals(run("check", bad.toString(), "--json").out(), json, "same input, same bytes");
    }

    @Test
    void unreadableInputExitsTwo(@TempDir Path dir) throws Exception {
        Run missing = run("check", dir.resolve("khong-co.yaml").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("khong-co.yaml: no such file"), missing.err());
        Run json = run("check", dir.resolve("khong-co.yaml").toString(), "--json");
        assertEquals(ExitCode.BAD_INPUT, json.code());
        assertTrue(json.out().contains("\"findings\": [],\n   \"errors\": [{\"file\": " + FindingsReport.str(dir.resolve("khong-co.yaml").toString())
                + ", \"line\": 0, \"column\": 0, \"field\": \"\", \"message\": \"no such file\""), json.out());
        assertTrue(json.out().strip().endsWith("\"findings\": 0, \"exit_code\": 2}"), json.out());
        Run noArgs = run("check");
        assertEquals(ExitCode.BAD_INPUT, noArgs.code());
        Run badSet = run("check", "examples/tam-duong-2024.yaml", "--rules", "khong-co");
        assertEquals(ExitCode.BAD_INPUT, badSet.code());
        assertTrue(badSet.err().contains("no rule set named \"khong-co\""), badSet.err());
        Path rules = dir.resolve("sai.yaml");
        Files.writeString(rules, "quy_tac:\n  - id: x\n    kieu: khong_co\n    thong_diep: a\n    nguon: b\n    cach_sua: c\n");
        Run badKind = run("check", "examples/tam-duong-2024.yaml", "--rules", rules.toString());
        assertEquals(ExitCode.BAD_INPUT, badKind.code());
        assertTrue(badKind.err().startsWith(rules + ":3:11: quy_tac[0].kieu: \"khong_co\" is not a rule kind"), badKind.err());
    }

    @Test
    void aDiemHoldingAMucIsRefusedByTheReaderWithItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("x.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/binh-phuoc-2025.yaml"))
                .replace("              - diem: Đối với tỉnh\n", "              - diem: Đối với tỉnh\n                con:\n                  - muc: MỤC LẠC CHỖ\n                    van_ban: Nội dung.\n"));
        Run r = run("check", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains(".con[0].muc: a muc cannot stand under a diem"), r.err());
    }

    @Test
    void listKinds() {
        Run r = run("check", "--list-kinds");
        assertEquals(ExitCode.OK, r.code());
        assertEquals(18, r.out().strip().split("\n").length);
        assertTrue(r.out().contains("hinh_thuc_ky: "), r.out());
    }

    @Test
    void renderPrintsFindingsExitsOneAndStillWrites(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("xa.yaml");
        Files.writeString(bad, badCommune());
        Path out = dir.resolve("out");
        Run r = run("render", bad.toString(), "-o", out.toString(), "-f", "txt");
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        assertTrue(r.err().contains("[nd30.ky.tm-tap-the]") && r.err().contains("written, with 3 findings"), r.err());
        assertTrue(Files.readString(out.resolve("xa-huong-dan.txt")).contains("TM. CHỦ TỊCH"));
        Path strictOut = dir.resolve("strict");
        Run s = run("render", bad.toString(), "-o", strictOut.toString(), "-f", "txt", "--strict");
        assertEquals(ExitCode.FINDINGS, s.code());
        assertTrue(s.err().contains("3 findings (--strict): nothing was written."), s.err());
        assertFalse(Files.exists(strictOut), "--strict writes nothing");
        Run ok = run("render", "examples/tam-duong-2024.yaml", "-o", dir.resolve("ok").toString(), "-f", "txt", "--strict");
        assertEquals(ExitCode.OK, ok.code(), ok.err());
    }
}
