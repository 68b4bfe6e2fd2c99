package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 7.5: the units a line must never split, as the officer types them. */
class JoinsTest {
    private static final LineBreaker BREAKER = new LineBreaker(TextMeasurer.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "giai đoạn 2025 - 2030 | 2025 - 2030",
            "giai đoạn 2025-2030 | 2025-2030",
            "theo Kế hoạch số 293/KH-UBND ngày 08/10/2024 | số 293/KH-UBND",
            "theo Kế hoạch số 293/KH-UBND ngày 08/10/2024 | ngày 08/10/2024",
            "Ủy ban MTTQ, các tổ chức CT-XH | CT-XH",
            "Lưu: VT, MC-02KH | MC-02KH",
            "ngày 08 tháng 10 năm 2024 | tháng 10",
            "Đại hội lần thứ VI | thứ VI",
            "đại biểu điển hình chiếm 70 % | 70 %",
            "trong Quý I năm 2025 | Quý I",
    })
    void aUnitStaysOnOneLineAtEveryWidth(String text, String unit) {
        String joined = Joins.apply(text);
        assertEquals(text, Joins.plain(joined), "a reader sees the text as typed");
        assertEquals(joined, Joins.apply(joined), "joining twice changes nothing");
        TextRun run = new TextRun(joined, vn.vanban.style.FontFace.REGULAR, 14);
        double full = BREAKER.width(java.util.List.of(run));
        double unitWidth = BREAKER.width(java.util.List.of(new TextRun(Joins.apply(unit), vn.vanban.style.FontFace.REGULAR, 14)));
        for (double w = unitWidth + 0.5; w <= full + 1; w += 3) {
            boolean whole = false;
            for (Line line : BREAKER.lines(java.util.List.of(run), w, w)) {
                whole |= line.text().contains(unit);
            }
            assertEquals(true, whole, "\"" + unit + "\" split at width " + w);
        }
    }
}
