package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Phrase boundaries of Vietnamese titles: where a long name may wrap and where it must not. */
class PhrasePenaltiesTest {
    private static int[] p(String s) {
        return PhrasePenalties.penalties(Arrays.asList(s.split(" ")));
    }

    @Test
    void breaksBeforeTheUnitAndTheOrdinalNeverInsideNamesOrNumbers() {
        List<String> w = List.of("Đại", "hội", "Thi", "đua", "yêu", "nước", "tỉnh", "Bình", "Phước", "lần", "thứ", "VI");
        int[] pen = PhrasePenalties.penalties(w);
        assertEquals(PhrasePenalties.BAD, pen[0], "Đại | hội");
        assertEquals(PhrasePenalties.BAD, pen[2], "Thi | đua");
        assertEquals(PhrasePenalties.BAD, pen[4], "yêu | nước");
        assertEquals(PhrasePenalties.GOOD, pen[5], "nước | tỉnh");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[6], "tỉnh | Bình");
        assertEquals(PhrasePenalties.BAD, pen[7], "Bình | Phước");
        assertEquals(PhrasePenalties.GOOD, pen[8], "Phước | lần");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[9], "lần | thứ");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[10], "thứ | VI");
    }

    @Test
    void keepsAnOrganisationsNameTogetherAndBreaksBeforeIt() {
        int[] pen = p("lao động sáng tạo Tổng công ty Điện lực Thành phố Hồ Chí Minh");
        assertEquals(PhrasePenalties.GOOD, pen[3], "tạo | Tổng");
        assertEquals(PhrasePenalties.BAD, pen[4], "Tổng | công");
        assertEquals(PhrasePenalties.BAD, pen[5], "công | ty");
        assertEquals(PhrasePenalties.BAD, pen[7], "Điện | lực");
    }

    @Test
    void keepsASectorsNameWholeAndBreaksBeforeIt() {
        int[] pen = p("Hội nghị điển hình tiên tiến ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi");
        assertEquals(PhrasePenalties.GOOD, pen[5], "tiến | ngành");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[6], "ngành | Giáo");
        assertEquals(PhrasePenalties.BAD, pen[8], "dục | và");
        assertEquals(PhrasePenalties.BAD, pen[9], "và | Đào");
        assertEquals(PhrasePenalties.GOOD, pen[11], "tạo | tỉnh");
        // A "và" that joins two phrases is still a good break.
        assertEquals(PhrasePenalties.GOOD, p("tỉnh Bình Phước và Đại hội")[2], "Phước | và");
    }

    @Test
    void keepsPeriodsAndDashesTogetherAndPrefersCommasAndBrackets() {
        int[] pen = p("lần thứ VI, giai đoạn 2025 - 2030");
        assertEquals(PhrasePenalties.BEST, pen[2], "after the comma");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[3], "giai | đoạn");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[4], "đoạn | 2025");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[5], "2025 | -");
        assertEquals(PhrasePenalties.FORBIDDEN, pen[6], "- | 2030");
        assertEquals(PhrasePenalties.BEST, p("Phước (2025 - 2030)")[0], "before the bracket");
        assertEquals(PhrasePenalties.FORBIDDEN, p("thành phố Hồ Chí Minh")[0], "thành | phố");
        assertEquals(PhrasePenalties.FORBIDDEN, p("thành phố Hồ Chí Minh")[1], "phố | Hồ");
        assertEquals(PhrasePenalties.BAD, p("thành phố Hồ Chí Minh")[2], "Hồ | Chí");
    }
}
