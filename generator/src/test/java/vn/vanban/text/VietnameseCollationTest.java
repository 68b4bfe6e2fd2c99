package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư) for lists of names. */
class VietnameseCollationTest {

    @Test
    void vietnameseOrderDiffersFromCodePointOrder() {
        List<String> names = List.of("Ánh", "Âu", "Ăn", "Bình", "Đào", "Dũng", "Ơn", "Ưng", "Uyên", "Ôn", "Ông", "Oanh");
        List<String> expected = List.of("Ánh", "Ăn", "Âu", "Bình", "Dũng", "Đào", "Oanh", "Ôn", "Ông", "Ơn", "Uyên", "Ưng");
        assertEquals(expected, VietnameseCollation.sortNames(names, false));
        List<String> codePoint = new ArrayList<>(names);
        codePoint.sort(null);
        assertNotEquals(expected, codePoint, "the test must be one that code-point order gets wrong");
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({"a, ă", "ă, â", "â, b", "d, đ", "đ, e", "e, ê", "ê, g", "o, ô", "ô, ơ", "ơ, p", "u, ư", "ư, v",
        "An, Ăn", "Dũng, Đào", "Uyên, Ưng", "Hà, Hạ", "ma, mà"})
    void pairwiseOrder(String a, String b) {
        assertTrue(VietnameseCollation.comparator().compare(a, b) < 0, a + " before " + b);
        assertTrue(VietnameseCollation.comparator().compare(b, a) > 0);
    }

    @Test
    void givenNameFirst() {
        List<String> names = List.of("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Đỗ Ưng", "Phạm Thị Ơn",
                "Nguyễn Văn Ánh", "Võ Đào");
        List<String> expected = List.of("Lê Văn An", "Nguyễn Thị Ánh", "Nguyễn Văn Ánh", "Trần Văn Bình", "Võ Đào",
                "Phạm Thị Ơn", "Đỗ Ưng");
        assertEquals(expected, VietnameseCollation.sortNames(names, true));
        List<String> byFull = VietnameseCollation.sortNames(names, false);
        assertEquals(List.of("Đỗ Ưng", "Lê Văn An", "Nguyễn Thị Ánh", "Nguyễn Văn Ánh", "Phạm Thị Ơn", "Trần Văn Bình",
                "Võ Đào"), byFull);
    }

    @Test
    void givenNameTiesFallBackToFamilyThenWhole() {
        assertTrue(VietnameseCollation.byGivenName().compare("Ân Văn Hà", "Bùi Hà") < 0);
        assertTrue(VietnameseCollation.byGivenName().compare("Lê Hà", "Lê Văn Hà") < 0, "family+middle breaks ties");
        assertEquals(0, VietnameseCollation.byGivenName().compare("Lê An", "Lê An"));
    }
}
