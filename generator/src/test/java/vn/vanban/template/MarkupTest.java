package vn.vanban.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 7.3: literal asterisks are never eaten by the markup; the rules as documented in the README. */
class MarkupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Các chỉ tiêu (*) được tính theo năm (*) | Các chỉ tiêu (*) được tính theo năm (*)",
            "Số liệu (*): xem ghi chú (**) | Số liệu (*): xem ghi chú (**)",
            "điểm 5 * 3 = 15 | điểm 5 * 3 = 15",
            "dấu \\* in ra như gõ | dấu * in ra như gõ",
            "a *b | a *b",
            "**đậm** và *nghiêng* | <b>đậm</b> và <i>nghiêng</i>",
            "`Nguyễn Thị Thuý *Hoà*` ký | <lit>Nguyễn Thị Thuý *Hoà*</lit> ký",
            "** không đậm ** | ** không đậm **",
            "tỷ lệ 70% *các xã* | tỷ lệ 70% <i>các xã</i>",
            "a < b & c | a &lt; b &amp; c",
    })
    void inline(String typed, String xml) {
        assertEquals(xml, Markup.inline(typed));
    }

    @org.junit.jupiter.api.Test
    void aLongParagraphOfUnpairedStarsPrintsAsTyped() {
        String stars = "a * ".repeat(30_000) + "(*) ".repeat(30_000);
        assertEquals(stars, Markup.inline(stars));
        assertTrue(Markup.toXml("- ghi chú (*) và *nghiêng*").contains("<item>ghi chú (*) và <i>nghiêng</i></item>"));
    }
}
