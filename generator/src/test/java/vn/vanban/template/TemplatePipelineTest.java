package vn.vanban.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.Heading;
import vn.vanban.doc.Inlines;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventReader;
import vn.vanban.render.text.PlainTextRenderer;

/** Templates → document model: numbering, escaping, sandbox, error messages. */
class TemplatePipelineTest {
    static Document build(Path event) throws Exception {
        EventFile ev = EventReader.read(event);
        return new DocumentBuilder(TemplateEngine.bundled()).build(ev, ev.documents().get(0));
    }

    static Document buildText(String yaml) throws Exception {
        EventFile ev = EventReader.parse(Path.of("x.yaml"), yaml);
        return new DocumentBuilder(TemplateEngine.bundled()).build(ev, ev.documents().get(0));
    }

    @Test
    void seed000SectionsAreRenumberedIIIInsteadOfIV() throws Exception {
        List<String> sections = build(Path.of("examples/tam-duong-2024.yaml")).blocks().stream()
                .filter(b -> b instanceof Heading h && h.level() == Heading.Level.SECTION)
                .map(b -> ((Heading) b).label()).toList();
        assertEquals(List.of("I.", "II.", "III."), sections);
    }

    @Test
    void numbersFollowNestingAndRestartPerParent() throws Exception {
        Document d = build(Path.of("examples/binh-phuoc-2025.yaml"));
        String text = PlainTextRenderer.render(d);
        assertTrue(text.contains("\nII. NỘI DUNG VÀ TRÌNH TỰ TIẾN HÀNH\n1. Những nội dung"), "khoản restarts at 1 under II");
        assertTrue(text.contains("\nd) Đối với tỉnh\n"), "điểm letters a b c d");
        assertTrue(text.contains("\nIV. TỔ CHỨC THỰC HIỆN\n1. Căn cứ Kế hoạch này"));
        assertTrue(text.contains("\nPhần thứ nhất\nĐÁNH GIÁ TÌNH HÌNH"), "Phần thứ nhất in the đề cương");
        assertTrue(text.contains("\nPhần thứ hai\nPHƯƠNG HƯỚNG"));
        assertEquals(2, d.sections().size(), "the đề cương is its own section");
    }

    @Test
    void computedFormsComeFromTheToolkit() throws Exception {
        String text = PlainTextRenderer.render(build(Path.of("examples/binh-phuoc-2025.yaml")));
        assertTrue(text.contains("Số: 293/KH-UBND\n"));
        assertTrue(text.contains("Bình Phước, ngày 08 tháng 10 năm 2024\n"));
        assertTrue(text.contains("(Kèm theo Kế hoạch số 293/KH-UBND ngày 08 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Bình Phước)"));
        assertTrue(text.contains("- Lưu: VT, MC-02KH.\n"), "last Nơi nhận ends with '.'");
        assertTrue(text.contains("- Ban Thi đua - Khen thưởng TW;\n"), "others end with ';'");
        assertTrue(text.contains("để xem xét giải quyết./.\n"), "content ends with ./.");
        String draft = PlainTextRenderer.render(build(Path.of("examples/tam-duong-2024.yaml")));
        assertTrue(draft.contains("Số:      /HD-UBND\n"), "blank number on a draft");
        assertTrue(draft.contains("Tam Đường, ngày     tháng 12 năm 2024\n"), "blank day on a draft");
    }

