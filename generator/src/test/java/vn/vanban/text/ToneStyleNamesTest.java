package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7.2: in documents the tone-mark style changes common words only; a person's name, a
 * proper noun, the Quốc hiệu and capitalised agency names stay as the officer typed them, under
 * both styles.
 */
class ToneStyleNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bà Nguyễn Thị Thuý Hoà phát biểu | Bà Nguyễn Thị Thuý Hoà phát biểu",
            "ông Trần Văn Thủy, xã Hòa Bình | ông Trần Văn Thủy, xã Hòa Bình",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ỦY BAN NHÂN DÂN TỈNH THANH HÓA | ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
            "tỉnh Thanh Hoá, cấp uỷ và hoà giải | tỉnh Thanh Hoá, cấp ủy và hòa giải",
            "Ủy ban nhân dân tỉnh Khánh Hòa | Ủy ban nhân dân tỉnh Khánh Hòa",
    })
    void oldStyleKeepsNames(String typed, String printed) {
        assertEquals(printed, ToneStyle.OLD.convertCommonWords(typed).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bà Nguyễn Thị Thủy Hòa phát biểu | Bà Nguyễn Thị Thủy Hòa phát biểu",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ỦY BAN NHÂN DÂN TỈNH THANH HÓA | ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
            "tỉnh Thanh Hóa, cấp ủy và hòa giải | tỉnh Thanh Hóa, cấp uỷ và hoà giải",
            "Đồng chí Thủy, Bí thư Đảng ủy | Đồng chí Thủy, Bí thư Đảng uỷ",
    })
    void newStyleKeepsNames(String typed, String printed) {
        assertEquals(printed, ToneStyle.NEW.convertCommonWords(typed).text());
    }

    @org.junit.jupiter.api.Test
    void reportsHowManyWordsChanged() {
        ToneStyle.Result r = ToneStyle.OLD.convertCommonWords("hoà giải, thuỷ lợi và Thuý Hoà");
        assertEquals(2, r.changed());
        assertEquals("hoà → hòa", r.first());
        assertEquals(0, ToneStyle.OLD.convertCommonWords("Thuý Hoà").changed());
    }
}
