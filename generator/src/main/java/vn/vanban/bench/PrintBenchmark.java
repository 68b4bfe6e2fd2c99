package vn.vanban.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.vanban.RenderedFile;
import vn.vanban.render.print.CardHolder;
import vn.vanban.render.print.EventTitle;
import vn.vanban.render.print.Palette;
import vn.vanban.render.print.PrintException;
import vn.vanban.render.print.PrintItem;
import vn.vanban.render.print.PrintJob;
import vn.vanban.render.print.PrintRenderer;

/**
 * Timings of the print items in one JVM: a 12 m × 4 m backdrop, and 200 tent name cards imposed on
 * A4, each with and without its PNG preview; the first run (cold, in this JVM) and the median of
 * the warm ones, in seconds.
 *
 * <pre>{@code
 * System.out.print(PrintBenchmark.run(10));
 * }</pre>
 */
public final class PrintBenchmark {
    private PrintBenchmark() {
    }

    /** Runs each case once cold and {@code iterations} times warm; returns the report. */
    public static String run(int iterations) throws PrintException {
        EventTitle title = new EventTitle(List.of("Ủy ban nhân dân tỉnh Bình Phước"),
                "Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI", "(2025 - 2030)", "Thi đua đổi mới, sáng tạo, tăng tốc bứt phá",
                "Bình Phước, ngày 26 tháng 9 năm 2025");
        List<CardHolder> people = people(200);
        PrintJob backdrop = new PrintJob(title, List.of(new PrintItem.Backdrop(12_000, 4_000)), List.of(), Palette.DEFAULT, 5, 3);
        PrintJob cards = new PrintJob(title, List.of(new PrintItem.NameCards(PrintItem.Sheet.A4, 180, 60)), people, Palette.DEFAULT, 5, 3);
        PrintRenderer withPreview = PrintRenderer.builder().build();
        PrintRenderer pdfOnly = PrintRenderer.builder().previewPixels(0).build();
        StringBuilder sb = new StringBuilder("print items (seconds: first run in this JVM, then median of " + iterations + " warm runs)\n");
        sb.append(line("12 m × 4 m backdrop, PDF", backdrop, pdfOnly, iterations));
        sb.append(line("12 m × 4 m backdrop, PDF + 1600 px PNG", backdrop, withPreview, iterations));
        sb.append(line("200 name cards on A4 (100 sheets), PDF", cards, pdfOnly, iterations));
        sb.append(line("200 name cards on A4, PDF + PNG of sheet 1", cards, withPreview, iterations));
        return sb.toString();
    }

    private static String line(String what, PrintJob job, PrintRenderer r, int iterations) throws PrintException {
        long t0 = System.nanoTime();
        List<RenderedFile> files = r.render(job);
        double cold = (System.nanoTime() - t0) / 1e9;
        double[] warm = new double[Math.max(1, iterations)];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            r.render(job);
            warm[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(warm);
        long bytes = files.stream().filter(f -> f.name().endsWith(".pdf")).mapToLong(f -> f.bytes().length).sum();
        return String.format(Locale.ROOT, "  %-44s first %6.3f s   warm %6.3f s   PDF %,d bytes%n", what, cold, warm[warm.length / 2], bytes);
    }

    private static List<CardHolder> people(int n) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
        String[] middle = {"Thị", "Văn", "Ngọc", "Hữu", "Đức", "Thị Thanh", "Minh", "Quốc"};
        String[] given = {"Huyền", "Hiền", "Thắng", "Mai", "Dung", "Khánh", "Phượng", "Ữ", "Tuệ", "Lộc", "Nghĩa", "Yến", "Quỳnh", "Tường"};
        String[] labels = {"ĐẠI BIỂU", "ĐẠI BIỂU", "KHÁCH MỜI", "ĐOÀN CHỦ TỊCH"};
        List<CardHolder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new CardHolder(family[i % family.length] + " " + middle[i % middle.length] + " " + given[i % given.length],
                    labels[i % labels.length], "Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước"));
        }
        return out;
    }
}
