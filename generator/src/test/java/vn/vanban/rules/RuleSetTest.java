package vn.vanban.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.rules.TestEvents.ids;
import static vn.vanban.rules.TestEvents.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.event.EventFile;
import vn.vanban.event.EventReader;
import vn.vanban.event.Problem;

/** Rule sets as data: the bundled ones load, a province adds its own without Java, and a bad one says where. */
class RuleSetTest {
    @TempDir
    Path dir;

    /** Lai Châu's own numbers, as its Sở Nội vụ would write them. */
    static final String LAI_CHAU = """
            ten: kh-2562-lai-chau
            mo_ta: Kế hoạch 2562/KH-UBND ngày 04/7/2024 của UBND tỉnh Lai Châu
            quy_tac:
              - id: laichau.dai-bieu.xa
                kieu: toi_da
                cap: [xa]
                thong_diep: "Hội nghị cấp {cap} có {gia_tri} đại biểu, tỉnh cho tối đa {gioi_han}."
                tham_so: {truong: su_kien.dai_bieu.toi_da, gia_tri: 80}
                nguon: Kế hoạch 2562/KH-UBND tỉnh Lai Châu, mục II.2
                cach_sua: "Giảm xuống {gioi_han} đại biểu."
            """;

    @Test
    void everyBundledSetLoadsWithSourcesAndFixes() throws Exception {
        int total = 0;
        for (String name : RuleSet.BUNDLED) {
            RuleSet s = RuleSet.bundled(name);
            assertEquals(name, s.name());
            assertTrue(!s.rules().isEmpty() && !s.description().isEmpty(), name);
            for (Rule r : s.rules()) {
                assertTrue(!r.source().isBlank() && !r.fix().isBlank() && !r.message().isBlank(), r.id());
                assertTrue(r.line() > 0, r.id());
            }
            total += s.rules().size();
        }
        assertEquals(RuleSet.kinds().size(), 18);
        assertTrue(total >= 40, "rules shipped: " + total);
    }

    @Test
    void aProvinceAddsItsOwnFileWithoutJava() throws Exception {
        Path rules = write(dir, "lai-chau.yaml", LAI_CHAU);
        Path event = write(dir, "xa.yaml", CheckerTest.COMMUNE);
        EventFile ev = EventReader.read(event);
        List<Finding> f = Checker.check(ev, Checker.ruleSetsFor(ev, List.of(rules.toString())));
        assertEquals(List.of("laichau.dai-bieu.xa"), ids(f));
        assertEquals("kh-2562-lai-chau", f.get(0).ruleSet());
        assertEquals("Hội nghị cấp xã có 100 đại biểu, tỉnh cho tối đa 80.", f.get(0).message());
        assertEquals("Kế hoạch 2562/KH-UBND tỉnh Lai Châu, mục II.2", f.get(0).source());
        assertEquals(14, f.get(0).line());
        assertEquals(List.of("nd30", "chung", "kh-2562-lai-chau"), Checker.ruleSetsFor(ev, List.of(rules.toString())).stream().map(RuleSet::name).toList());
    }

    @Test
    void anEventNamesItsProvincesSetByARelativePath() throws Exception {
        Files.createDirectories(dir.resolve("quy-tac"));
        write(dir.resolve("quy-tac"), "lai-chau.yaml", LAI_CHAU);
        write(dir.resolve("quy-tac"), "lai-chau-2.yaml", LAI_CHAU.replace("laichau.dai-bieu.xa", "laichau.dai-bieu.xa-2")
                .replace("gia_tri: 80", "gia_tri: 90"));
        Path event = write(dir, "xa.yaml", CheckerTest.COMMUNE.replace("vanban: 1\n", "vanban: 2\nquy_tac: [quy-tac/lai-chau.yaml]\n"));
        assertEquals(List.of("laichau.dai-bieu.xa"), ids(TestEvents.check(event)));
        Path folder = write(dir, "xa2.yaml", CheckerTest.COMMUNE.replace("vanban: 1\n", "vanban: 2\nquy_tac: [quy-tac]\n"));
        List<Finding> both = TestEvents.check(folder);
        assertEquals(List.of("laichau.dai-bieu.xa", "laichau.dai-bieu.xa-2"), ids(both).stream().sorted().toList());
        assertEquals("quy-tac", both.get(0).ruleSet(), "a folder is one set named after it");
    }

