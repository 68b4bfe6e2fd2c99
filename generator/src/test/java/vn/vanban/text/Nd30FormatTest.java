package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and numbers, nd30 §1.3 (Số, ký hiệu; Địa danh và thời gian). */
class Nd30FormatTest {

    @ParameterizedTest(name = "nd30 §1.3 date padding: {0}")
    @CsvSource(delimiter = '|', value = {
        "2025-01-05|ngày 05 tháng 01 năm 2025",
        "2019-06-29|ngày 29 tháng 6 năm 2019",
        "2024-10-08|ngày 08 tháng 10 năm 2024",
        "2024-05-20|ngày 20 tháng 5 năm 2024",
        "2024-02-29|ngày 29 tháng 02 năm 2024",
        "2024-03-09|ngày 09 tháng 3 năm 2024",
        "2024-12-31|ngày 31 tháng 12 năm 2024",
    })
    void fullDate(LocalDate d, String expected) {
        assertEquals(expected, Nd30Format.date(d));
    }

    @ParameterizedTest(name = "nd30 §1.3 địa danh: {0}")
    @CsvSource(delimiter = '|', value = {
        "Hà Nội|2020-01-05|Hà Nội, ngày 05 tháng 01 năm 2020",
        "Thành phố Hồ Chí Minh|2019-06-29|Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
    })
    void placeDate(String place, LocalDate d, String expected) {
        assertEquals(expected, Nd30Format.placeDate(place, d));
    }

    @ParameterizedTest(name = "draft date {0}/{1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "|12|2024|ngày     tháng 12 năm 2024",
        "||2025|ngày     tháng     năm 2025",
        "5|1|2025|ngày 05 tháng 01 năm 2025",
        "20||2025|ngày 20 tháng     năm 2025",
    })
    void partialDate(Integer day, Integer month, int year, String expected) {
        assertEquals(expected, Nd30Format.partialDate(day, month, year));
    }

    @ParameterizedTest(name = "nd30 §1.3 số: {0}/{1}")
    @CsvSource(delimiter = '|', value = {
        "5|KH-UBND|Số: 05/KH-UBND", "293|KH-UBND|Số: 293/KH-UBND", "1|KH-HĐTĐKT|Số: 01/KH-HĐTĐKT",
        "12|UBND-VX|Số: 12/UBND-VX", "|HD-UBND|Số:      /HD-UBND",
    })
    void number(Integer n, String symbol, String expected) {
        assertEquals(expected, Nd30Format.number(n, symbol));
    }

    @ParameterizedTest(name = "seed short date {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-05-20|20/5/2024", "2024-07-04|04/7/2024", "2024-07-29|29/7/2024", "2025-03-31|31/3/2025",
        "2025-07-10|10/7/2025", "2024-10-08|08/10/2024", "2024-01-01|01/01/2024", "2020-03-05|05/3/2020",
    })
    void shortDate(LocalDate d, String expected) {
        assertEquals(expected, Nd30Format.shortDate(d));
    }

    @ParameterizedTest(name = "range {0}..{1}")
    @CsvSource(delimiter = '|', value = {
        "2025-01-05|2025-01-10|từ ngày 05/01 đến ngày 10/01/2025",
        "2024-12-28|2025-01-05|từ ngày 28/12/2024 đến ngày 05/01/2025",
        "2025-03-01|2025-06-30|từ ngày 01/3 đến ngày 30/6/2025",
        "2025-07-10|2025-07-10|ngày 10/7/2025",
    })
    void dateRange(LocalDate from, LocalDate to, String expected) {
        assertEquals(expected, Nd30Format.dateRange(from, to));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|2025|Quý I năm 2025", "3|2025|Quý III năm 2025", "4|2024|Quý IV năm 2024"})
    void quarter(int q, int year, String expected) {
        assertEquals(expected, Nd30Format.quarter(q, year));
    }

    @ParameterizedTest(name = "nd30 §2.3 weekday {0}")
    @CsvSource(delimiter = '|', value = {
        "2025-01-06|thứ Hai", "2025-01-07|thứ Ba", "2025-01-08|thứ Tư", "2025-01-09|thứ Năm",
        "2025-01-10|thứ Sáu", "2025-01-11|thứ Bảy", "2025-01-05|Chủ nhật",
    })
    void weekday(LocalDate d, String expected) {
        assertEquals(expected, Nd30Format.weekday(d));
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "5, 05", "9, 09", "10, 10", "12, 12", "293, 293"})
    void twoDigits(int n, String expected) {
        assertEquals(expected, Nd30Format.twoDigits(n));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.quarter(5, 2025));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.partialDate(30, 2, 2025));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.partialDate(1, 13, 2025));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.number(0, "KH-UBND"));
        assertEquals("05/KH-UBND", Nd30Format.numberAndSymbol(5, "KH-UBND"));
        assertEquals("      /HD-UBND", Nd30Format.numberAndSymbol(null, "HD-UBND"));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.number(1, " "));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.placeDate("", LocalDate.of(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> Nd30Format.dateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Nd30Format.twoDigits(-1));
    }
}
