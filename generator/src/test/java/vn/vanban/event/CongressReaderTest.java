package vn.vanban.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The kit's keys typed and checked: every bad value reported with its file, line and field. */
class CongressReaderTest {
    static final Path EXAMPLE = Path.of("examples/tan-hop-2025.yaml");

    static String example() throws Exception {
        return Files.readString(EXAMPLE);
    }

    /** The problems of a changed example, formatted as the CLI prints them. */
    static List<String> problems(String text) {
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.parse(Path.of("x.yaml"), text));
        return e.problems().stream().map(Problem::format).toList();
    }

    static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void readsTheTypedCongress() throws Exception {
        Congress c = EventReader.read(EXAMPLE).congress();
        assertEquals(Congress.Form.HOI_NGHI, c.form());
        assertEquals("Hội nghị điển hình tiên tiến xã Tân Hợp lần thứ I", c.name());
        assertEquals(5, c.delegates().size());
        assertEquals(Delegate.Group.KHACH_MOI, c.delegates().get(3).group());
        assertEquals(java.time.LocalTime.of(7, 30), c.time());
        assertEquals(9, c.council().members());
        assertEquals(50, c.proposals().get(0).threshold());
        assertEquals(80, CongressReader.defaultThreshold("Chiến sĩ thi đua cơ sở"));
        assertEquals(90, CongressReader.defaultThreshold("Chiến sĩ thi đua cấp tỉnh"));
        assertEquals(90, CongressReader.defaultThreshold("Danh hiệu Anh hùng Lao động"));
        assertEquals(80, CongressReader.defaultThreshold("Cờ thi đua của Ủy ban nhân dân tỉnh"));
    }

    @Test
    void theFormIsDerivedWhenNotGiven() throws Exception {
        String t = example().replace("  hinh_thuc_loai: hoi_nghi\n", "");
        assertEquals(Congress.Form.HOI_NGHI, EventReader.parse(Path.of("x.yaml"), t).congress().form(), "xa defaults to a Hội nghị");
        String tinh = t.replace("cap: xa", "cap: tinh");
        assertEquals(Congress.Form.DAI_HOI, EventReader.parse(Path.of("x.yaml"), tinh).congress().form(), "tinh defaults to a Đại hội");
        List<String> p = problems(example().replace("\n  don_vi: xã Tân Hợp\n", "\n  hinh_thuc: Đại hội Thi đua yêu nước\n  don_vi: xã Tân Hợp\n"));
        assertTrue(p.get(0).contains("su_kien.hinh_thuc_loai: hoi_nghi contradicts hinh_thuc"), p.toString());
    }

    @Test
    void badTimesVotesAndCountsNameTheirLine() throws Exception {
        String t = example().replace("gio: \"07:30\"", "gio: \"25:00\"");
        List<String> p = problems(t);
        assertTrue(p.get(0).startsWith("x.yaml:" + lineOf(t, "gio: \"25:00\"") + ":"), p.toString());
        assertTrue(p.get(0).contains("su_kien.gio: \"25:00\" is not a time of day"), p.toString());
        assertTrue(p.get(0).contains("HH:MM"), p.toString());

        p = problems(example().replace("  co_mat: 8\n", "  co_mat: 10\n"));
        assertTrue(p.stream().anyMatch(s -> s.contains("hoi_dong.co_mat: 10 members present, but the council has 9")), p.toString());

        p = problems(example().replace("dong_y: 9", "dong_y: 12"));
        assertTrue(p.stream().anyMatch(s -> s.contains("de_nghi_khen_thuong[0].dong_y: 12 votes in favour, but only 9 members voted")), p.toString());

        t = example().replace("thoi_luong: 15, thuc_hien: Đội văn nghệ", "thoi_luong: 15, ket_thuc: \"08:00\", thuc_hien: Đội văn nghệ");
        p = problems(t);
        assertTrue(p.get(0).contains("su_kien.chuong_trinh[1].ket_thuc: both thoi_luong and ket_thuc are given"), p.toString());
    }

    @Test
    void chaoCoInAHoiNghiAgendaIsRefused() throws Exception {
        String t = example().replace("    - {noi_dung: Văn nghệ chào mừng,", "    - {noi_dung: Chào cờ, thoi_luong: 5}\n    - {noi_dung: Văn nghệ chào mừng,");
        List<String> p = problems(t);
        assertTrue(p.get(0).contains("su_kien.chuong_trinh[1].noi_dung: \"Chào cờ\" belongs to a Đại hội"), p.toString());
        assertTrue(p.get(0).startsWith("x.yaml:" + lineOf(t, "Chào cờ") + ":"), p.toString());
    }

    @Test
    void version2NeedsASignerAndTheUpperBodyVersion1NeedsItsDocuments() throws Exception {
        List<String> p = problems(example().replace("  nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: Hoàng Văn Thắng}\n", ""));
        assertTrue(p.stream().anyMatch(s -> s.contains("co_quan.nguoi_ky: is missing")), p.toString());
        p = problems(example().replace("  cap_tren: Ủy ban nhân dân tỉnh Lào Cai\n", ""));
        assertTrue(p.stream().anyMatch(s -> s.contains("co_quan.cap_tren: is missing: the Báo cáo and the Tờ trình need it")), p.toString());
        p = problems(example().replace("vanban: 2", "vanban: 1"));
        assertTrue(p.stream().anyMatch(s -> s.contains("van_ban: is missing") && s.contains("vanban: 2")), p.toString());
    }

    @Test
    void aDelegateWorkbookBesideTheEventFileAddsItsDelegates(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<vn.vanban.event.Delegate> people = List.of(
                new vn.vanban.event.Delegate("Lò Thị Mai", 1988, vn.vanban.event.Delegate.Sex.NU, "Thái", "Trưởng thôn",
                        "thôn Nà Sản", vn.vanban.event.Delegate.Group.DIEN_HINH, null, null, true, true, null, null),
                new vn.vanban.event.Delegate("Vàng A Sử", 1975, vn.vanban.event.Delegate.Sex.NAM, "Mông", "Chủ nhiệm HTX",
                        "HTX Chè Tà Xùa", vn.vanban.event.Delegate.Group.DIEN_HINH, null, null, false, true, null, null));
        try (var out = Files.newOutputStream(dir.resolve("dai-bieu.xlsx"))) {
            vn.vanban.event.delegates.DelegateWorkbook.write(people, out);
        }
        Path event = dir.resolve("su-kien.yaml");
        Files.writeString(event, example().replace("    du_kien: 90\n", "    du_kien: 90\n    tep: dai-bieu.xlsx\n"));
        EventFile ev = EventReader.read(event);
        List<String> names = ev.congress().delegates().stream().map(vn.vanban.event.Delegate::name).toList();
        assertTrue(names.contains("Lò Thị Mai") && names.contains("Vàng A Sử"), names.toString());
        String kit = vn.vanban.render.text.PlainTextRenderer.render(vn.vanban.Vanban.builder().build()
                .kit(ev, java.util.Set.of(vn.vanban.Format.TXT)).stream()
                .filter(d -> d.spec().kind().key().equals("danh_sach_dai_bieu")).findFirst().orElseThrow().model());
        assertTrue(kit.contains("Vàng A Sử") && kit.contains("Lò Thị Mai"), kit);
    }

    @Test
    void aBadWorkbookRowIsNamedBySheetRowAndColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<vn.vanban.event.Delegate> people = List.of(new vn.vanban.event.Delegate("Lò Thị Mai", 1988,
                vn.vanban.event.Delegate.Sex.NU, "Thái", null, null, vn.vanban.event.Delegate.Group.DIEN_HINH, null, null,
                false, false, null, null));
        try (var out = Files.newOutputStream(dir.resolve("dai-bieu.xlsx"))) {
            vn.vanban.event.delegates.DelegateWorkbook.write(people, out);
        }
        // Break the year cell with POI, as an officer typing "19a8" would.
        Path book = dir.resolve("dai-bieu.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(book))) {
            var sheet = wb.getSheetAt(0);
            var header = sheet.getRow(0);
            int year = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().startsWith("Năm sinh")) {
                    year = cell.getColumnIndex();
                }
            }
            sheet.getRow(1).getCell(year, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("19a8");
            try (var out = Files.newOutputStream(dir.resolve("sai.xlsx"))) {
                wb.write(out);
            }
        }
        Path event = dir.resolve("su-kien.yaml");
        Files.writeString(event, example().replace("    du_kien: 90\n", "    du_kien: 90\n    tep: sai.xlsx\n"));
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(event));
        String msg = e.problems().stream().map(Problem::format).toList().toString();
        assertTrue(msg.contains("su_kien.dai_bieu.tep") && msg.contains("row 2") && msg.contains("19a8"), msg);
    }

    @Test
    void anUnknownSectionIdIsReportedWithTheIdsThereAre() throws Exception {
        String t = example() + "van_ban:\n  - loai: ke_hoach\n    muc_rieng:\n      - {ma: kinh_phii, bo: true}\n";
        EventFile ev = EventReader.parse(Path.of("x.yaml"), t);
        vn.vanban.Vanban v = vn.vanban.Vanban.builder().build();
        EventFileException e = assertThrows(EventFileException.class, () -> v.kit(ev, java.util.Set.of(vn.vanban.Format.TXT)));
        String msg = e.problems().get(0).format();
        assertTrue(msg.startsWith("x.yaml:" + lineOf(t, "{ma: kinh_phii") + ":"), msg);
        assertTrue(msg.contains("van_ban[0].muc_rieng[0].ma: this Kế hoạch has no standard section \"kinh_phii\""), msg);
        assertTrue(msg.contains("kinh_phi, to_chuc"), msg);
    }

    @Test
    void aKeyTheDocumentDoesNotPrintIsRefused() throws Exception {
        String t = example() + "van_ban:\n  - loai: bien_ban\n    kinh_gui: [Ủy ban nhân dân tỉnh Lào Cai]\n";
        EventFile ev = EventReader.parse(Path.of("x.yaml"), t);
        EventFileException e = assertThrows(EventFileException.class, () -> DocumentPlan.of(ev, DocumentKinds.bundled(), true));
        String msg = e.problems().get(0).format();
        assertTrue(msg.startsWith("x.yaml:" + lineOf(t, "kinh_gui: [") + ":"), msg);
        assertTrue(msg.contains("van_ban[0].kinh_gui: a Biên bản does not use kinh_gui"), msg);
        assertTrue(msg.contains("reads so, ngay, du_thao, trich_yeu, noi_nhan"), msg);
    }
}
