package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.text.TextNormalizer.Fix;
import vn.vanban.text.TextNormalizer.Kind;

/** Input normalisation with offsets into the original (house rule: Vietnamese text is NFC everywhere). */
class TextNormalizerTest {

    /** Escapes: \\n, \\r, \\t, and {XXXX} for a code point, so that the table stays readable. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else if (c == '{') {
                int end = s.indexOf('}', i);
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, end), 16));
                i = end;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // input | expected text | fixes as KIND@offset
        "Vie{0323}{0302}t Nam|Việt Nam|NFC@2",
        "hie{0323}{0302}u qua{0309}|hiệu quả|NFC@2 NFC@9",
        "a{200B}b|ab|ZERO_WIDTH@1",
        "{FEFF}Kế hoạch|Kế hoạch|ZERO_WIDTH@0",
        "a{200C}{200D}{2060}b|ab|ZERO_WIDTH@1 ZERO_WIDTH@2 ZERO_WIDTH@3",
        "a{0007}b{0085}c|abc|CONTROL@1 CONTROL@3",
        "dòng 1\\r\\ndòng 2|dòng 1\\ndòng 2|CONTROL@6",
        "a\\rb|a\\nb|CONTROL@1",
        "Số{00A0}05|Số 05|NBSP@2",
        "a{202F}b|a b|NBSP@1",
        "hai  từ|hai từ|REPEATED_SPACES@3",
        "a    b   c|a b c|REPEATED_SPACES@1 REPEATED_SPACES@6",
        "hiệu quả .|hiệu quả.|SPACE_BEFORE_PUNCTUATION@8",
        "a , b ; c : d ! e ?|a, b; c: d! e?|SPACE_BEFORE_PUNCTUATION@1 SPACE_BEFORE_PUNCTUATION@5 SPACE_BEFORE_PUNCTUATION@9 SPACE_BEFORE_PUNCTUATION@13 SPACE_BEFORE_PUNCTUATION@17",
        "còn nữa ...|còn nữa ...|",
        "giá trị .5|giá trị .5|",
        "tỷ lệ ,5|tỷ lệ ,5|",
        "'cuối dòng   '|cuối dòng|TRAILING_SPACES@9",
        "tab\\t\\n|tab\\n|TRAILING_SPACES@3",
        "'   \\nx'|\\nx|TRAILING_SPACES@0",
        "'    - thụt lề giữ nguyên'|'    - thụt lề giữ nguyên'|",
        "\\t- tab đầu dòng|\\t- tab đầu dòng|",
        "cột\\tcột|cột\\tcột|",
        "a{00A0} b|a b|NBSP@1 REPEATED_SPACES@1",
        "a {200B} .|a.|SPACE_BEFORE_PUNCTUATION@1 ZERO_WIDTH@2",
        "Hà Nội, ngày 05 tháng 01 năm 2020|Hà Nội, ngày 05 tháng 01 năm 2020|",
        "'x{00A0}\\r\\ny  '|x\\ny|NBSP@1 TRAILING_SPACES@1 CONTROL@2 TRAILING_SPACES@5",
    })
    void fixesWithOriginalOffsets(String input, String expected, String fixes) {
        String in = unescape(input);
        TextNormalizer.Result r = TextNormalizer.normalize(in);
        assertEquals(unescape(expected), r.text());
        String got = r.fixes().stream().map(f -> f.kind() + "@" + f.offset()).collect(Collectors.joining(" "));
        assertEquals(fixes == null ? "" : fixes, got, "fixes for " + input);
        assertEquals(r.changed(), !r.fixes().isEmpty());
        assertTrue(Normalizer2.getNFCInstance().isNormalized(r.text()));
        assertFalse(TextNormalizer.normalize(r.text()).changed(), "idempotent: " + r.text());
        for (Fix f : r.fixes()) {
            assertTrue(f.offset() >= 0 && f.offset() < in.length(), "offset inside the original");
            assertFalse(f.detail().isBlank());
        }
    }

    @Test
    void fixesAreInOffsetOrder() {
        String in = unescape("a{200B}  b ,\\r\\nVie{0323}{0302}t{00A0}Nam  ");
        List<Fix> fixes = TextNormalizer.normalize(in).fixes();
        for (int i = 1; i < fixes.size(); i++) {
            assertTrue(fixes.get(i - 1).offset() <= fixes.get(i).offset(), fixes.toString());
        }
        assertEquals(Kind.ZERO_WIDTH, fixes.get(0).kind());
    }

    @ParameterizedTest(name = "idempotent on sample {index}")
    @ValueSource(strings = {
        "  a  ,  ,  b  ", "{00A0}{00A0}x", ". . .", " ,", "a ..", "a ...  .", "\\r\\r\\n\\n", "x \\t y",
        "Ho{0300}a{0301}", "e{0302}{0301}{0323}", "{200B}", "  ", "a\\t \\t", "? ! ;",
    })
    void idempotent(String sample) {
        String once = TextNormalizer.normalize(unescape(sample)).text();
        TextNormalizer.Result twice = TextNormalizer.normalize(once);
        assertEquals(once, twice.text());
        assertEquals(List.of(), twice.fixes());
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Kế hoạch tổ chức Đại hội Thi đua yêu nước lần thứ VI.\n    1. Mục đích";
        TextNormalizer.Result r = TextNormalizer.normalize(clean);
        assertEquals(clean, r.text());
        assertFalse(r.changed());
    }
}
