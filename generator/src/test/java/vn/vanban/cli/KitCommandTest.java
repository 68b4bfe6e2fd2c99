package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vanban kit} and {@code vanban new} through the CLI: files, index, zip, exit codes. */
class KitCommandTest {
    @Test
    void writesEveryDocumentAnIndexAndOneZip(@TempDir Path dir) throws Exception {
        RenderCommandTest.Run r = RenderCommandTest.run("kit", "examples/lang-son-2025.yaml", "-o", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        for (String stem : List.of("ke-hoach", "chuong-trinh", "bao-cao-phong-trao")) {
            assertTrue(Files.size(dir.resolve("lang-son-2025-" + stem + ".docx")) > 0);
            assertTrue(Files.size(dir.resolve("lang-son-2025-" + stem + ".pdf")) > 0);
        }
        String index = Files.readString(dir.resolve("index.html"));
        assertTrue(index.contains("<a href=\"lang-son-2025-chuong-trinh.pdf\">PDF</a>"), index);
        assertTrue(index.contains("<td>Số:      /CTr-UBND</td><td>Lạng Sơn, ngày     tháng 11 năm 2025</td>"), index);
        assertTrue(index.matches("(?s).*Chương trình</td>.*<td class=\"n\">[1-9]</td>.*"), "page count: " + index);
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(dir.resolve("lang-son-2025-bo-van-ban.zip")))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(9, names.size(), names.toString());
        assertTrue(names.contains("index.html") && names.contains("lang-son-2025-ke-hoach.docx"), names.toString());
    }

    @Test
    void aBadEventFileWritesNothingAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/tan-hop-2025.yaml")).replace("gio: \"07:30\"", "gio: \"7 giờ kém 15\""));
        Path out = dir.resolve("out");
        RenderCommandTest.Run r = RenderCommandTest.run("kit", bad.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.yaml:24:8: su_kien.gio: \"7 giờ kém 15\" is not a time of day"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    void aBrokenKindsFileIsBadInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kinds.yaml"), "- {ma: thong_bao, mau: thong-bao.ftl}\n");
        RenderCommandTest.Run r = RenderCommandTest.run("kit", "examples/lang-son-2025.yaml", "-t", dir.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("kinds.yaml: kind thong_bao: ten_loai is missing"), r.err());
    }

    @Test
    void newPrintsAStarterAndRefusesUnknownLevels() {
        RenderCommandTest.Run r = RenderCommandTest.run("new", "--level", "xa");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("# vanban event file (Hội nghị, cấp xa)"), r.out());
        assertTrue(r.out().contains("vanban: 2") && r.out().contains("hinh_thuc_loai: hoi_nghi"), r.out());
        RenderCommandTest.Run bad = RenderCommandTest.run("new", "--level", "huyen");
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("--level huyen is not a level: use xa, tinh, so or doanh-nghiep"), bad.err());
        RenderCommandTest.Run sections = RenderCommandTest.run("new", "--level", "tinh", "--sections");
        assertTrue(sections.out().contains("ke_hoach: muc_dich, hinh_thuc_thoi_gian, dai_bieu, chuong_trinh, sau_su_kien, kinh_phi, to_chuc"), sections.out());
    }
}
