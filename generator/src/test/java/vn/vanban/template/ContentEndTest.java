package vn.vanban.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanban.event.EventFile;
import vn.vanban.event.EventReader;
import vn.vanban.render.text.PlainTextRenderer;

/** Issue 7.4: the content ends with "./." whatever its last block is, and only once. */
class ContentEndTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a closing paragraph | ket_thuc: Trên đây là Kế hoạch của Ủy ban nhân dân xã. | Trên đây là Kế hoạch của Ủy ban nhân dân xã./.",
            "a typed ./. kept once | ket_thuc: Trên đây là Kế hoạch./. | Trên đây là Kế hoạch./.",
            "a dash item | ket_thuc: '- Giao Văn phòng theo dõi, đôn đốc;' | - Giao Văn phòng theo dõi, đôn đốc./.",
            "a numbered paragraph (numbered on from the Mục) | ket_thuc: '1. Các phòng, ban thực hiện:' | II. Các phòng, ban thực hiện./.",
            "no closing at all: the last item of the body | '' | - Tổ chức tuyên truyền./.",
    })
    void lastBlockEndsTheContent(String what, String closing, String expected, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String yaml = """
                vanban: 1
                co_quan: {ten: Ủy ban nhân dân xã Xuân Phú, viet_tat: UBND, dia_danh: Xuân Phú}
                su_kien: {cap: xa, hinh_thuc: Hội nghị điển hình tiên tiến, don_vi: xã Xuân Phú, lan_thu: 1, giai_doan: {tu: 2025, den: 2030}}
                van_ban:
                  - loai: ke_hoach
                    ngay: 03/2026
                    noi_dung:
                      - muc: NỘI DUNG
                        van_ban: |
                          - Tổ chức tuyên truyền.
                    %s
                    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Hùng}
                    noi_nhan: ["Lưu: VT"]
                """.formatted(closing);
        Path f = dir.resolve("xa.yaml");
        Files.writeString(f, yaml);
        EventFile ev = EventReader.read(f);
        String text = PlainTextRenderer.render(new DocumentBuilder(TemplateEngine.builder().build()).build(ev, ev.documents().get(0)));
        assertTrue(text.contains(expected + "\n"), what + ":\n" + text);
        assertEquals(1, text.split("/\\.", -1).length - 1, "one ./. in the document:\n" + text);
    }
}
