package vn.vanban.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that a draft may leave partly blank: {@code 08/10/2024}, {@code 12/2024} (day left for the
 * văn thư to fill in), or {@code 2024}.
 *
 * <pre>{@code
 * PartialDate.parse("12/2024")  // day null, month 12, year 2024
 * PartialDate.parse("2024-10-08").toLocalDate()  // Optional[2024-10-08]
 * }</pre>
 *
 * @param day   1–31 or null
 * @param month 1–12 or null (then day is null too)
 * @param year  the year
 */
public record PartialDate(Integer day, Integer month, int year) {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern Y = Pattern.compile("(\\d{4})");

    /** The full date, when day and month are known. */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** Whether day, month and year are all known. */
    public boolean isComplete() {
        return day != null;
    }

    /** A date for file timestamps: the full date, or the first day of the known month or year. */
    public LocalDate anchor() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /**
     * Parses {@code DD/MM/YYYY}, {@code YYYY-MM-DD}, {@code MM/YYYY} or {@code YYYY}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong, e.g. "February 2024 has 29 days"
     */
    public static PartialDate parse(String s) {
        String t = s.strip();
        Matcher m;
        if ((m = DMY.matcher(t)).matches()) {
            return full(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = ISO.matcher(t)).matches()) {
            return full(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = MY.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month + " does not exist");
            }
            return new PartialDate(null, month, Integer.parseInt(m.group(2)));
        }
        if ((m = Y.matcher(t)).matches()) {
            return new PartialDate(null, null, Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("\"" + s + "\" is not a date");
    }

    private static PartialDate full(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            int len = java.time.YearMonth.of(year, month).lengthOfMonth();
            throw new IllegalArgumentException(String.format("%02d/%02d/%d is not a date: month %d of %d has %d days",
                    day, month, year, month, year, len));
        }
        return new PartialDate(day, month, year);
    }
}
