package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tone-mark placement (nd30 §1.3 Quốc hiệu writes "HÒA": the old style is the default). */
class ToneStyleTest {

    @ParameterizedTest(name = "{0} ⇄ {1}")
    @CsvSource({
        "hòa, hoà", "hóa, hoá", "hỏa, hoả", "họa, hoạ", "hõa, hoã",
        "thủy, thuỷ", "lũy, luỹ", "túy, tuý", "tụy, tuỵ", "ủy, uỷ",
        "khỏe, khoẻ", "xòe, xoè", "lóe, loé",
        "HÒA, HOÀ", "THỦY, THUỶ", "KHỎE, KHOẺ", "Hòa Bình, Hoà Bình", "Ủy ban, Uỷ ban",
        "CỘNG HÒA XÃ HỘI, CỘNG HOÀ XÃ HỘI", "Thủy lợi, Thuỷ lợi",
        "văn hóa và thể thao, văn hoá và thể thao", "hòa. (khỏe), hoà. (khoẻ)",
    })
    void convertsBothWays(String old, String neu) {
        assertEquals(old, ToneStyle.OLD.apply(neu));
        assertEquals(neu, ToneStyle.NEW.apply(old));
        assertEquals(old, ToneStyle.OLD.apply(old), "already old: unchanged");
        assertEquals(neu, ToneStyle.NEW.apply(neu), "already new: unchanged");
    }

    @ParameterizedTest(name = "never touch {0}")
    @ValueSource(strings = {"quý", "quỳ", "giường", "qua", "quà", "gia", "già", "hoàng", "HOÀNG", "hoàn", "khoát",
        "thuở", "khuya", "tuyển", "nguyễn", "Nguyễn", "ngoài", "khuỷu", "thuế", "quân", "huýt", "hoa", "thuy",
        "xoong", "Toàn", "oán"})
    void leavesWordsWhereTheStyleDoesNotApply(String word) {
        assertEquals(word, ToneStyle.OLD.apply(word));
        assertEquals(word, ToneStyle.NEW.apply(word));
    }

    @ParameterizedTest
    @CsvSource({"hòa, hoà", "THỦY, THUỶ"})
    void acceptsDecomposedInputAndReturnsNfc(String old, String neu) {
        String nfd = Normalizer2.getNFDInstance().normalize(neu);
        assertEquals(old, ToneStyle.OLD.apply(nfd));
        String nfdOld = Normalizer2.getNFDInstance().normalize(old);
        assertEquals(neu, ToneStyle.NEW.apply(nfdOld));
    }
}
