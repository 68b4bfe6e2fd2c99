package vn.vanban.render.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Print jobs for tests and samples: a real province's title stack, the hardest capitals, and the
 * longest real names of provinces, agencies and enterprises.
 */
final class PrintFixtures {
    private PrintFixtures() {
    }

    /** Seed 004's congress. */
    static EventTitle binhPhuoc() {
        return new EventTitle(List.of("Ủy ban nhân dân tỉnh Bình Phước"), "Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI",
                "(2025 - 2030)", "Thi đua đổi mới, sáng tạo, tăng tốc bứt phá", "Bình Phước, ngày 26 tháng 9 năm 2025");
    }

    /** The hardest capitals (stacked marks above, dots below) and a long real organiser. */
    static EventTitle hardest() {
        return new EventTitle(List.of("Hội đồng Thi đua - Khen thưởng thành phố Hồ Chí Minh"),
                "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo Tổng công ty Điện lực Thành phố Hồ Chí Minh lần thứ XVIII",
                "giai đoạn 2025 - 2030", "ỮỂỖẪẬỆỘỰ Ữ Ể Ỗ Ẫ Ậ Ệ Ộ Ự", "Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2025");
    }

    /** Long real names: agencies and enterprises, as delegates' units. */
    static final List<String> LONG_UNITS = List.of(
            "Tổng công ty Điện lực Thành phố Hồ Chí Minh - Trách nhiệm hữu hạn Một thành viên",
            "Ban Quản lý các Khu công nghiệp và Khu chế xuất tỉnh Bà Rịa - Vũng Tàu",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế",
            "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
            "Công ty Cổ phần Đầu tư Xây dựng và Phát triển Nông thôn Đồng bằng sông Cửu Long");

    /** {@code n} card holders with hard names, cycling the three groups. */
    static List<CardHolder> people(int n) {
        String[] names = {"Nguyễn Thị Ngọc Huyền", "Trần Tuệ Hiền", "Sùng Lữ Páo", "Lường Thị Ữ", "Hoàng Văn Thắng",
                "Phạm Thị Thanh Trà", "Nguyễn Huỳnh Ngọc Phượng Hoàng Kim", "Lò Thị Mai", "Vàng Thị Dung", "Đặng Quốc Khánh"};
        String[] labels = {"ĐOÀN CHỦ TỊCH", "ĐẠI BIỂU", "KHÁCH MỜI"};
        List<CardHolder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new CardHolder(names[i % names.length], labels[i % labels.length],
                    i % 4 == 3 ? "" : "Phó Giám đốc, " + LONG_UNITS.get(i % LONG_UNITS.size())));
        }
        return out;
    }

    static List<PrintItem> allItems() {
        return List.of(new PrintItem.Backdrop(12_000, 4_000),
                new PrintItem.Banner("bang-ron", 6_000, 800, "Nhiệt liệt chào mừng Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI, giai đoạn 2025 - 2030"),
                new PrintItem.Banner("khau-hieu-1", 6_000, 800, "Thi đua là yêu nước, yêu nước thì phải thi đua!"),
                new PrintItem.StageTitle(6_000, 1_200), new PrintItem.FolderCover(210, 297),
                new PrintItem.NameCards(PrintItem.Sheet.A4, 180, 60), new PrintItem.Badges(PrintItem.Sheet.A4, 85, 120));
    }

    static PrintJob job(EventTitle title, List<PrintItem> items, List<CardHolder> people) {
        return new PrintJob(title, items, people, Palette.DEFAULT, PrintJob.LARGE_BLEED_MM, PrintJob.SHEET_BLEED_MM);
    }
}
