package vn.vanban.text;

import java.time.LocalDate;

/** Stand-in until the toolkit lands: ND30 dates and numbers. */
public final class Nd30Format {
    private Nd30Format() {
    }

    public static String date(LocalDate d) {
        return "ngày " + twoDigits(d.getDayOfMonth()) + " tháng " + month(d.getMonthValue()) + " năm " + d.getYear();
    }

    public static String placeDate(String place, LocalDate d) {
        return place + ", " + date(d);
    }

    public static String partialDate(Integer day, Integer month, int year) {
        return "ngày " + (day == null ? "     " : twoDigits(day)) + " tháng " + (month == null ? "     " : month(month)) + " năm " + year;
    }

    public static String number(Integer n, String symbol) {
        return "Số: " + (n == null ? "      " : twoDigits(n)) + "/" + symbol;
    }

    public static String shortDate(LocalDate d) {
        return twoDigits(d.getDayOfMonth()) + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    public static String quarter(int q, int year) {
        return "Quý " + Numerals.roman(q) + " năm " + year;
    }

    public static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String month(int m) {
        return m <= 2 ? twoDigits(m) : Integer.toString(m);
    }
}
