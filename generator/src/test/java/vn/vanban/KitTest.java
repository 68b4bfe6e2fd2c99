package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.doc.Section;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventReader;

/**
 * The congress kit read back as a user reads it: the PDF's text through PDFBox, the DOCX's text
 * from its XML, the plain-text rendering for the finer wording checks.
 */
class KitTest {
    static final Vanban VANBAN = Vanban.builder().build();

    /** Each document's text, by file stem, in one format: PDF and DOCX text with white space folded. */
    static Map<String, String> kitText(Path event, String text, Format format) throws Exception {
        Path file = Files.createTempDirectory("kit").resolve(event.getFileName());
        Files.writeString(file, text);
        EventFile ev = EventReader.read(file);
        Map<String, String> out = new LinkedHashMap<>();
        for (KitDocument d : VANBAN.kit(ev, EnumSet.of(format))) {
            byte[] bytes = d.files().get(0).bytes();
            String t = switch (format) {
                case PDF -> pdfText(bytes);
                case DOCX -> docxText(bytes);
                case TXT -> new String(bytes, StandardCharsets.UTF_8);
            };
            out.put(d.spec().kind().fileStem() + (d.spec().item() >= 0 ? "-" + (d.spec().item() + 1) : ""), t);
        }
        return out;
    }

