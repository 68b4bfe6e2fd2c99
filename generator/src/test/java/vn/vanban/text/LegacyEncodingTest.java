package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.text.internal.LegacyTables;

/** Legacy Vietnamese encodings → Unicode NFC (house rule: Vietnamese text is NFC everywhere). */
class LegacyEncodingTest {

    @ParameterizedTest(name = "TCVN3 {0}")
    @CsvSource(delimiter = '|', value = {
        "B¶o Th¾ng|Bảo Thắng",
        "M­êng Kh­¬ng|Mường Khương",
        "B¸t X¸t|Bát Xát",
        "Hµ Néi|Hà Nội",
        "§¹i héi thi ®ua yªu n­íc|Đại hội thi đua yêu nước",
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam|Cộng hoà xã hội chủ nghĩa Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc|Độc lập - Tự do - Hạnh phúc",
        "¡n ¢m £m ¤ng ¥n ¦ng|Ăn Âm Êm Ông Ơn Ưng",
        "Uû ban nh©n d©n, khuûu tay, thuë Êy|Uỷ ban nhân dân, khuỷu tay, thuở ấy",
    })
    void tcvn3(String legacy, String unicode) {
        assertEquals(unicode, LegacyEncoding.TCVN3.toUnicode(legacy));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncoding.detect(legacy));
    }

    @ParameterizedTest(name = "VNI {0}")
    @CsvSource(delimiter = '|', value = {
        "Vieät Nam|Việt Nam",
        "Hoäi ñoàng thi ñua|Hội đồng thi đua",
        "ñöôøng|đường",
        "Coäng hoøa xaõ hoäi chuû nghóa|Cộng hòa xã hội chủ nghĩa",
        "Ñoäc laäp - Töï do - Haïnh phuùc|Độc lập - Tự do - Hạnh phúc",
        "AÊn, aén, ÔÙN, ÖØNG|Ăn, ắn, ỚN, ỪNG",
        "kyû nieäm, tyû leä, ò, Ò|kỷ niệm, tỷ lệ, ị, Ị",
        "VIEÄT NAM|VIỆT NAM",
    })
    void vni(String legacy, String unicode) {
        assertEquals(unicode, LegacyEncoding.VNI.toUnicode(legacy));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.detect(legacy));
    }

    @ParameterizedTest(name = "VIQR {0}")
    @CsvSource(delimiter = '|', value = {
        "Vie^.t Nam|Việt Nam",
        "Ha` No^.i.|Hà Nội.",
        "ddu+o+`ng|đường",
        "DDa.i ho^.i thi ddua|Đại hội thi đua",
        "Chu? ti.ch U?y ban|Chủ tịch Ủy ban",
        "a( a^ e^ o^ o+ u+|ă â ê ô ơ ư",
        "Tho^ng ba'o\\.|Thông báo.",
        "nu+o+'c|nước",
    })
    void viqr(String legacy, String unicode) {
        assertEquals(unicode, LegacyEncoding.VIQR.toUnicode(legacy));
        assertEquals(Optional.of(LegacyEncoding.VIQR), LegacyEncoding.detect(legacy));
    }

    @ParameterizedTest(name = "nothing to convert: {0}")
    @ValueSource(strings = {"Việt Nam", "Hello world.", "don't stop", "Đại hội", "Kế hoạch số 01/KH-HĐTĐKT",
        "Cộng hòa", "plain ascii text with numbers 1.005.000", "café", ""})
    void detectsNothingInUnicodeOrAscii(String s) {
        assertEquals(Optional.empty(), LegacyEncoding.detect(s));
    }

    @ParameterizedTest(name = "round trip {0}")
    @ValueSource(strings = {"Đại hội thi đua yêu nước lần thứ VI", "Nguyễn Thị Ánh, Trần Văn Ưng",
        "Kế hoạch tổ chức hội nghị biểu dương", "ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ í ì ỉ ĩ ị"})
    void roundTripsThroughBothByteEncodings(String unicode) {
        String tcvn = LegacyTables.unicodeToTcvn3(VietnameseCase.lower(unicode));
        assertEquals(VietnameseCase.lower(unicode), LegacyEncoding.TCVN3.toUnicode(tcvn));
        String vni = LegacyTables.unicodeToVni(unicode);
        assertEquals(unicode, LegacyEncoding.VNI.toUnicode(vni));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.detect(vni));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncoding.detect(tcvn));
        assertEquals(true, Normalizer2.getNFCInstance().isNormalized(LegacyEncoding.VNI.toUnicode(vni)));
    }
}
