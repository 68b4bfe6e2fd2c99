package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanban.style.Nd30Style;

/**
 * Issue 7.5: real agency, ministry, department, enterprise and commune names in the header's left
 * column break at phrase boundaries, never mid-phrase, at 13 pt bold in the column the ND30 header
 * gives them (62 mm, widened by measurement up to what the Quốc hiệu leaves).
 */
class PhraseBreaksTest {
    private static final TextMeasurer M = TextMeasurer.standard();
    /** The most the left column can take beside the Quốc hiệu, as {@link HeaderPlan} computes it. */
    private static final double COLUMN = Nd30Style.standard().textWidthMm() * PageGeometry.PT_PER_MM
            - M.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false) - 2 * PageGeometry.mm(1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ | ỦY BAN NHÂN DÂN / XÃ XUÂN PHÚ",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC | ỦY BAN NHÂN DÂN / TỈNH BÌNH PHƯỚC",
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH",
            "ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ | ỦY BAN NHÂN DÂN / PHƯỜNG ĐIỆN BIÊN PHỦ",
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | BỘ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG",
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH | BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA | SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG / TỈNH THANH HÓA",
            "SỞ NỘI VỤ | SỞ NỘI VỤ",
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH QUẢNG NINH | HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG / TỈNH QUẢNG NINH",
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC | TỔNG CÔNG TY / ĐIỆN LỰC MIỀN BẮC",
            "CÔNG TY CỔ PHẦN XI MĂNG HÀ TIÊN 1 | CÔNG TY CỔ PHẦN / XI MĂNG HÀ TIÊN 1",
            "CÔNG ĐOÀN CÔNG TY TNHH MỘT THÀNH VIÊN CAO SU PHÚ RIỀNG | CÔNG ĐOÀN CÔNG TY TNHH / MỘT THÀNH VIÊN / CAO SU PHÚ RIỀNG",
            "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG | BAN / THI ĐUA - KHEN THƯỞNG / TRUNG ƯƠNG",
    })
    void breaksAtPhraseBoundaries(String name, String expected) {
        List<String> lines = PhraseBreaks.split(name, COLUMN, s -> M.width(s, 13, true, false));
        assertEquals(expected, String.join(" / ", lines));
        for (String line : lines) {
            assertEquals(true, M.width(line, 13, true, false) <= COLUMN, line + " fits the column");
        }
    }
}
