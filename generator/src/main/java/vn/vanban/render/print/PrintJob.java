package vn.vanban.render.print;

import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code vanban print} run makes: the title stack, the items, the people on the
 * name cards and badges, the colours and the bleed.
 *
 * <pre>{@code
 * PrintJob job = new PrintJob(title, List.of(new PrintItem.Backdrop(12_000, 4_000)), List.of(),
 *         Palette.DEFAULT, 5, 3);
 * }</pre>
 *
 * @param title        the title stack
 * @param items        the items, in output order
 * @param people       the holders of name cards and badges, in print order
 * @param palette      the colours
 * @param largeBleedMm bleed of large formats (customary 5 mm)
 * @param sheetBleedMm bleed of sheets (customary 3 mm)
 */
public record PrintJob(EventTitle title, List<PrintItem> items, List<CardHolder> people, Palette palette,
                       double largeBleedMm, double sheetBleedMm) {
    /** Customary bleed of large formats, mm (a print-shop custom, not law). */
    public static final double LARGE_BLEED_MM = 5;
    /** Customary bleed of sheets, mm. */
    public static final double SHEET_BLEED_MM = 3;

    public PrintJob {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        people = List.copyOf(people);
        Objects.requireNonNull(palette, "palette");
    }

    /** The bleed of an item, mm. */
    public double bleedMm(PrintItem item) {
        return item.large() ? largeBleedMm : sheetBleedMm;
    }
}
