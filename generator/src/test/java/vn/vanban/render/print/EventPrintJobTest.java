package vn.vanban.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanban.event.EventReader;
import vn.vanban.event.PartialDate;

/** The print job an event file asks for: title stack, items and their defaults, people, colours. */
class EventPrintJobTest {
    @Test
    void theProvinceExampleGivesItsTitleStackAndTheCustomaryItems() throws Exception {
        PrintJob job = EventPrintJob.from(EventReader.read(Path.of("examples/binh-phuoc-2025.yaml")));
        assertEquals("Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI", job.title().name());
        assertEquals("(2025 - 2030)", job.title().period());
        assertEquals(List.of("Ủy ban nhân dân tỉnh Bình Phước"), job.title().organiser());
        assertEquals("Bình Phước, tháng 9 năm 2025", job.title().placeDate(), "a month-only date leaves the day out");
        assertEquals(List.of(new PrintItem.Backdrop(12_000, 4_000),
                new PrintItem.Banner("bang-ron", 6_000, 800, "Nhiệt liệt chào mừng Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI, giai đoạn 2025 - 2030"),
                new PrintItem.StageTitle(6_000, 1_200), new PrintItem.FolderCover(210, 297)), job.items(),
                "no slogans and nobody listed: no slogan banners, cards or badges");
        assertEquals(Palette.DEFAULT, job.palette());
        assertEquals(5, job.largeBleedMm());
        assertEquals(3, job.sheetBleedMm());
    }

    @Test
    void aCommuneConferenceComposesItsNameAndListsThePresidiumFirst() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("co_quan", Map.of("ten", "Ủy ban nhân dân xã Tân Hợp", "dia_danh", "Tân Hợp"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("cap", "xa");
        event.put("don_vi", "xã Tân Hợp");
        event.put("lan_thu", 1);
        event.put("giai_doan", Map.of("tu", 2025, "den", 2030));
        event.put("ngay", PartialDate.parse("20/11/2025"));
        event.put("doan_chu_tich", List.of(Map.of("ho_ten", "Hoàng Văn Thắng", "chuc_vu", "Chủ tịch UBND xã"),
                Map.of("ho_ten", "Lò Thị Mai", "chuc_vu", "Trưởng thôn Nà Khương", "dien_hinh", true)));
        event.put("dai_bieu", Map.of("toi_da", 100, "danh_sach", List.of(
                Map.of("ho_ten", "Lò Thị Mai", "gioi_tinh", "nu", "nhom", "dien_hinh", "chuc_vu", "Trưởng thôn", "don_vi", "thôn Nà Khương"),
                Map.of("ho_ten", "Nguyễn Văn Bình", "gioi_tinh", "nam", "nhom", "khach_moi", "chuc_vu", "Bí thư Đảng ủy", "don_vi", "xã Tân Hợp"),
                Map.of("ho_ten", "Vàng Thị Dung", "gioi_tinh", "nu", "nhom", "dien_hinh"))));
        data.put("su_kien", event);
        data.put("in_an", Map.of("kieu_giai_doan", "giai_doan", "muc", List.of("phong", "the_ten", "the_deo"),
                "phong", Map.of("rong", "6 m", "cao", "2,5 m"), "the_ten", Map.of("kho", "A3"),
                "mau", Map.of("nen", "C100 M60 Y0 K0")));
        PrintJob job = EventPrintJob.from(data);
        assertEquals("Hội nghị điển hình tiên tiến xã Tân Hợp lần thứ I", job.title().name());
        assertEquals("giai đoạn 2025 - 2030", job.title().period());
        assertEquals("Tân Hợp, ngày 20 tháng 11 năm 2025", job.title().placeDate());
        assertEquals(List.of(new CardHolder("Hoàng Văn Thắng", "ĐOÀN CHỦ TỊCH", "Chủ tịch UBND xã"),
                new CardHolder("Lò Thị Mai", "ĐOÀN CHỦ TỊCH", "Trưởng thôn Nà Khương"),
                new CardHolder("Nguyễn Văn Bình", "KHÁCH MỜI", "Bí thư Đảng ủy, xã Tân Hợp"),
                new CardHolder("Vàng Thị Dung", "ĐẠI BIỂU", "")), job.people());
        assertEquals(List.of(new PrintItem.Backdrop(6_000, 2_500), new PrintItem.NameCards(PrintItem.Sheet.A3, 180, 60),
                new PrintItem.Badges(PrintItem.Sheet.A4, 85, 120)), job.items());
        assertEquals(new Cmyk(100, 60, 0, 0), job.palette().background());
    }

    @Test
    void delegatesFromAWorkbookComeAfterThoseOfTheFileOncePerName() throws Exception {
        Map<String, Object> data = Map.of("co_quan", Map.of("ten", "Sở Nội vụ"), "su_kien", Map.of("cap", "so_nganh",
                "ten", "Hội nghị điển hình tiên tiến Sở Nội vụ", "giai_doan", Map.of("tu", 2025, "den", 2030),
                "dai_bieu", Map.of("toi_da", 300, "danh_sach", List.of(Map.of("ho_ten", "Lò Thị Mai", "nhom", "dien_hinh")))));
        List<vn.vanban.event.Delegate> book = List.of(
                new vn.vanban.event.Delegate("Lò Thị Mai", 1985, vn.vanban.event.Delegate.Sex.NU, "Thái", null, null,
                        vn.vanban.event.Delegate.Group.DIEN_HINH, null, null, false, true, null, null),
                new vn.vanban.event.Delegate("Nguyễn Văn Bình", 1972, vn.vanban.event.Delegate.Sex.NAM, "Kinh", "Giám đốc", "Sở Nội vụ",
                        vn.vanban.event.Delegate.Group.KHACH_MOI, null, null, true, false, null, null));
        assertEquals(List.of(new CardHolder("Lò Thị Mai", "ĐẠI BIỂU", ""), new CardHolder("Nguyễn Văn Bình", "KHÁCH MỜI", "Giám đốc, Sở Nội vụ")),
                EventPrintJob.from(data, book).people());
    }

    @Test
    void aNameTypedWithItsPeriodGetsNoSecondPeriod() throws Exception {
        Map<String, Object> data = Map.of("co_quan", Map.of("ten", "Ủy ban nhân dân tỉnh An Giang"), "su_kien",
                Map.of("cap", "tinh", "ten", "Đại hội Thi đua yêu nước tỉnh An Giang lần thứ I, giai đoạn 2025 - 2030",
                        "giai_doan", Map.of("tu", 2025, "den", 2030)));
        PrintJob job = EventPrintJob.from(data);
        assertEquals("", job.title().period());
        assertEquals("Nhiệt liệt chào mừng Đại hội Thi đua yêu nước tỉnh An Giang lần thứ I, giai đoạn 2025 - 2030",
                ((PrintItem.Banner) job.items().get(1)).text());
    }

    @Test
    void listingCardsWithNobodyToPrintIsAnError() throws Exception {
        Map<String, Object> data = Map.of("co_quan", Map.of("ten", "Sở Nội vụ"), "su_kien",
                Map.of("cap", "so_nganh", "ten", "Hội nghị điển hình tiên tiến Sở Nội vụ", "giai_doan", Map.of("tu", 2025, "den", 2030)),
                "in_an", Map.of("muc", List.of("the_ten")));
        PrintJob job = EventPrintJob.from(data);
        PrintException e = assertThrows(PrintException.class, () -> PrintRenderer.builder().build().render(job));
        assertEquals("su_kien.dai_bieu.danh_sach", e.field());
        assertTrue(e.getMessage().contains("nobody to print name cards"), e.getMessage());
    }
}
