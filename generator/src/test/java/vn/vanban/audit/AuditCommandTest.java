package vn.vanban.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.cli.Main;

/** {@code vanban audit} as a user runs it: reports, JSON, exit codes, --fix. */
class AuditCommandTest {
    private static final Path SAMPLE = Path.of("output-samples/binh-phuoc-2025-ke-hoach.docx");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The sample with its date typed unpadded and its Tiêu ngữ with en dashes. */
    private Path planted() throws Exception {
        Path f = dir.resolve("kehoach.docx");
        Files.write(f, new DocxParts(Files.readAllBytes(SAMPLE)).edit("word/document.xml", s -> s
                .replace("Bình Phước, ngày 08 tháng 10 năm 2024", "Bình Phước, ngày 8 tháng 10 năm 2024")
                .replace(">Độc lập - Tự do - Hạnh phúc<", ">Độc lập – Tự do – Hạnh phúc<")).bytes());
        return f;
    }

    @Test
    void aConformingFileExitsZero() {
        Result r = cli("audit", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(SAMPLE + ": đạt thể thức NĐ 30/2020 (145 đoạn, cỡ chữ 13/14), không có lỗi.\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void findingsExitOneWithParagraphRuleSourceFoundAndExpected() throws Exception {
        Path f = planted();
        Result r = cli("audit", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("2 lỗi thể thức (2 sửa được bằng --fix; cỡ chữ 13/14)"), r.out());
        assertTrue(r.out().contains("đoạn 8 «Bình Phước, ngày 8 tháng 10 năm 2024» [Địa danh, ngày tháng]\n"
                + "    dia_danh_ngay.dinh_dang: có Bình Phước, ngày 8 tháng 10 năm 2024, cần Bình Phước, ngày 08 tháng 10 năm 2024 (--fix)\n"
                + "    nguồn: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4"), r.out());
        assertTrue(r.out().contains("tieu_ngu.gach_noi: có Độc lập – Tự do – Hạnh phúc, cần Độc lập - Tự do - Hạnh phúc"), r.out());
    }

    @Test
    void jsonListsEveryFindingForTools() throws Exception {
        Result r = cli("audit", planted().toString(), SAMPLE.toString(), "--json");
        assertEquals(1, r.code());
        String json = r.out().strip();
        assertTrue(json.startsWith("[{\"file\":"), json);
        assertTrue(json.contains("\"paragraph\":8,\"excerpt\":\"Bình Phước, ngày 8 tháng 10 năm 2024\","
                + "\"element\":\"Địa danh, ngày tháng\",\"rule\":\"dia_danh_ngay.dinh_dang\","
                + "\"source\":\"NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4 (ngày dưới 10 và tháng 1, 2 ghi thêm số 0)\","
                + "\"found\":\"Bình Phước, ngày 8 tháng 10 năm 2024\",\"expected\":\"Bình Phước, ngày 08 tháng 10 năm 2024\","
                + "\"fixable\":true}"), json);
        assertTrue(json.endsWith("\"passed\":true,\"findings\":[]}]"), json);
    }

    @Test
    void fixWritesACorrectedCopyAndReportsWhatIsLeft() throws Exception {
        Path in = planted();
        byte[] before = Files.readAllBytes(in);
        Path out = dir.resolve("kehoach-nd30.docx");
        Result r = cli("audit", in.toString(), "--fix", "-o", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith(in + ": 2 sửa đổi, ghi vào " + out + "\n"), r.out());
        assertTrue(r.out().contains("«Bình Phước, ngày 8 tháng 10 năm 2024» → «Bình Phước, ngày 08 tháng 10 năm 2024»"), r.out());
        assertTrue(r.out().contains("không có lỗi"), r.out());
        String xml = new DocxParts(Files.readAllBytes(out)).get("word/document.xml");
        assertTrue(xml.contains("ngày 08 tháng 10 năm 2024") && xml.contains(">Độc lập - Tự do - Hạnh phúc<"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(in)), "the input is left as it was");
        assertEquals(0, cli("audit", out.toString()).code());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path in = planted();
        Result noOutput = cli("audit", in.toString(), "--fix");
        assertEquals(2, noOutput.code());
        assertTrue(noOutput.err().contains("--fix needs exactly one input file and -o FILE"), noOutput.err());
        assertEquals(2, cli("audit", in.toString(), "-o", dir.resolve("x.docx").toString()).code());
        Result same = cli("audit", in.toString(), "--fix", "-o", in.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("-o must name a new file"), same.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }
}
