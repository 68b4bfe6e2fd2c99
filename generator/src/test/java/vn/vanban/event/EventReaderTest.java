package vn.vanban.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Bad event files give problems that name the file, line, field and what to do. */
class EventReaderTest {
    static final Path FILE = Path.of("examples/binh-phuoc-2025.yaml");

    static String example() throws Exception {
        return Files.readString(FILE);
    }

    static Problem only(String yaml) {
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.parse(Path.of("x.yaml"), yaml));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    static int lineOf(String yaml, String needle) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void bundledExamplesAreValid() throws Exception {
        for (String f : List.of("binh-phuoc-2025", "tam-duong-2024", "so-noi-vu-phu-tho-2025")) {
            EventFile ev = EventReader.read(Path.of("examples/" + f + ".yaml"));
            assertTrue(ev.warnings().isEmpty(), f + ": " + ev.warnings());
        }
    }

    @Test
    void missingFieldNamesFieldAndParentLine() throws Exception {
        String yaml = example().replace("    ngay: 08/10/2024", "    ngay_ky_ban_hanh: 08/10/2024");
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.parse(Path.of("x.yaml"), yaml));
        Problem missing = e.problems().stream().filter(p -> p.message().equals("is missing")).findFirst().orElseThrow();
        assertEquals("van_ban[0].ngay", missing.field());
        assertTrue(missing.hint().startsWith("Add ngay:"), missing.hint());
        assertEquals(lineOf(yaml, "- loai: ke_hoach"), missing.line(), "the line of the document that lacks it");
        Problem unknown = e.problems().stream().filter(p -> p.message().equals("unknown key")).findFirst().orElseThrow();
        assertEquals(lineOf(yaml, "ngay_ky_ban_hanh:"), unknown.line());
    }

    @Test
    void aCharacterYamlCannotHoldIsNamedWithItsLineAndColumn() throws Exception {
        // U+FFFE (a byte-order mark read the wrong way round, pasted from a PDF) after an emoji: columns count characters.
        String yaml = example().replace("  viet_tat: UBND", "  viet_tat: 😀UB\uFFFEND");
        Problem p = only(yaml);
        assertEquals(lineOf(yaml, "viet_tat"), p.line());
        assertEquals(16, p.column());
        assertEquals("holds the character U+FFFE, which an event file cannot hold", p.message());
        assertTrue(p.hint().startsWith("Delete it"), p.hint());
    }

    @Test
    void unknownKeySuggestsTheRightOne() throws Exception {
        String yaml = example().replace("  viet_tat: UBND", "  viet_tac: UBND");
        Problem p = only(yaml);
        assertEquals("co_quan.viet_tac", p.field());
        assertEquals(lineOf(yaml, "viet_tac"), p.line());
        assertEquals(3, p.column());
        assertTrue(p.hint().startsWith("Did you mean viet_tat?"), p.hint());
    }

    @Test
    void wrongTypeSaysWhatToWrite() throws Exception {
        String yaml = example().replace("    so: 293", "    so: hai trăm");
        Problem p = only(yaml);
        assertEquals("van_ban[0].so", p.field());
        assertEquals(lineOf(yaml, "so: hai trăm"), p.line());
        assertTrue(p.message().contains("is not a whole number"), p.message());
    }

    @Test
    void impossibleDateIsRefusedWithTheReason() throws Exception {
        String yaml = example().replace("    ngay: 08/10/2024", "    ngay: 31/02/2024");
        Problem p = only(yaml);
        assertEquals("van_ban[0].ngay", p.field());
        assertEquals(lineOf(yaml, "ngay: 31/02/2024"), p.line());
        assertTrue(p.message().contains("has 29 days"), p.message());
        assertTrue(p.hint().contains("DD/MM/YYYY"), p.hint());
    }

    @Test
    void unparsableYamlGivesTheLine() throws Exception {
        String yaml = example().replace("  dia_danh: Bình Phước", "  dia_danh: [Bình Phước");
        Problem p = only(yaml);
        assertTrue(p.message().startsWith("is not valid YAML"), p.message());
        assertTrue(p.line() >= lineOf(yaml, "dia_danh: [Bình"), "line " + p.line());
    }

    @Test
    void signerNeedsThePostUnderKT() throws Exception {
        String yaml = example().replace("      chuc_vu: PHÓ CHỦ TỊCH\n", "");
        Problem p = only(yaml);
        assertEquals("van_ban[0].nguoi_ky.chuc_vu", p.field());
        assertTrue(p.hint().contains("KT."), p.hint());
    }

    @Test
    void outlineLevelsMustGoDown() throws Exception {
        String yaml = example().replace("          - khoan: Một số hoạt động trước", "          - muc: Một số hoạt động trước");
        Problem p = only(yaml);
        assertTrue(p.message().contains("a muc cannot stand under a muc"), p.message());
    }

    @Test
    void anEventNeedsANameOrItsParts() throws Exception {
        String yaml = example().replace("  ten: Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI\n", "");
        Problem p = only(yaml);
        assertEquals("su_kien.ten", p.field());
        assertTrue(p.hint().contains("hinh_thuc"), p.hint());
    }

    @Test
    void cleanedTextIsReportedWithItsLineAndField() throws Exception {
        String yaml = example().replace("  dia_danh: Bình Phước", "  dia_danh: Bình\u00A0Phước ").replace("    so: 293", "    so: 293")
                .replace("      - Ủy ban MTTQVN tỉnh", "      - Ủy ban  MTTQVN tỉnh");
        EventFile ev = EventReader.parse(Path.of("x.yaml"), yaml);
        assertEquals("Bình Phước", ev.issuer().place());
        List<Problem> w = ev.warnings();
        assertTrue(w.stream().anyMatch(p -> p.field().equals("co_quan.dia_danh") && p.line() == lineOf(yaml, "dia_danh: Bình")), w.toString());
        assertTrue(w.stream().anyMatch(p -> p.field().equals("van_ban[0].noi_nhan[3]") && p.line() == lineOf(yaml, "Ủy ban  MTTQVN")), w.toString());
    }

    @Test
    void delegateNumbersAreChecked() throws Exception {
        String base = Files.readString(Path.of("examples/so-noi-vu-phu-tho-2025.yaml"));
        Problem over = only(base.replace("du_kien: 110", "du_kien: 130"));
        assertEquals("su_kien.dai_bieu.du_kien", over.field());
        assertTrue(over.message().contains("more than toi_da 120"), over.message());
        Problem sum = only(base.replace("ty_le_khach_moi: 30", "ty_le_khach_moi: 40"));
        assertTrue(sum.message().contains("110 %"), sum.message());
        Problem pct = only(base.replace("ty_le_dien_hinh: 70", "ty_le_dien_hinh: 170"));
        assertEquals("su_kien.dai_bieu.ty_le_dien_hinh", pct.field());
    }

    @Test
    void legacyBytesAreNotUtf8(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("vni.yaml");
        Files.write(f, new byte[] {'t', 'e', 'n', ':', ' ', 'V', 'i', 'e', (byte) 0xE4, 't'});
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(f));
        assertEquals("is not UTF-8 text (byte 9 is 0xE4)", e.problems().get(0).message());
        assertEquals(1, e.problems().get(0).line());
        assertTrue(e.problems().get(0).hint().contains("./vanban text convert"));
    }

    @Test
    void emptyAndMissingFile() {
        Problem p = only("");
        assertEquals("is empty", p.message());
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(Path.of("no/such.yaml")));
        assertEquals("no such file", e.problems().get(0).message());
    }

    @Test
    void problemFormatIsFileLineColumnFieldMessageHint() {
        Problem p = new Problem(Path.of("a.yaml"), 12, 5, "van_ban[0].ngay", "bad", "Do this.");
        assertEquals("a.yaml:12:5: van_ban[0].ngay: bad\n  Do this.", p.format());
    }
}