    static Map<String, String> kitText(String example, Format format) throws Exception {
        Path p = Path.of("examples", example);
        return kitText(p, Files.readString(p), format);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The text of word/document.xml: every w:t, paragraphs separated by a space. */
    static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(z.readAllBytes(), StandardCharsets.UTF_8).replace("</w:p>", " </w:p>");
                    StringBuilder sb = new StringBuilder();
                    Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>").matcher(xml);
                    while (m.find()) {
                        sb.append(m.group(1) == null ? " " : m.group(1));
                    }
                    // As a reader sees it: vanban's line-break joins (no-break spaces, word joiners) are spaces and nothing.
                    return sb.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                            .replace('\u00A0', ' ').replace("\u2060", "").replaceAll("\\s+", " ");
                }
            }
        }
        throw new IOException("no word/document.xml");
    }

    @Test
    void everyExampleMakesItsWholeKitInBothFormats() throws Exception {
        Map<String, Integer> expected = Map.of("tan-hop-2025.yaml", 11, "cao-su-phu-rieng-2025.yaml", 9, "lang-son-2025.yaml", 4,
                "binh-phuoc-2025.yaml", 4, "so-noi-vu-phu-tho-2025.yaml", 4, "tam-duong-2024.yaml", 5);
        for (var e : expected.entrySet()) {
            EventFile ev = Vanban.read(Path.of("examples", e.getKey()));
            List<KitDocument> kit = VANBAN.kit(ev, EnumSet.of(Format.DOCX, Format.PDF));
            assertEquals(e.getValue(), kit.size(), e.getKey() + ": " + kit.stream().map(KitDocument::name).toList());
            for (KitDocument d : kit) {
                assertEquals(2, d.files().size());
                try (PDDocument pdf = Loader.loadPDF(d.files().get(1).bytes())) {
                    assertTrue(pdf.getNumberOfPages() >= 1, d.name());
                }
                boolean nd30 = d.model().blocks().stream().anyMatch(b -> b instanceof vn.vanban.doc.HeaderBlock);
                assertEquals(!d.spec().kind().key().equals("chuong_trinh_dai_bieu"), nd30, d.name() + ": only the delegates' agenda has no ND30 header");
                for (String t : List.of(docxText(d.files().get(0).bytes()), pdfText(d.files().get(1).bytes()))) {
                    assertEquals(nd30, t.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), d.name());
                    assertTrue(t.contains(d.spec().kind().typeName()), d.name() + " shows its type name");
                }
            }
        }
    }

    @Test
    void aChangedDatePlaceAndDelegateShowInEveryDocumentThatShowsThem() throws Exception {
        Path p = Path.of("examples/tan-hop-2025.yaml");
        String text = Files.readString(p);
        String changed = text.replace("ngay: 20/11/2025", "ngay: 27/11/2025")
                .replace("dia_diem: Hội trường Ủy ban nhân dân xã Tân Hợp", "dia_diem: Nhà văn hóa thôn Nà Khương")
                .replace("Giàng A Páo", "Giàng Seo Páo");
        Map<String, String[]> facts = Map.of(
                "date", new String[] {"ngày 20 tháng 11 năm 2025", "ngày 27 tháng 11 năm 2025"},
                "place", new String[] {"Hội trường Ủy ban nhân dân xã Tân Hợp", "Nhà văn hóa thôn Nà Khương"},
                "delegate", new String[] {"Giàng A Páo", "Giàng Seo Páo"});
        for (Format f : List.of(Format.PDF, Format.DOCX)) {
            Map<String, String> before = kitText(p, text, f);
            Map<String, String> after = kitText(p, changed, f);
            assertEquals(before.keySet(), after.keySet());
            Map<String, List<String>> shown = new LinkedHashMap<>();
            for (var fact : facts.entrySet()) {
                List<String> docs = new ArrayList<>();
                for (String doc : before.keySet()) {
                    if (before.get(doc).contains(fact.getValue()[0])) {
                        docs.add(doc);
                        assertTrue(after.get(doc).contains(fact.getValue()[1]), f + " " + doc + " lacks the new " + fact.getKey());
                        assertFalse(after.get(doc).contains(fact.getValue()[0]), f + " " + doc + " still shows the old " + fact.getKey());
                    } else {
                        assertFalse(after.get(doc).contains(fact.getValue()[1]), f + " " + doc + " shows the new " + fact.getKey() + " it never showed");
                    }
                }
                shown.put(fact.getKey(), docs);
            }
            // The documents that must show each fact (a floor: the test fails if a template drops one).
            assertTrue(shown.get("date").containsAll(List.of("ke-hoach", "chuong-trinh", "chuong-trinh-dai-bieu", "giay-moi", "bao-cao-tong-ket")), f + " " + shown);
            assertTrue(shown.get("place").containsAll(List.of("ke-hoach", "chuong-trinh", "giay-moi", "bao-cao-tong-ket")), f + " " + shown);
            assertTrue(shown.get("delegate").containsAll(List.of("giay-moi", "danh-sach-dai-bieu")), f + " " + shown);
        }
    }

    @Test
    void everyStandardNoiNhanEndsWithTheDraftingUnitTheFileNames() throws Exception {
        Path p = Path.of("examples/tan-hop-2025.yaml");
        String text = Files.readString(p);
        assertTrue(text.contains("  don_vi_soan_thao: VP\n"));
        Map<String, String> named = kitText(p, text, Format.DOCX);
        Map<String, String> renamed = kitText(p, text.replace("  don_vi_soan_thao: VP\n", "  don_vi_soan_thao: TĐKT\n"), Format.PDF);
        Map<String, String> unnamed = kitText(p, text.replace("  don_vi_soan_thao: VP\n", ""), Format.DOCX);
        List<String> standard = new ArrayList<>();
        for (String doc : named.keySet()) {
            if (doc.equals("bien-ban")) {
                // The Hội đồng's record keeps its own last line (ND30: "Lưu: VT, Hồ sơ").
                assertTrue(named.get(doc).contains("- Lưu: VT, Hồ sơ."), named.get(doc));
                continue;
            }
            if (named.get(doc).contains("- Lưu: VT")) {
                standard.add(doc);
                assertTrue(named.get(doc).contains("- Lưu: VT, VP."), doc);
                assertTrue(renamed.get(doc).contains("- Lưu: VT, TĐKT."), doc);
                assertTrue(unnamed.get(doc).contains("- Lưu: VT."), doc);
                assertFalse(unnamed.get(doc).contains("- Lưu: VT, VP"), doc);
            }
        }
        // Báo cáo thành tích and the delegates' agenda have no Nơi nhận.
        assertEquals(List.of("ke-hoach", "chuong-trinh", "giay-moi", "danh-sach-dai-bieu", "bao-cao-phong-trao",
                "bao-cao-tong-ket", "to-trinh"), standard);
    }

    @Test
    void agendaTimesAreComputedAndChaoCoOpensOnlyADaiHoi() throws Exception {
        String ctr = kitText("tan-hop-2025.yaml", Format.TXT).get("chuong-trinh");
        assertTrue(ctr.contains("7h00 - 7h30 | Đón tiếp đại biểu"), ctr);
        assertTrue(ctr.contains("7h30 - 7h45 | Văn nghệ chào mừng"), ctr);
        assertTrue(ctr.contains("9h35 - 9h50 | Phát động phong trào thi đua"), ctr);
        assertFalse(ctr.contains("Chào cờ"), "a Hội nghị has no Chào cờ");
        String dh = kitText("lang-son-2025.yaml", Format.TXT).get("chuong-trinh");
        assertTrue(dh.contains("Phiên trù bị"), dh);
        assertTrue(dh.contains("7h30 - 7h40 | Phổ biến chương trình"), "the phiên trù bị ends when the official session starts: " + dh);
        assertTrue(dh.contains("8h15 - 8h20 | Chào cờ"), dh);
        assertTrue(dh.indexOf("Văn nghệ chào mừng") < dh.indexOf("Chào cờ"));
    }

    @Test
    void votesAreSharesOfTheWholeCouncilAgainstTheThreshold() throws Exception {
        Path p = Path.of("examples/cao-su-phu-rieng-2025.yaml");
        String bb = kitText(p, Files.readString(p), Format.TXT).get("bien-ban");
        assertTrue(bb.contains("Điểu Thị Lành | Chiến sĩ thi đua cơ sở | 8/9 | 88,9% | ≥ 80% | Đạt"), bb);
        assertTrue(bb.contains("THƯ KÝ") && bb.indexOf("THƯ KÝ") < bb.indexOf("CHỦ TỌA"));
        // 7 in favour of 9 members is 77.8 %: below 80 % even though all 9 were present.
        String failing = kitText(p, Files.readString(p).replace("dong_y: 8", "dong_y: 7"), Format.TXT).get("bien-ban");
        assertTrue(failing.contains("7/9 | 77,8% | ≥ 80% | Không đạt"), failing);
        assertTrue(failing.contains("khen thưởng 0/1 trường hợp"), failing);
    }

    @Test
    void delegateListIsGroupedSortedByGivenNameLandscapeWithTotals() throws Exception {
        EventFile ev = Vanban.read(Path.of("examples/tan-hop-2025.yaml"));
        KitDocument ds = VANBAN.kit(ev, EnumSet.of(Format.TXT)).stream().filter(d -> d.spec().kind().key().equals("danh_sach_dai_bieu")).findFirst().orElseThrow();
        assertEquals(Section.Orientation.LANDSCAPE, ds.model().sections().get(1).orientation());
        String t = new String(ds.files().get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(t.indexOf("1 | Đặng Thị Ánh") < t.indexOf("2 | Lò Thị Mai") && t.indexOf("2 | Lò Thị Mai") < t.indexOf("3 | Giàng A Páo"), t);
        assertTrue(t.indexOf("3 | Giàng A Páo") < t.indexOf("II. ĐẠI BIỂU KHÁCH MỜI"), t);
        assertTrue(t.contains("Đại biểu điển hình tiên tiến | 3 | 2 | 3 | 2 | 1"), t);
        assertTrue(t.contains("Tổng cộng | 5 | 3 | 3 | 2 | 3"), t);
        assertTrue(t.contains("3 | Giàng A Páo | 1990 |  | Mông"), "a man's year in the Nam column: " + t);
    }

    @Test
    void oneInvitationPagePerDelegate() throws Exception {
        EventFile ev = Vanban.read(Path.of("examples/tan-hop-2025.yaml"));
        KitDocument gm = VANBAN.kit(ev, EnumSet.of(Format.PDF)).stream().filter(d -> d.spec().kind().key().equals("giay_moi")).findFirst().orElseThrow();
        assertEquals(5, gm.model().sections().size());
        try (PDDocument pdf = Loader.loadPDF(gm.files().get(0).bytes())) {
            assertEquals(5, pdf.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(3);
            s.setEndPage(3);
            String page = s.getText(pdf);
            assertTrue(page.contains("Ông Giàng A Páo"), page);
            assertTrue(page.contains("Thời gian: 7 giờ 30 phút, ngày 20 tháng 11 năm 2025"), page);
            assertFalse(page.contains("Lò Thị Mai"), page);
        }
    }

    @Test
    void aJointDocumentNamesBothIssuersAndBothSigners() throws Exception {
        String kh = kitText("cao-su-phu-rieng-2025.yaml", Format.TXT).get("ke-hoach");
        assertTrue(kh.contains("CÔNG TY CỔ PHẦN CAO SU PHÚ RIỀNG\nBAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\nSố:      /KHLT-CSPR-CĐCS"), kh);
        assertTrue(kh.contains("TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Thị Thu Hà\nTỔNG GIÁM ĐỐC\nNguyễn Đức Huy"), kh);
    }

    @Test
    void wordingFollowsTheLevelAndTheForm() throws Exception {
        for (String doc : kitText("cao-su-phu-rieng-2025.yaml", Format.TXT).values()) {
            assertFalse(doc.contains("chính quyền"), "an enterprise has no chính quyền: " + doc.substring(0, 300));
            assertFalse(doc.contains("Đại hội thi đua lần trước"), "a Hội nghị: " + doc.substring(0, 300));
        }
        Map<String, String> xa = kitText("tan-hop-2025.yaml", Format.TXT);
        for (String doc : xa.values()) {
            assertFalse(doc.contains("lần trước"), "lần thứ I has no previous event");
            assertFalse(doc.contains("Đại hội thi đua"), "a Hội nghị");
        }
        assertTrue(xa.get("ke-hoach").contains("Hình thức: tổ chức “Hội nghị điển hình tiên tiến”"));
        assertTrue(kitText("cao-su-phu-rieng-2025.yaml", Format.TXT).get("ke-hoach").contains("2450 lao động"));
        assertTrue(kitText("lang-son-2025.yaml", Format.TXT).get("ke-hoach").contains("từ sau Đại hội lần thứ V đến nay"));
    }

    @Test
    void aSectionCanBeReplacedExtendedOrDropped() throws Exception {
        Path p = Path.of("examples/tan-hop-2025.yaml");
        String own = Files.readString(p) + """
                van_ban:
                  - loai: ke_hoach
                    so: 12
                    ngay: 01/10/2025
                    muc_rieng:
                      - {ma: kinh_phi, van_ban: Kinh phí do Quỹ thi đua của xã bảo đảm.}
                      - {ma: to_chuc, bo: true}
                      - {ma: muc_dich, them: Đây là câu thêm của cán bộ.}
                """;
        String kh = kitText(p, own, Format.TXT).get("ke-hoach");
        assertTrue(kh.contains("Số: 12/KH-UBND"), kh);
        assertTrue(kh.contains("Tân Hợp, ngày 01 tháng 10 năm 2025"), kh);
        assertTrue(kh.contains("VI. KINH PHÍ\nKinh phí do Quỹ thi đua của xã bảo đảm."), kh);
        assertFalse(kh.contains("từ nguồn ngân sách xã"), kh);
        assertFalse(kh.contains("TỔ CHỨC THỰC HIỆN"), kh);
        assertTrue(kh.contains("hình thức.\nĐây là câu thêm của cán bộ."), kh);
    }

    @Test
    void everyLevelAndFormOfTheStarterFileMakesAKit() throws Exception {
        for (String level : List.of("xa", "tinh", "so", "doanh-nghiep")) {
            for (String form : List.of("dai-hoi", "hoi-nghi")) {
                var out = new java.io.StringWriter();
                int code = vn.vanban.cli.Main.run(new String[] {"new", "--level", level, "--form", form}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
                assertEquals(0, code);
                Map<String, String> kit = kitText(Path.of("new-" + level + ".yaml"), out.toString(), Format.TXT);
                assertEquals(List.of("ke-hoach", "chuong-trinh", "chuong-trinh-dai-bieu", "giay-moi", "danh-sach-dai-bieu", "bao-cao-phong-trao"), List.copyOf(kit.keySet()), level + " " + form);
                String kh = kit.get("ke-hoach");
                assertTrue(kh.contains(form.equals("dai-hoi") ? "CHƯƠNG TRÌNH ĐẠI HỘI" : "CHƯƠNG TRÌNH HỘI NGHỊ"), kh);
                assertEquals(form.equals("dai-hoi"), kit.get("chuong-trinh").contains("Chào cờ"), level + " " + form);
                if (level.equals("doanh-nghiep")) {
                    kit.values().forEach(d -> assertFalse(d.contains("chính quyền"), d));
                }
            }
        }
    }

    @Test
    void theKitIsTheSameBytesTwice() throws Exception {
        EventFile ev = Vanban.read(Path.of("examples/tan-hop-2025.yaml"));
        List<KitDocument> a = VANBAN.kit(ev, EnumSet.of(Format.DOCX, Format.PDF));
        List<KitDocument> b = VANBAN.kit(Vanban.read(Path.of("examples/tan-hop-2025.yaml")), EnumSet.of(Format.DOCX, Format.PDF));
        RenderedFile za = KitPackage.zip(ev, a, KitPackage.index(ev, a));
        RenderedFile zb = KitPackage.zip(ev, b, KitPackage.index(ev, b));
        assertTrue(java.util.Arrays.equals(za.bytes(), zb.bytes()), "same zip");
        assertEquals("tan-hop-2025-bo-van-ban.zip", za.name());
    }

    @Test
    void aTemplatesFolderCanAddADocumentKind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kinds.yaml"), "- {ma: thong_bao, mau: thong-bao.ftl, ten_loai: THÔNG BÁO, ten: Thông báo, ky_hieu: TB, the_thuc: Mẫu 1.4}\n");
        Files.writeString(dir.resolve("thong-bao.ftl"), """
                <#import "_common.ftl" as vb_>
                <document><@vb_.header/><title type="${vb.ten_loai}"><line>Về việc tổ chức ${su_kien.ten}</line></title>
                <p>${su_kien.ten} khai mạc lúc ${vb_.thoi_gian_su_kien()}./.</p><@vb_.signature/></document>
                """);
        Path p = dir.resolve("e.yaml");
        Files.writeString(p, Files.readString(Path.of("examples/lang-son-2025.yaml")) + "van_ban:\n  - {loai: thong_bao, so: 3, ngay: 01/11/2025}\n");
        Vanban custom = Vanban.builder().templates(dir).build();
        List<KitDocument> kit = custom.kit(Vanban.read(p), Set.of(Format.TXT));
        KitDocument tb = kit.stream().filter(d -> d.spec().kind().key().equals("thong_bao")).findFirst().orElseThrow();
        String t = new String(tb.files().get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(t.contains("Số: 03/TB-UBND"), t);
        assertTrue(t.contains("khai mạc lúc 8 giờ, ngày 25 tháng 11 năm 2025"), t);
        assertEquals("e-thong-bao", tb.name());
        // The bundled kinds do not know it: a clear error at its line.
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.vanban.event.EventFileException.class, () -> VANBAN.kit(Vanban.read(p), Set.of(Format.TXT)));
        String msg = e.problems().get(0).format();
        assertTrue(msg.matches("(?s).*e\\.yaml:\\d+:\\d+: van_ban\\[0\\]\\.loai: \"thong_bao\" is not a document kind.*kinds\\.yaml.*"), msg);
    }
}
