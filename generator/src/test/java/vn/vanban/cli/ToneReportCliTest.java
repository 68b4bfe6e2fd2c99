package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7.2: the tone-mark style is never silent, and never touches a name, through the CLI. */
class ToneReportCliTest {

    @Test
    void renderSaysWhatTheStyleChangedAndKeepsNames(@TempDir Path dir) throws Exception {
        Path event = dir.resolve("xa-hoa-binh.yaml");
        Files.writeString(event, """
                vanban: 1
                co_quan: {ten: Ủy ban nhân dân xã Hoà Bình, viet_tat: UBND, dia_danh: Hoà Bình}
                su_kien: {cap: xa, hinh_thuc: Hội nghị điển hình tiên tiến, don_vi: xã Hoà Bình, lan_thu: 1, giai_doan: {tu: 2025, den: 2030}}
                van_ban:
                  - loai: ke_hoach
                    ngay: 03/2026
                    noi_dung:
                      - muc: NỘI DUNG
                        van_ban: |
                          - Công tác hoà giải ở cơ sở do bà Nguyễn Thị Thuý Hoà phụ trách; trích `Khoẻ để xây dựng`.
                    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: Lò Thị Thuý}
                    noi_nhan: ["Lưu: VT"]
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"render", event.toString(), "-o", dir.resolve("out").toString(), "-f", "txt"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(code == 0 || code == 1, err.toString());
        assertTrue(err.toString().contains("kieu_dau: 1 word of your text set in the old style (hòa, thủy), first hoà → hòa"), err.toString());
        String text = Files.readString(dir.resolve("out/xa-hoa-binh-ke-hoach.txt"));
        assertTrue(text.contains("Công tác hòa giải ở cơ sở do bà Nguyễn Thị Thuý Hoà phụ trách; trích Khoẻ để xây dựng./."), text);
        assertTrue(text.contains("Lò Thị Thuý") && text.contains("xã Hoà Bình"), text);
        assertEquals(-1, text.indexOf('`'), "the literal marks are not printed");
    }
}
