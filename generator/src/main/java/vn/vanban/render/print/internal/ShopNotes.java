package vn.vanban.render.print.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.vanban.render.print.PrintFont;
import vn.vanban.render.print.PrintItem;
import vn.vanban.render.print.PrintJob;

/**
 * README.txt for the print shop: every file with its finished size, bleed, page size and scale,
 * the colours and the fonts. In Vietnamese, with the English terms shops also use.
 *
 * <pre>{@code
 * String txt = ShopNotes.write(job, font, outlines, entries);
 * }</pre>
 */
public final class ShopNotes {
    private ShopNotes() {
    }

    /**
     * One file of the job.
     *
     * @param file     the PDF's name
     * @param item     the item
     * @param pages    pages (sheets for cards and badges)
     * @param first    the first page, for its sizes
     * @param perSheet pieces per sheet, 0 for single pieces
     */
    public record Entry(String file, PrintItem item, int pages, Page first, int perSheet) {
    }

    public static String write(PrintJob job, PrintFont font, boolean outlines, List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("IN ẤN - HƯỚNG DẪN CHO NHÀ IN (print-shop notes)\n");
        sb.append("Sự kiện: ").append(job.title().name()).append(job.title().period().isEmpty() ? "" : " " + job.title().period()).append("\n\n");
        sb.append("Mỗi tệp PDF là một sản phẩm ở KÍCH THƯỚC THẬT (1:1). TrimBox = kích thước thành phẩm; BleedBox = thành phẩm + tràn lề.\n");
        sb.append("Each PDF is one item at REAL SIZE. TrimBox = finished size; BleedBox = finished size + bleed; crop marks outside the bleed.\n\n");
        for (Entry e : entries) {
            PrintItem it = e.item();
            sb.append(e.file()).append("  —  ").append(it.label()).append('\n');
            if (e.perSheet() > 0) {
                sb.append(String.format(Locale.ROOT, "  Thành phẩm (finished piece): %s × %s mm%s; %d trên một tờ %s, %d tờ (sheets).%n",
                        Units.mm(it.widthMm()), Units.mm(e.item() instanceof PrintItem.NameCards ? 2 * it.heightMm() : it.heightMm()),
                        it instanceof PrintItem.NameCards ? " (trải phẳng, gấp đôi ở giữa thành hai mặt " + Units.mm(it.widthMm()) + " × " + Units.mm(it.heightMm()) + " mm)" : "",
                        e.perSheet(), sheetName(it), e.pages()));
                sb.append(String.format(Locale.ROOT, "  Tràn lề (bleed): %s mm quanh mỗi thẻ. Cắt theo dấu cắt (cut marks, nét liền); gấp theo dấu gấp (fold marks, nét đứt).%n",
                        Units.mm(job.bleedMm(it))));
            } else {
                sb.append(String.format(Locale.ROOT, "  Thành phẩm (finished size): %s × %s mm. Tràn lề (bleed): %s mm mỗi cạnh.%n",
                        Units.mm(it.widthMm()), Units.mm(it.heightMm()), Units.mm(job.bleedMm(it))));
            }
            int unit = PdfItemWriter.userUnit(e.first().width(), e.first().height());
            double wMm = e.first().width() / Units.PT_PER_MM;
            double hMm = e.first().height() / Units.PT_PER_MM;
            if (unit > 1) {
                sb.append(String.format(Locale.ROOT,
                        "  Khổ trang PDF (page incl. marks): %s × %s mm, ghi với /UserUnit %d vì PDF giới hạn 5,08 m.%n"
                                + "  Page written with /UserUnit %d (PDF pages stop at 5.08 m): viewers that honour it (Adobe Acrobat, PDFBox) measure the real size.%n"
                                + "  If your RIP ignores UserUnit it sees %s × %s mm: print at %d00 %% (scale %d:1).%n",
                        Units.mm(wMm), Units.mm(hMm), unit, unit, Units.mm(wMm / unit), Units.mm(hMm / unit), unit, unit));
            } else {
                sb.append(String.format(Locale.ROOT, "  Khổ trang PDF (page incl. marks): %s × %s mm, tỉ lệ 1:1 (no scaling).%n",
                        Units.mm(wMm), Units.mm(hMm)));
            }
            sb.append('\n');
        }
        sb.append("MÀU (colours, CMYK, no ICC profile: use the shop's own):\n");
        sb.append("  Nền (background): ").append(job.palette().background()).append('\n');
        sb.append("  Chữ trên nền (type on background): ").append(job.palette().text()).append('\n');
        sb.append("  Nền thẻ (cards, badges): ").append(job.palette().card()).append('\n');
        sb.append("  Tên trên thẻ (names on cards): ").append(job.palette().cardText()).append('\n');
        sb.append("  Dấu cắt (marks): registration, C100 M100 Y100 K100.\n");
        sb.append("  Đỏ nền, chữ vàng là thông lệ, không phải quy định pháp luật (custom, not law).\n\n");
        sb.append("PHÔNG CHỮ (fonts): ");
        Set<String> names = new LinkedHashSet<>(List.of(font.display().name(), font.text().name()));
        sb.append(String.join(", ", names));
        if (outlines) {
            sb.append("\n  Chữ đã chuyển thành đường nét (text converted to outlines): no font needed at the RIP.\n");
        } else {
            sb.append("\n  Nhúng trong PDF (embedded subsets, Identity-H); chữ vẫn là vector. Be Vietnam Pro: SIL Open Font License 1.1.\n");
            sb.append("  If the RIP needs outlines, run: ./vanban print EVENT.yaml --outlines\n");
        }
        sb.append("\nẢnh PNG đi kèm chỉ để xem trước, màu gần đúng (PNG previews: approximate colours, not a proof).\n");
        return sb.toString();
    }

    private static String sheetName(PrintItem it) {
        return switch (it) {
            case PrintItem.NameCards n -> n.sheet().name();
            case PrintItem.Badges b -> b.sheet().name();
            default -> "";
        };
    }
}
