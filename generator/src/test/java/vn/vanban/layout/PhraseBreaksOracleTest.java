package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link PhraseBreaks} splits every name as the version before it ({@link PhraseBreaksOracle}):
 * random names of agency words, openers, legal forms, dashes, lower case and odd spacing, at
 * widths from a few words to the whole name.
 */
class PhraseBreaksOracleTest {
    private static final TextMeasurer M = TextMeasurer.standard();
    private static final PhraseBreaks.Measure BOLD = s -> M.width(s, 13, true, false);

    @Test
    void randomNamesSplitAsTheOracle() {
        String[] words = {"ỦY", "BAN", "NHÂN", "DÂN", "XÃ", "XUÂN", "PHÚ", "TỈNH", "THÀNH", "PHỐ", "HỒ", "CHÍ", "MINH", "BỘ",
            "NÔNG", "NGHIỆP", "VÀ", "MÔI", "TRƯỜNG", "SỞ", "NỘI", "VỤ", "HỘI", "ĐỒNG", "THI", "ĐUA", "-", "–", "KHEN",
            "THƯỞNG", "CÔNG", "TY", "CỔ", "PHẦN", "TNHH", "MỘT", "VIÊN", "TỔNG", "CỤC", "CHI", "NHÁNH", "MẶT", "TRẬN", "TỔ",
            "QUỐC", "VIỆT", "NAM", "TRUNG", "ƯƠNG", "THỊ", "TRẤN", "ĐẶC", "KHU", "phường", "huyện", "Ban", "đoàn", "ß", "1"};
        String[] spaces = {" ", " ", " ", "  "};
        SplittableRandom rnd = new SplittableRandom(30);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(rnd.nextInt(4) == 0 ? " " : "");
            if (rnd.nextInt(3) == 0) {
                b.append(rnd.nextBoolean() ? "ỦY BAN NHÂN DÂN " : "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM ");
            }
            int n = rnd.nextInt(1, 12);
            for (int k = 0; k < n; k++) {
                b.append(k > 0 ? spaces[rnd.nextInt(spaces.length)] : "").append(words[rnd.nextInt(words.length)]);
            }
            String name = b.toString();
            double width = rnd.nextDouble(30, 400);
            assertEquals(PhraseBreaksOracle.split(name, width, BOLD), PhraseBreaks.split(name, width, BOLD),
                    name + " at " + width);
        }
    }
}
