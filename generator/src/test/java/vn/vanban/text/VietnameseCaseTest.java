package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Case mapping of every Vietnamese vowel with every tone (nd30 §1.1: Unicode TCVN 6909, NFC text). */
class VietnameseCaseTest {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String[] VOWELS = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
    private static final String[] TONES = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    /** 12 vowels × 6 tones × {lower, upper} = 144 letters, each as (lower NFC, upper NFC). */
    static Stream<Arguments> everyVowelAndTone() {
        List<Arguments> out = new ArrayList<>();
        for (String v : VOWELS) {
            for (String t : TONES) {
                String lower = NFC.normalize(v + t);
                String upper = NFC.normalize(v.toUpperCase(java.util.Locale.ROOT) + t);
                out.add(Arguments.of(lower, upper, "lower"));
                out.add(Arguments.of(lower, upper, "upper"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2} {0}/{1}")
    @MethodSource("everyVowelAndTone")
    void upperLowerAndNormalFormsRoundTrip(String lower, String upper, String which) {
        assertEquals(1, lower.length(), "each vowel+tone has one precomposed code point: " + lower);
        assertEquals(1, upper.length());
        String input = which.equals("lower") ? lower : upper;
        String nfd = NFD.normalize(input);
        assertTrue(nfd.length() >= 1);
        // From NFC and from NFD, the mapping lands on the same NFC letter.
        assertEquals(upper, VietnameseCase.upper(input));
        assertEquals(upper, VietnameseCase.upper(nfd));
        assertEquals(lower, VietnameseCase.lower(input));
        assertEquals(lower, VietnameseCase.lower(nfd));
        assertEquals(input, NFC.normalize(nfd), "NFD → NFC round trip");
    }

    @ParameterizedTest
    @CsvSource({
        "đại hội thi đua yêu nước, ĐẠI HỘI THI ĐUA YÊU NƯỚC",
        "cộng hòa xã hội chủ nghĩa việt nam, CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ủy ban nhân dân, ỦY BAN NHÂN DÂN",
    })
    void upperCasesWholePhrases(String in, String expected) {
        assertEquals(expected, VietnameseCase.upper(in));
        assertEquals(in, VietnameseCase.lower(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "một triệu đồng|Một triệu đồng",
        "đồng chí|Đồng chí",
        "ủy ban|Ủy ban",
        "\"ăn\"|\"Ăn\"",
        "Đã viết hoa|Đã viết hoa",
        "123 việc|123 Việc",
    })
    void capitalizeFirstLetterOnly(String in, String expected) {
        assertEquals(expected, VietnameseCase.capitalizeFirst(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nguyễn văn  an|Nguyễn Văn An",
        "  TRẦN THỊ ÁNH  |Trần Thị Ánh",
        "đặng ưng|Đặng Ưng",
        "lê\tthị ơn|Lê Thị Ơn",
    })
    void titleCasesProperNames(String in, String expected) {
        assertEquals(expected, VietnameseCase.titleCaseName(in));
    }
}