    @Test
    void aBadRuleSetNamesTheFileLineAndWhatToDo() throws Exception {
        assertProblem(LAI_CHAU.replace("kieu: toi_da", "kieu: toi_da_nhat"), 5, "quy_tac[0].kieu", "\"toi_da_nhat\" is not a rule kind", "toi_da");
        assertProblem(LAI_CHAU.replace("{gioi_han}.\"\n", "{so_luong}.\"\n"), 7, "quy_tac[0].thong_diep", "{so_luong} is not a placeholder of kind toi_da", "{gioi_han}");
        assertProblem(LAI_CHAU.replace("    nguon: Kế hoạch 2562/KH-UBND tỉnh Lai Châu, mục II.2\n", ""), 4, "quy_tac[0]", "nguon is missing", "Kế hoạch 293");
        assertProblem(LAI_CHAU.replace("gia_tri: 80", "gia_tri: tám mươi"), 8, "quy_tac[0].tham_so.gia_tri", "should be a whole number", "toi_da");
        assertProblem(LAI_CHAU.replace("gia_tri: 80", "gia_tri: 80, gioi_han: 90"), 8, "quy_tac[0].tham_so.gioi_han", "is not a parameter of kind toi_da", "theo_cap");
        assertProblem(LAI_CHAU.replace("cap: [xa]", "cap: [xã]"), 6, "quy_tac[0].cap", "\"xã\" is not one of tinh, xa", "[tinh]");
        assertProblem(LAI_CHAU.replace("    kieu: toi_da\n", "    kieu: toi_da\n    muc_do: cao\n"), 6, "quy_tac[0].muc_do", "unknown key", "nguon");
        assertProblem(LAI_CHAU.replace("mo_ta: Kế hoạch", "mo_ta: [Kế hoạch"), 3, "", "is not valid YAML", "indentation");
        assertProblem(LAI_CHAU.replace("    cap: [xa]\n", "    cap: [xa]\n    khi: {truong: su_kien.don_vi}\n"), 7, "quy_tac[0].khi.chua", "is missing", "Đồng Xoài");
    }

    private void assertProblem(String text, int line, String field, String message, String hint) throws Exception {
        Path p = write(dir, "sai.yaml", text);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(p));
        Problem x = e.problems().get(0);
        assertEquals(p, x.file());
        assertEquals(line, x.line(), x.format());
        assertEquals(field, x.field(), x.format());
        assertTrue(x.message().contains(message), x.format());
        assertTrue(x.hint().contains(hint), x.format());
    }

    @Test
    void unknownNamesAndClashingIdsAreRefused() throws Exception {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.resolve("kh-999-khong-co", dir));
        assertTrue(e.problems().get(0).message().contains("no rule set named \"kh-999-khong-co\""), e.getMessage());
        assertTrue(e.problems().get(0).hint().contains("nd30, chung, kh-293-binh-phuoc, hd-tam-duong"), e.getMessage());
        RuleSetException missing = assertThrows(RuleSetException.class, () -> RuleSet.resolve("quy-tac/khong-co.yaml", dir));
        assertTrue(missing.getMessage().contains("no such rule set file"), missing.getMessage());
        Path clash = write(dir, "trung.yaml", LAI_CHAU.replace("laichau.dai-bieu.xa", "nd30.noi-nhan.luu"));
        EventFile ev = EventReader.read(write(dir, "xa.yaml", CheckerTest.COMMUNE));
        RuleSetException dup = assertThrows(RuleSetException.class, () -> Checker.ruleSetsFor(ev, List.of(clash.toString())));
        assertTrue(dup.getMessage().contains("rule id nd30.noi-nhan.luu of rule set kh-2562-lai-chau is also in another rule set"), dup.getMessage());
    }

    @Test
    void limitsAndDeadlinesByLevelInOneRule() throws Exception {
        Path rules = write(dir, "theo-cap.yaml", """
                ten: theo-cap
                quy_tac:
                  - id: tc.dai-bieu
                    kieu: toi_da
                    thong_diep: "Cấp {cap}: {gia_tri} đại biểu, tối đa {gioi_han}."
                    tham_so: {truong: [su_kien.dai_bieu.toi_da], theo_cap: {xa: 90, tinh: 400}}
                    nguon: Kế hoạch thử, mục 1
                    cach_sua: "Tối đa {gioi_han}."
                  - id: tc.thoi-han
                    kieu: han_chot
                    thong_diep: "Cấp {cap} tổ chức {gia_tri}, hạn {han}."
                    tham_so: {truong: su_kien.ngay, theo_cap: {xa: Quý IV/2024, tinh: 12/2025}}
                    nguon: Kế hoạch thử, mục 2
                    cach_sua: "Tổ chức {han}."
                """);
        EventFile ev = EventReader.read(write(dir, "xa.yaml", CheckerTest.COMMUNE));
        List<Finding> f = Checker.check(ev, Checker.ruleSetsFor(ev, List.of(rules.toString())));
        assertEquals(List.of("tc.thoi-han", "tc.dai-bieu"), ids(f));
        assertEquals("Cấp xã tổ chức 20/01/2025, hạn Quý IV/2024.", f.get(0).message());
        assertEquals("Cấp xã: 100 đại biểu, tối đa 90.", f.get(1).message());
        EventFile tinh = EventReader.read(write(dir, "tinh.yaml", CheckerTest.COMMUNE.replace("cap: xa", "cap: tinh")));
        assertEquals(List.of(), ids(Checker.check(tinh, Checker.ruleSetsFor(tinh, List.of(rules.toString())))));
        EventFile huyen = EventReader.read(write(dir, "huyen.yaml", CheckerTest.COMMUNE.replace("cap: xa", "cap: huyen").replace("toi_da: 100", "toi_da: 999")));
        assertEquals(List.of(), ids(Checker.check(huyen, Checker.ruleSetsFor(huyen, List.of(rules.toString())))), "no value for the level: the rule says nothing");
    }
}
