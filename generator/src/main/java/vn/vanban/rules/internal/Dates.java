package vn.vanban.rules.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.event.PartialDate;

/**
 * Dates as rules compare them: a partial date is the span of days it may be, and a deadline is the last day
 * allowed.
 *
 * <pre>{@code
 * Dates.span(PartialDate.parse("09/2025"))   // 01/09/2025 … 30/09/2025
 * Dates.deadline("trước 31/03/2025")         // 30/03/2025 (the day before)
 * Dates.deadline("Quý III/2025")             // 30/09/2025
 * }</pre>
 */
public final class Dates {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final Pattern QUARTER = Pattern.compile("(?i)quý\\s+(I|II|III|IV|1|2|3|4)\\s*(?:/|năm)\\s*(\\d{4})");

    private Dates() {
    }

    /** The days a date may be: first and last. */
    public record Span(LocalDate first, LocalDate last) {
    }

    /** The span of a partial date: a full date is one day, "09/2025" the month, "2025" the year. */
    public static Span span(PartialDate d) {
        if (d.day() != null) {
            LocalDate x = LocalDate.of(d.year(), d.month(), d.day());
            return new Span(x, x);
        }
        if (d.month() != null) {
            YearMonth ym = YearMonth.of(d.year(), d.month());
            return new Span(ym.atDay(1), ym.atEndOfMonth());
        }
        return new Span(LocalDate.of(d.year(), 1, 1), LocalDate.of(d.year(), 12, 31));
    }

    /**
     * The last day a deadline allows: {@code DD/MM/YYYY} (that day), {@code trước DD/MM/YYYY} (the day
     * before), {@code MM/YYYY} (the month's last day), {@code Quý III/2025} (the quarter's last day).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static LocalDate deadline(String s) {
        String t = s.strip();
        boolean before = false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("trước ")) {
            before = true;
            t = t.substring("trước ".length()).strip();
        }
        Matcher q = QUARTER.matcher(t);
        LocalDate last;
        if (q.matches()) {
            int n = switch (q.group(1).toUpperCase(Locale.ROOT)) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            last = YearMonth.of(Integer.parseInt(q.group(2)), n * 3).atEndOfMonth();
        } else {
            last = span(PartialDate.parse(t)).last();
        }
        return before ? last.minusDays(1) : last;
    }

    /** {@code 08/10/2024}. */
    public static String format(LocalDate d) {
        return d.format(DMY);
    }

    /** A partial date as written: {@code 08/10/2024}, {@code 09/2025}, {@code 2025}. */
    public static String format(PartialDate d) {
        if (d.day() != null) {
            return String.format(Locale.ROOT, "%02d/%02d/%d", d.day(), d.month(), d.year());
        }
        if (d.month() != null) {
            return String.format(Locale.ROOT, "%02d/%d", d.month(), d.year());
        }
        return Integer.toString(d.year());
    }
}
