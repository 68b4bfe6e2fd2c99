package vn.vanban.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates and document numbers written the way Nghị định 30/2020/NĐ-CP writes them (nd30 §1.3).
 *
 * <pre>{@code
 * Nd30Format.placeDate("Hà Nội", LocalDate.of(2020, 1, 5))   // "Hà Nội, ngày 05 tháng 01 năm 2020"
 * Nd30Format.number(5, "KH-UBND")                            // "Số: 05/KH-UBND"
 * }</pre>
 *
 * <p>The padding rule everywhere: days below 10 and the months 1 and 2 get a leading 0; months 3–12 do not
 * (nd30 §1.3 Địa danh và thời gian). Blanks for hand filling on drafts are runs of spaces (see
 * {@link #partialDate} and {@link #number}); the input normaliser would collapse them, so apply it to input
 * only, never to generated lines.
 */
public final class Nd30Format {
    /** Gap between "ngày"/"tháng" and the next word when the field is left blank: exactly 5 spaces. */
    static final String DATE_BLANK = "     ";
    /** What replaces " nn" in "Số: nn/…" when the number is not yet given: exactly 6 spaces. */
    static final String NUMBER_BLANK = "      ";
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private Nd30Format() {
    }

    /**
     * The full date: "ngày 05 tháng 01 năm 2025", "ngày 08 tháng 10 năm 2024", "ngày 20 tháng 5 năm 2024".
     *
     * <pre>{@code date(LocalDate.of(2019, 6, 29))   // "ngày 29 tháng 6 năm 2019"}</pre>
     */
    public static String date(LocalDate d) {
        Objects.requireNonNull(d, "date");
        return "ngày " + twoDigits(d.getDayOfMonth()) + " tháng " + month(d.getMonthValue()) + " năm " + d.getYear();
    }

    /**
     * Ô 4 of the layout: place, comma, full date.
     *
     * <pre>{@code placeDate("Thành phố Hồ Chí Minh", LocalDate.of(2019, 6, 29))
     * // "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"}</pre>
     */
    public static String placeDate(String place, LocalDate d) {
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("the place name (địa danh) is empty: give the province or unit name");
        }
        return place.strip() + ", " + date(d);
    }

    /**
     * A date for a draft, with the day and/or month left blank for the signer's office to fill by hand. A blank
     * field is written as exactly 5 spaces between the words around it ("ngày" + 5 spaces + "tháng"), so the
     * line keeps its shape when printed.
     *
     * <pre>{@code
     * partialDate(null, 12, 2024)     // "ngày     tháng 12 năm 2024"
     * partialDate(null, null, 2025)   // "ngày     tháng     năm 2025"
     * partialDate(5, 1, 2025)         // "ngày 05 tháng 01 năm 2025"
     * }</pre>
     *
     * @throws IllegalArgumentException if a given day or month is out of range, or the day does not exist in
     *                                  that month
     */
    public static String partialDate(Integer day, Integer month, int year) {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1..12, not " + month);
        }
        if (day != null) {
            int max = month == null ? 31 : java.time.YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > max) {
                throw new IllegalArgumentException("day must be 1.." + max + ", not " + day);
            }
        }
        StringBuilder sb = new StringBuilder("ngày");
        sb.append(day == null ? DATE_BLANK : " " + twoDigits(day) + " ");
        sb.append("tháng");
        sb.append(month == null ? DATE_BLANK : " " + month(month) + " ");
        sb.append("năm ").append(year);
        return sb.toString();
    }

    /**
     * The số line of ô 3: "Số: 05/KH-UBND". A null number leaves 6 spaces for the văn thư to write it in:
     * "Số:      /HD-UBND".
     *
     * <pre>{@code number(293, "KH-UBND")   // "Số: 293/KH-UBND"}</pre>
     */
    public static String number(Integer n, String symbol) {
        return "Số:" + (n == null ? "" : " ") + numberAndSymbol(n, symbol);
    }

    /**
     * The số and ký hiệu as cited in running text ("Kế hoạch số 293/KH-UBND"); a null number leaves
     * the same 6-space blank as {@link #number}.
     *
     * <pre>{@code numberAndSymbol(5, "KH-UBND")   // "05/KH-UBND"}</pre>
     */
    public static String numberAndSymbol(Integer n, String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("the ký hiệu is empty: give it as TYPE-ORG, e.g. KH-UBND");
        }
        if (n != null && n < 1) {
            throw new IllegalArgumentException("document numbers start at 01, not " + n);
        }
        return (n == null ? NUMBER_BLANK : twoDigits(n)) + "/" + symbol.strip();
    }

    /**
     * The short in-text date, as the seeds write it after "ngày": day padded to two digits, month padded only
     * for January and February (the same rule as the full date), four-digit year.
     *
     * <pre>{@code shortDate(LocalDate.of(2024, 7, 4))   // "04/7/2024"; 2024-01-01 → "01/01/2024"}</pre>
     */
    public static String shortDate(LocalDate d) {
        Objects.requireNonNull(d, "date");
        return dayMonth(d) + "/" + d.getYear();
    }

    /**
     * A period: "từ ngày 05/01 đến ngày 10/01/2025" when both dates are in the same year (the year is written
     * once, at the end); "từ ngày 28/12/2024 đến ngày 05/01/2025" across years; "ngày 05/01/2025" for a single
     * day. Short dates as in {@link #shortDate}.
     *
     * <pre>{@code dateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))
     * // "từ ngày 01/3 đến ngày 31/3/2025"}</pre>
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static String dateRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + shortDate(to) + ") before it starts ("
                    + shortDate(from) + "): swap the dates");
        }
        if (from.equals(to)) {
            return "ngày " + shortDate(from);
        }
        String start = from.getYear() == to.getYear() ? dayMonth(from) : shortDate(from);
        return "từ ngày " + start + " đến ngày " + shortDate(to);
    }

    /**
     * A quarter with its Roman number: "Quý I năm 2025".
     *
     * <pre>{@code quarter(3, 2025)   // "Quý III năm 2025"}</pre>
     *
     * @throws IllegalArgumentException unless q is 1..4
     */
    public static String quarter(int q, int year) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1..4, not " + q);
        }
        return "Quý " + Numerals.roman(q) + " năm " + year;
    }

    /**
     * The day of the week with the capital Phụ lục II asks for (nd30 §2.3): "thứ Hai" … "thứ Bảy", "Chủ nhật".
     *
     * <pre>{@code weekday(LocalDate.of(2025, 1, 5))   // "Chủ nhật"}</pre>
     */
    public static String weekday(LocalDate d) {
        return WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    }

    /**
     * A non-negative number with at least two digits: "05", "12", "293".
     *
     * <pre>{@code twoDigits(9)   // "09"}</pre>
     *
     * @throws IllegalArgumentException for negative numbers
     */
    public static String twoDigits(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot pad a negative number: " + n);
        }
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String month(int m) {
        return m <= 2 ? twoDigits(m) : Integer.toString(m);
    }

    private static String dayMonth(LocalDate d) {
        return twoDigits(d.getDayOfMonth()) + "/" + month(d.getMonthValue());
    }
}
