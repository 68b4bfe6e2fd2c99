package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** nd30 §1.5 numbering: Roman for Phần/Chương, letters for điểm, ordinals for "Phần thứ nhất". */
class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1, I", "2, II", "3, III", "4, IV", "5, V", "6, VI", "9, IX", "10, X", "11, XI", "14, XIV",
        "19, XIX", "40, XL", "49, XLIX", "90, XC", "400, CD", "2025, MMXXV", "3999, MMMCMXCIX"})
    void romanBothWays(int n, String roman) {
        assertEquals(roman, Numerals.roman(n));
        assertEquals(n, Numerals.fromRoman(roman));
        assertEquals(n, Numerals.fromRoman(roman.toLowerCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest(name = "invalid \"{0}\"")
    @ValueSource(strings = {"", "IIII", "VV", "IC", "XM", "ABC", "MMMM", "IVI", "1", "I I", "LXXXX"})
    void fromRomanRejects(String s) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numerals.fromRoman(s));
        assertTrue(e.getMessage().contains("Roman"), e.getMessage());
    }

    @Test
    void romanRange() {
        assertThrows(IllegalArgumentException.class, () -> Numerals.roman(0));
        assertThrows(IllegalArgumentException.class, () -> Numerals.roman(4000));
        assertThrows(IllegalArgumentException.class, () -> Numerals.fromRoman(null));
    }

    @ParameterizedTest(name = "điểm {0} = {1})")
    @CsvSource({"1, a", "2, b", "3, c", "4, d", "5, đ", "6, e", "7, g", "8, h", "9, i", "10, k", "11, l",
        "14, o", "20, u", "21, v", "22, x", "23, y", "24, aa", "28, đđ", "46, yy", "47, aaa"})
    void pointLetters(int index, String letter) {
        assertEquals(letter, Numerals.pointLetter(index));
    }

    @Test
    void pointLettersSkipShapedAndForeignLetters() {
        for (int i = 1; i <= 23; i++) {
            String l = Numerals.pointLetter(i);
            assertTrue(!"ăâêôơưfjwz".contains(l), l);
        }
        assertThrows(IllegalArgumentException.class, () -> Numerals.pointLetter(0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1, thứ nhất", "2, thứ hai", "3, thứ ba", "4, thứ tư", "5, thứ năm", "10, thứ mười",
        "11, thứ mười một", "14, thứ mười bốn", "15, thứ mười lăm", "21, thứ hai mươi mốt", "24, thứ hai mươi tư",
        "100, thứ một trăm"})
    void ordinals(int n, String words) {
        assertEquals(words, Numerals.ordinal(n));
        assertEquals(words, Numerals.partOrdinal(n));
    }

    @Test
    void ordinalRange() {
        assertThrows(IllegalArgumentException.class, () -> Numerals.ordinal(0));
    }
}
