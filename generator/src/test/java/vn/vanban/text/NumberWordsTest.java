package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words and digits, as administrative documents and payment orders write them. */
class NumberWordsTest {
    private static final NumberWords STD = NumberWords.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "0|không", "1|một", "5|năm", "10|mười", "11|mười một", "14|mười bốn", "15|mười lăm", "20|hai mươi",
        "21|hai mươi mốt", "24|hai mươi tư", "25|hai mươi lăm", "30|ba mươi", "55|năm mươi lăm",
        "100|một trăm", "101|một trăm linh một", "105|một trăm linh năm", "110|một trăm mười",
        "115|một trăm mười lăm", "121|một trăm hai mươi mốt", "1000|một nghìn", "1001|một nghìn không trăm linh một",
        "1005|một nghìn không trăm linh năm", "1010|một nghìn không trăm mười", "1100|một nghìn một trăm",
        "10005|mười nghìn không trăm linh năm", "100000|một trăm nghìn", "1000000|một triệu",
        "1000005|một triệu không trăm linh năm", "1005000|một triệu không trăm linh năm nghìn",
        "2025|hai nghìn không trăm hai mươi lăm", "1000000000|một tỷ", "1000000000000|một nghìn tỷ",
        "1000000001|một tỷ không trăm linh một", "2000000500000|hai nghìn tỷ năm trăm nghìn", "2000000005000|hai nghìn tỷ không trăm linh năm nghìn",
        "999999999999999|chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
        "-15|âm mười lăm", "-1005000|âm một triệu không trăm linh năm nghìn",
    })
    void cardinalWithLinhAndNghin(long n, String words) {
        assertEquals(words, STD.cardinal(n));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "5|năm", "101|một trăm lẻ một", "105|một trăm lẻ năm", "1000|một ngàn",
        "1005|một ngàn không trăm lẻ năm", "10005|mười ngàn không trăm lẻ năm",
        "1005000|một triệu không trăm lẻ năm ngàn", "1000000000000|một ngàn tỷ",
    })
    void cardinalWithLeAndNgan(long n, String words) {
        assertEquals(words, STD.withZeroTens("lẻ").withThousand("ngàn").cardinal(n));
    }

    @ParameterizedTest(name = "{0} đồng")
    @CsvSource(delimiter = '|', value = {
        "0|Không đồng", "5|Năm đồng", "1000000|Một triệu đồng", "1005000|Một triệu không trăm linh năm nghìn đồng",
        "2025000|Hai triệu không trăm hai mươi lăm nghìn đồng", "1500000|Một triệu năm trăm nghìn đồng",
        "15000000|Mười lăm triệu đồng",
    })
    void moneyStandard(long n, String words) {
        assertEquals(words, STD.money(n));
    }

    @ParameterizedTest(name = "{0} đồng (lẻ, ngàn)")
    @CsvSource(delimiter = '|', value = {
        "1005000|Một triệu không trăm lẻ năm ngàn đồng", "101000|Một trăm lẻ một ngàn đồng",
    })
    void moneyLeNgan(long n, String words) {
        assertEquals(words, STD.withZeroTens("lẻ").withThousand("ngàn").money(n));
    }

    @Test
    void agreesWithIcuOnSmallNumbersWithoutZeroTens() {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n < 1000; n++) {
            if (n >= 100 && n / 10 % 10 == 0 && n % 10 != 0) {
                continue; // ICU says "lẻ", we say "linh" by default
            }
            assertEquals(icu.format(n), STD.cardinal(n), "n=" + n);
            assertEquals(icu.format(n), STD.withZeroTens("lẻ").cardinal(n), "n=" + n);
        }
        assertEquals(icu.format(105), STD.withZeroTens("lẻ").cardinal(105));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "999|999", "1000|1.000", "1005000|1.005.000", "-1234567|-1.234.567"})
    void groupedLong(long n, String text) {
        assertEquals(text, NumberWords.grouped(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.5|1.234,5", "0.25|0,25", "1005000|1.005.000", "1234567.00|1.234.567,00"})
    void groupedDecimal(String n, String text) {
        assertEquals(text, NumberWords.grouped(new BigDecimal(n)));
    }

    @Test
    void rejectsUnknownWords() {
        assertThrows(IllegalArgumentException.class, () -> STD.withZeroTens("lẽ"));
        assertThrows(IllegalArgumentException.class, () -> STD.withThousand("ngan"));
        assertThrows(IllegalArgumentException.class, () -> STD.cardinal(Long.MIN_VALUE));
    }

    @Test
    void instancesAreImmutable() {
        NumberWords le = STD.withZeroTens("lẻ");
        assertEquals("một trăm linh một", STD.cardinal(101));
        assertEquals("một trăm lẻ một", le.cardinal(101));
    }
}
