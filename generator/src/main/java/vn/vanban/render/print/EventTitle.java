package vn.vanban.render.print;

import java.util.List;
import java.util.Objects;

/**
 * The title stack of an event (kit.md, nd30.md §5.4 and §6), top to bottom: the organiser, the
 * event's name (the largest line), its period, an optional theme or slogan line, and the place and
 * date. Texts are in running-text case ("Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI"):
 * the items print them in capitals and break them at phrase boundaries, which the case helps find.
 *
 * <pre>{@code
 * EventTitle t = new EventTitle(List.of("Ủy ban nhân dân tỉnh Bình Phước"),
 *         "Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI", "(2025 - 2030)", "",
 *         "Bình Phước, tháng 9 năm 2025");
 * }</pre>
 *
 * @param organiser  organiser lines (may be empty)
 * @param name       the event's name with its lần thứ in Roman numerals; never blank
 * @param period     "(2025 - 2030)" or "giai đoạn 2025 - 2030", or empty
 * @param slogan     theme line, or empty
 * @param placeDate  "Bình Phước, ngày … tháng … năm 2025", or empty
 */
public record EventTitle(List<String> organiser, String name, String period, String slogan, String placeDate) {
    public EventTitle {
        organiser = List.copyOf(organiser);
        Objects.requireNonNull(name, "name");
        period = period == null ? "" : period;
        slogan = slogan == null ? "" : slogan;
        placeDate = placeDate == null ? "" : placeDate;
    }
}
