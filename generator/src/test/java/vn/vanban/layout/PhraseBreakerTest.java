package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Phrase boundaries of Vietnamese titles: where a long name may wrap and where it must not. */
class PhraseBreakerTest {
    private static int[] p(String s) {
        return PhraseBreaker.penalties(Arrays.asList(s.split(" ")));
    }

    @Test
    void breaksBeforeTheUnitAndTheOrdinalNeverInsideNamesOrNumbers() {
        List<String> w = List.of("Đại", "hội", "Thi", "đua", "yêu", "nước", "tỉnh", "Bình", "Phước", "lần", "thứ", "VI");
        int[] pen = PhraseBreaker.penalties(w);
        assertEquals(PhraseBreaker.BAD, pen[0], "Đại | hội");
        assertEquals(PhraseBreaker.BAD, pen[2], "Thi | đua");
        assertEquals(PhraseBreaker.BAD, pen[4], "yêu | nước");
        assertEquals(PhraseBreaker.GOOD, pen[5], "nước | tỉnh");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[6], "tỉnh | Bình");
        assertEquals(PhraseBreaker.BAD, pen[7], "Bình | Phước");
        assertEquals(PhraseBreaker.GOOD, pen[8], "Phước | lần");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[9], "lần | thứ");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[10], "thứ | VI");
    }

    @Test
    void keepsAnOrganisationsNameTogetherAndBreaksBeforeIt() {
        int[] pen = p("lao động sáng tạo Tổng công ty Điện lực Thành phố Hồ Chí Minh");
        assertEquals(PhraseBreaker.GOOD, pen[3], "tạo | Tổng");
        assertEquals(PhraseBreaker.BAD, pen[4], "Tổng | công");
        assertEquals(PhraseBreaker.BAD, pen[5], "công | ty");
        assertEquals(PhraseBreaker.BAD, pen[7], "Điện | lực");
    }

    @Test
    void keepsPeriodsAndDashesTogetherAndPrefersCommasAndBrackets() {
        int[] pen = p("lần thứ VI, giai đoạn 2025 - 2030");
        assertEquals(PhraseBreaker.BEST, pen[2], "after the comma");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[3], "giai | đoạn");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[4], "đoạn | 2025");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[5], "2025 | -");
        assertEquals(PhraseBreaker.FORBIDDEN, pen[6], "- | 2030");
        assertEquals(PhraseBreaker.BEST, p("Phước (2025 - 2030)")[0], "before the bracket");
        assertEquals(PhraseBreaker.FORBIDDEN, p("thành phố Hồ Chí Minh")[0], "thành | phố");
        assertEquals(PhraseBreaker.FORBIDDEN, p("thành phố Hồ Chí Minh")[1], "phố | Hồ");
        assertEquals(PhraseBreaker.BAD, p("thành phố Hồ Chí Minh")[2], "Hồ | Chí");
    }
}