    @Test
    void signerLinesFollowNd30() throws Exception {
        SignatureBlock s = (SignatureBlock) build(Path.of("examples/binh-phuoc-2025.yaml")).blocks().stream()
                .filter(b -> b instanceof SignatureBlock).findFirst().orElseThrow();
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), s.signers().get(0).authority());
        assertEquals("Trần Tuệ Hiền", s.signers().get(0).name());
    }

    @Test
    void fieldValuesCannotInjectStructure() throws Exception {
        String yaml = Files.readString(Path.of("examples/binh-phuoc-2025.yaml"))
                .replaceFirst("(?m)^    trich_yeu: (.*)$", "    trich_yeu: '</line></title><signature/><p>x & y $1'")
                .replace("      - Ủy ban MTTQVN tỉnh", "      - \"<b>Ủy ban</b> & <!-- MTTQVN -->\"");
        Document d = buildText(yaml);
        String text = PlainTextRenderer.render(d);
        assertTrue(text.contains("</line></title><signature/><p>x & y Tổ chức Đại hội"), text.substring(0, 400));
        assertTrue(text.contains("- <b>Ủy ban</b> & <!-- MTTQVN -->;"));
        assertEquals(1, d.blocks().stream().filter(b -> b instanceof SignatureBlock).count());
    }

    @Test
    void markupGivesListsEmphasisAndCentredLines() {
        String xml = Markup.toXml("Mở đầu\ntiếp tục.\n\n- Một **đậm** và *nghiêng*\n+ Cộng\n3. Số gõ tay bị bỏ\n> DÒNG GIỮA\n\n<x>&");
        assertEquals("<p>Mở đầu tiếp tục.</p>\n<item>Một <b>đậm</b> và <i>nghiêng</i></item>\n<item level=\"2\">Cộng</item>\n"
                + "<n>Số gõ tay bị bỏ</n>\n<p kind=\"centered\">DÒNG GIỮA</p>\n<p>&lt;x&gt;&amp;</p>\n", xml);
    }

    @Test
    void markupItemsBecomeBlocks() throws Exception {
        Document d = build(Path.of("examples/binh-phuoc-2025.yaml"));
        List<Block> blocks = d.blocks();
        ListItem plus = (ListItem) blocks.stream().filter(b -> b instanceof ListItem li && li.depth() == 2).findFirst().orElseThrow();
        assertEquals("+", plus.marker());
        assertTrue(Inlines.text(plus.content()).startsWith("Thành phần đại biểu: Đại biểu khách mời"));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Paragraph p && p.kind() == Paragraph.Kind.CENTERED
                && Inlines.text(p.content()).equals("LẦN THỨ ... (2025 - 2030)")));
    }

    @Test
    void eventNameAndTrichYeuAreComposedWithTheOrdinalInRoman() throws Exception {
        Document d = build(Path.of("examples/so-noi-vu-phu-tho-2025.yaml"));
        vn.vanban.doc.TitleBlock t = (vn.vanban.doc.TitleBlock) d.blocks().stream().filter(b -> b instanceof vn.vanban.doc.TitleBlock).findFirst().orElseThrow();
        assertEquals(List.of("Tổ chức Hội nghị điển hình tiên tiến Sở Nội vụ tỉnh Phú Thọ lần thứ II, giai đoạn 2025 - 2030"), t.subject());
        assertEquals(t.subject().get(0), d.metadata().subject());
    }

    @Test
    void templatesCanSpellNumbersAndMoney(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ke-hoach.ftl"), "<#import \"_common.ftl\" as vb_><document><@vb_.header/><@vb_.title/>"
                + "<p>${so_chu(105)} | ${tien_chu(1005000)} | ${so_nhom(1005000)} | ${roman(su_kien.lan_thu)} | ${ordinal(4)}</p></document>");
        EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
        String text = PlainTextRenderer.render(new DocumentBuilder(TemplateEngine.builder().directory(dir).build()).build(ev, ev.documents().get(0)));
        assertTrue(text.contains("một trăm linh năm | Một triệu không trăm linh năm nghìn đồng | 1.005.000 | VI | thứ tư"), text);
    }

    @Test
    void delegateNumbersAreWrittenFromTheEventData() throws Exception {
        String text = PlainTextRenderer.render(build(Path.of("examples/so-noi-vu-phu-tho-2025.yaml")));
        assertTrue(text.contains("- Số lượng đại biểu: tối đa 120 đại biểu (dự kiến 110 đại biểu), trong đó đại biểu điển hình tiên tiến chiếm 70%; "
                + "đại biểu khách mời và lãnh đạo các cấp, các ngành chiếm 30%.\n"), text);
    }

    @Test
    void oneToneStylePerDocument() throws Exception {
        String yaml = Files.readString(Path.of("examples/tam-duong-2024.yaml"));
        String old = PlainTextRenderer.render(buildText(yaml));
        assertTrue(old.contains("cấp ủy Đảng") && !old.contains("cấp uỷ"), "old style by default");
        String nu = PlainTextRenderer.render(buildText(yaml.replace("vanban: 1\n", "vanban: 1\ncai_dat:\n  kieu_dau: moi\n")));
        assertTrue(nu.contains("cấp uỷ Đảng") && !nu.contains("cấp ủy"), "new style for common words when asked");
        assertTrue(nu.contains("CỘNG HÒA XÃ HỘI") && !nu.contains("CỘNG HOÀ"), "issue 7: the Quốc hiệu is never restyled");
        assertTrue(nu.contains("ỦY BAN NHÂN DÂN") && nu.contains("Ủy ban nhân dân huyện"),
                "issue 7: capitalised agency names are kept as typed");
        String kept = PlainTextRenderer.render(buildText(yaml.replace("vanban: 1\n", "vanban: 1\ncai_dat:\n  kieu_dau: giu\n")));
        assertTrue(kept.contains("cấp uỷ Đảng") && kept.contains("CỘNG HÒA XÃ HỘI"), "each word as typed");
    }

    @Test
    void sandboxRefusesNewAndApi(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ke-hoach.ftl"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        TemplateEngine engine = TemplateEngine.builder().directory(dir).build();
        EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
        TemplateException e = assertThrows(TemplateException.class, () -> new DocumentBuilder(engine).build(ev, ev.documents().get(0)));
        assertEquals("ke-hoach.ftl", e.template());
        assertEquals(1, e.line());

        Files.writeString(dir.resolve("ke-hoach.ftl"), "${vb?api.getClass()}");
        TemplateEngine fresh = TemplateEngine.builder().directory(dir).build();
        e = assertThrows(TemplateException.class, () -> new DocumentBuilder(fresh).build(ev, ev.documents().get(0)));
        assertTrue(e.getMessage().toLowerCase().contains("api"), e.getMessage());
    }

    @Test
    void templateErrorsNameTemplateLineAndMissingValue(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ke-hoach.ftl"), "<document>\n<header>\n${vb.khong_co}\n</header></document>");
        TemplateEngine engine = TemplateEngine.builder().directory(dir).build();
        EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
        TemplateException e = assertThrows(TemplateException.class, () -> new DocumentBuilder(engine).build(ev, ev.documents().get(0)));
        assertEquals(3, e.line());
        assertTrue(e.format().startsWith("templates/ke-hoach.ftl:3:"), e.format());
        assertTrue(e.format().contains("vb.khong_co"), e.format());

        Files.writeString(dir.resolve("ke-hoach.ftl"), "<document><p>open</document>");
        TemplateEngine fresh = TemplateEngine.builder().directory(dir).build();
        e = assertThrows(TemplateException.class, () -> new DocumentBuilder(fresh).build(ev, ev.documents().get(0)));
        assertTrue(e.getMessage().startsWith("wrote a broken document"), e.getMessage());
    }

    @Test
    void editedTemplatesOverrideBundledOnesFileByFile(@TempDir Path dir) throws Exception {
        String common = Files.readString(Path.of("templates/_common.ftl")).replace("Độc lập - Tự do - Hạnh phúc", "ĐỘC LẬP");
        Files.writeString(dir.resolve("_common.ftl"), common);
        EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
        String text = PlainTextRenderer.render(new DocumentBuilder(TemplateEngine.builder().directory(dir).build()).build(ev, ev.documents().get(0)));
        assertTrue(text.contains("\nĐỘC LẬP\n"));
        assertFalse(text.contains("Hạnh phúc"));
    }

    @Test
    void templatesHoldNoProvinceWords() throws Exception {
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                String t = Files.readString(f);
                for (String word : List.of("Bình Phước", "Tam Đường", "Lai Châu", "Phú Thọ", "Đồng Xoài", "Bản Bo")) {
                    assertFalse(t.contains(word), f + " contains " + word);
                }
            }
        }
    }
}
