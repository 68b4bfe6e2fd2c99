package vn.vanban.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.audit.internal.Classifier;
import vn.vanban.audit.internal.DocxReader;
import vn.vanban.audit.internal.Para;
import vn.vanban.doc.Document;
import vn.vanban.event.EventFile;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.SizeProfile;

/**
 * Every DOCX vanban writes passes its own audit; the audit reads vanban's elements as its styles
 * name them; and each element rule breaks when its style is changed.
 */
class VanbanDocxAuditTest {
    private static final DocxAudit AUDIT = DocxAudit.builder().build();
    private static final Path KE_HOACH = Path.of("output-samples/binh-phuoc-2025-ke-hoach.docx");
    private static final Path DRAFT = Path.of("output-samples/so-noi-vu-phu-tho-2025-ke-hoach.docx");

    /**
     * Every DOCX in output-samples, the whole congress kit included, but the one-page agenda for the
     * delegates' folder (kinds.yaml: "không theo ND30"), which has no ND30 header by design.
     */
    static Stream<Path> samples() throws Exception {
        try (Stream<Path> s = Files.walk(Path.of("output-samples"))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".docx"))
                    .filter(p -> !p.getFileName().toString().contains("chuong-trinh-dai-bieu")).sorted().toList();
            assertTrue(l.size() >= 13, "the examples and the kit: " + l);
            assertFalse(l.isEmpty());
            return l.stream();
        }
    }

    @Test
    void thePaperThatSaysItFollowsNoNd30FormIsNotHeldToIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // The kit's one-page agenda for the delegates' folder: a title and a table, no Quốc hiệu, no
        // số, and its category says why ("không theo ND30 (tài liệu đại biểu)", from kinds.yaml).
        Path paper = Path.of("output-samples/kit-tan-hop-2025").resolve("tan-hop-2025-chuong-trinh-dai-bieu.docx");
        AuditReport r = AUDIT.audit(paper);
        assertTrue(r.passed(), r.toText());
        assertEquals("không theo ND30 (tài liệu đại biểu)", r.outsideNd30());
        assertTrue(r.toText().contains("không kiểm tra thể thức: tệp tự ghi “không theo ND30 (tài liệu đại biểu)”"), r.toText());
        assertTrue(r.toJson().contains("\"outsideNd30\":\"không theo ND30 (tài liệu đại biểu)\""), r.toJson());

        // Without that category the same paper is said, once, to lack ND30's header.
        Path bare = dir.resolve("bare.docx");
        Files.write(bare, withCategory(Files.readAllBytes(paper), null));
        AuditReport b = AUDIT.audit(bare);
        assertEquals(List.of("the_thuc.khong_co"), b.findings().stream().map(AuditFinding::rule).toList(), b.toText());
        assertEquals("không có Quốc hiệu, Tiêu ngữ và số, ký hiệu", b.findings().get(0).found());
        assertTrue(b.toText().contains("the_thuc.khong_co: không có Quốc hiệu"), b.toText());
        assertFalse(b.toText().contains("có không có"), b.toText());

        // A document with ND30's header is audited whatever its category says.
        Path claimed = dir.resolve("claimed.docx");
        Files.write(claimed, withCategory(Files.readAllBytes(KE_HOACH), "không theo ND30"));
        AuditReport c = AUDIT.audit(claimed);
        assertEquals(null, c.outsideNd30());
        assertEquals("13/14", c.sizeProfile(), c.toText());
    }

    @Test
    void everyKitDocumentNamesTheFormItFollowsAsItsCategory() throws Exception {
        String core = entry(Files.readAllBytes(Path.of("output-samples/kit-tan-hop-2025/tan-hop-2025-ke-hoach.docx")), "docProps/core.xml");
        assertTrue(core.contains("<cp:category>Mẫu 1.4</cp:category>"), core);
    }

    /** The DOCX with its core properties' category replaced (null: removed). */
    private static byte[] withCategory(byte[] docx, String category) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("docProps/core.xml")) {
                    String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceAll("<cp:category>[^<]*</cp:category>", "");
                    if (category != null) {
                        xml = xml.replace("<dcterms:created", "<cp:category>" + category + "</cp:category><dcterms:created");
                    }
                    b = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String entry(byte[] docx, String name) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the file");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyOutputSamplePasses(Path docx) throws Exception {
        AuditReport r = AUDIT.audit(docx);
        assertTrue(r.passed(), r.toText());
        assertEquals("13/14", r.sizeProfile());
    }

    static Stream<Arguments> examples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            List<Arguments> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (SizeProfile sp : SizeProfile.values()) {
                    out.add(Arguments.of(p, sp));
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void freshRendersOfTheExamplesPassInBothSizeProfiles(Path event, SizeProfile profile) throws Exception {
        Vanban v = Vanban.builder().build();
        EventFile ev = Vanban.read(event);
        for (Document doc : v.documents(ev)) {
            if (doc.blocks().stream().noneMatch(b -> b instanceof vn.vanban.doc.HeaderBlock)) {
                continue; // a paper for the delegates' folder, not an ND30 document
            }
            vn.vanban.doc.Metadata m = doc.metadata();
            doc = new Document(new vn.vanban.doc.Metadata(m.title(), m.subject(), m.author(), m.language(), m.date(), profile),
                    doc.sections());
            byte[] docx = v.bytes(doc, Format.DOCX);
            AuditReport r = AUDIT.audit(event.getFileName().toString(), docx);
            assertTrue(r.passed(), r.toText());
            assertEquals(profile.toString(), r.sizeProfile());
        }
    }

    @Test
    void renderedFilesOfRenderPassToo() throws Exception {
        Vanban v = Vanban.builder().build();
        for (RenderedFile f : v.render(Vanban.read(Path.of("examples/binh-phuoc-2025.yaml")), EnumSet.of(Format.DOCX))) {
            assertTrue(AUDIT.audit(f.name(), f.bytes()).passed(), f.name());
        }
    }

    @Test
    void theSampleDocumentsPassTheirsTwoSignersAndTablesIncluded() throws Exception {
        for (Document doc : List.of(vn.vanban.doc.SampleDocuments.kehoach(), vn.vanban.doc.SampleDocuments.twoSigners())) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            vn.vanban.render.docx.DocxRenderer.builder().build().render(doc, out);
            AuditReport r = AUDIT.audit("sample.docx", out.toByteArray());
            assertTrue(r.passed(), r.toText());
        }
    }

    /** The three examples' documents (the kit's tables and repeated headers are not classified line by line). */
    static Stream<Path> exampleSamples() throws Exception {
        return samples().filter(p -> p.getParent().equals(Path.of("output-samples")));
    }

    /** The classifier reads vanban's paragraphs as the roles their style ids name, from their text alone. */
    @ParameterizedTest
    @MethodSource("exampleSamples")
    void elementsAreIdentifiedAsVanbansStylesNameThem(Path docx) throws Exception {
        DocxReader.Model m = DocxReader.read(Files.readAllBytes(docx), true);
        Classifier.Result r = Classifier.classify(m.paragraphs());
        Map<Role, EnumSet<Role>> accepted = Map.of(
                Role.BODY, EnumSet.of(Role.BODY, Role.CLAUSE_HEADING, Role.POINT_HEADING),
                Role.NOTE, EnumSet.of(Role.BODY),
                Role.CLAUSE_HEADING, EnumSet.of(Role.CLAUSE_HEADING),
                Role.CENTERED, EnumSet.of(Role.CENTERED));
        int checked = 0;
        for (int i = 0; i < m.paragraphs().size(); i++) {
            Para p = m.paragraphs().get(i);
            if (p.empty() || p.p().getPPr() == null || p.p().getPPr().getPStyle() == null) {
                continue;
            }
            String id = p.p().getPPr().getPStyle().getVal();
            Role styled = Stream.of(Role.values()).filter(x -> x.styleId().equals(id)).findFirst().orElseThrow();
            Role found = r.roles()[i];
            assertTrue(accepted.getOrDefault(styled, EnumSet.of(styled)).contains(found),
                    "paragraph " + p.number() + " «" + p.excerpt() + "» styled " + styled + " read as " + found);
            checked++;
        }
        assertTrue(checked > 30, "paragraphs compared: " + checked);
    }

    /** Style id → rule prefix, for the styles whose every paragraph is one element. */
    private static final Map<String, String> LINE_STYLES = Map.ofEntries(
            Map.entry("QuocHieu", "quoc_hieu"), Map.entry("TieuNgu", "tieu_ngu"),
            Map.entry("CoQuanBanHanh", "co_quan_ban_hanh"), Map.entry("SoKyHieu", "so_ky_hieu"),
            Map.entry("DiaDanhNgay", "dia_danh_ngay"), Map.entry("TenLoai", "ten_loai"), Map.entry("TrichYeu", "trich_yeu"),
            Map.entry("Muc", "muc"), Map.entry("Phan", "phan"), Map.entry("TenPhan", "ten_phan"),
            Map.entry("NoiNhan", "noi_nhan"), Map.entry("DanhSachNoiNhan", "danh_sach_noi_nhan"),
            Map.entry("QuyenHanChucVu", "quyen_han_chuc_vu"), Map.entry("HoTenNguoiKy", "ho_ten_nguoi_ky"),
            Map.entry("TenPhuLuc", "ten_phu_luc"), Map.entry("KemTheo", "kem_theo"));

    static Stream<String> lineStyles() {
        return LINE_STYLES.keySet().stream().sorted();
    }

    static Stream<String> italicStyles() {
        return Stream.concat(lineStyles(), Stream.of("Khoan", "Diem"));
    }

    @ParameterizedTest
    @MethodSource("lineStyles")
    void aWrongSizeInAnElementsStyleIsFoundOnEachOfItsLines(String styleId) throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).editStyle(styleId,
                s -> s.replaceAll("<w:sz w:val=\"\\d+\"/>", "<w:sz w:val=\"20\"/>")).bytes();
        assertOnlyOnStyle(bad, styleId, LINE_STYLES.get(styleId) + ".co_chu", "10 pt");
    }

    @ParameterizedTest
    @MethodSource("lineStyles")
    void flippedBoldInAnElementsStyleIsFound(String styleId) throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).editStyle(styleId, s -> s.contains("<w:b/>")
                ? s.replace("<w:b/>", "<w:b w:val=\"0\"/>")
                : s.replace("<w:rPr>", "<w:rPr><w:b/>")).bytes();
        assertOnlyOnStyle(bad, styleId, LINE_STYLES.get(styleId) + ".dam", null);
    }

    @ParameterizedTest
    @MethodSource("italicStyles")
    void flippedItalicInAnElementsStyleIsFound(String styleId) throws Exception {
        String prefix = LINE_STYLES.getOrDefault(styleId, styleId.equals("Khoan") ? "khoan" : "diem");
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).editStyle(styleId, s -> s.contains("<w:i/>")
                ? s.replace("<w:i/>", "<w:i w:val=\"0\"/>")
                : s.replace("<w:rPr>", "<w:rPr><w:i/>")).bytes();
        assertOnlyOnStyle(bad, styleId, prefix + ".nghieng", null);
    }

    @Test
    void theDraftsOwnElementsBreakToo() throws Exception {
        // (A bold chủ quản cannot be told from a two-line agency name: both lines then count as the agency.)
        byte[] parent = new DocxParts(Files.readAllBytes(DRAFT)).editStyle("CoQuanChuQuan",
                s -> s.replace("<w:rPr>", "<w:rPr><w:i/>")).bytes();
        assertOnlyOnStyle(parent, "CoQuanChuQuan", "co_quan_chu_quan.nghieng", "chữ nghiêng");
        byte[] basis = new DocxParts(Files.readAllBytes(DRAFT)).editStyle("CanCu",
                s -> s.replace("<w:i/>", "<w:i w:val=\"0\"/>")).bytes();
        assertOnlyOnStyle(basis, "CanCu", "can_cu.nghieng", "chữ đứng");
    }

    @Test
    void aNumberWithALowerCaseSymbolIsFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml",
                s -> s.replace(">Số: 293/KH-UBND<", ">Số: 293/Kh-UBND<")).bytes();
        AuditReport r = AUDIT.audit("so.docx", bad);
        assertEquals(1, r.findings().size(), r.toText());
        assertEquals("so_ky_hieu.dinh_dang", r.findings().get(0).rule());
        assertEquals("Số: 293/KH-UBND", r.findings().get(0).expected());
    }

    @Test
    void aLowerCaseQuocHieuIsFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml",
                s -> s.replace(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", ">Cộng hòa xã hội chủ nghĩa Việt Nam<")).bytes();
        assertOnlyOnStyle(bad, "QuocHieu", "quoc_hieu.in_hoa", "chữ thường");
    }

    @Test
    void a5PaperAndANarrowRightMarginAreFoundAndFixed() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml",
                s -> s.replace("<w:pgSz w:w=\"11906\" w:h=\"16838\"", "<w:pgSz w:w=\"8391\" w:h=\"11906\"")
                        .replace("w:right=\"850\"", "w:right=\"567\"")).bytes();
        AuditReport r = AUDIT.audit("a5.docx", bad);
        // Two sections (the plan and its đề cương), each with both faults.
        assertEquals(List.of("trang.kho_giay", "trang.le.phai", "trang.kho_giay", "trang.le.phai"),
                r.findings().stream().map(AuditFinding::rule).toList(), r.toText());
        assertEquals("148 × 210 mm", r.findings().get(0).found());
        assertEquals("210 × 297 mm (A4)", r.findings().get(0).expected());
        assertEquals("lề phải 10 mm", r.findings().get(1).found());
        DocxAudit.Fixed fixed = AUDIT.fix("a5.docx", bad);
        assertTrue(fixed.after().passed(), fixed.after().toText());
        assertTrue(fixed.changes().contains("lề phải 10 → 15 mm"), fixed.changes().toString());
    }

    @Test
    void aLandscapeA4SectionIsAllowed() throws Exception {
        byte[] landscape = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml",
                s -> s.replaceFirst("<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\"/>",
                        "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")).bytes();
        AuditReport r = AUDIT.audit("landscape.docx", landscape);
        assertTrue(r.passed(), r.toText());
    }

    @Test
    void pageNumbersOnPageOneAreFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml",
                s -> s.replaceFirst("<w:titlePg/>", "")).bytes();
        AuditReport r = AUDIT.audit("p1.docx", bad);
        assertEquals(1, r.findings().size(), r.toText());
        assertEquals("so_trang", r.findings().get(0).rule());
        assertEquals("Số trang (phần 1)", r.findings().get(0).element());
    }

    @Test
    void aDocumentOfManyPagesWithoutPageNumbersIsFound() throws Exception {
        DocxParts parts = new DocxParts(Files.readAllBytes(KE_HOACH));
        // Every section shares one numbered header part (vanban writes two header parts in all).
        parts.edit("word/header1.xml", s -> s.replaceAll("<w:r><w:fldChar.*</w:r>", ""));
        AuditReport r = AUDIT.audit("nopages.docx", parts.bytes());
        // The plan runs to 9 pages; its one-page đề cương (section 2) needs no number.
        assertEquals(List.of("so_trang"), r.findings().stream().map(AuditFinding::rule).toList(), r.toText());
        assertEquals("Số trang (phần 1)", r.findings().get(0).element());
        assertEquals("không đánh số trang (văn bản nhiều trang)", r.findings().get(0).found());
    }

    @Test
    void aPageNumberNotCentredIsFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/header1.xml",
                s -> s.replace("<w:pStyle w:val=\"SoTrang\"/>", "<w:pStyle w:val=\"SoTrang\"/><w:jc w:val=\"right\"/>")).bytes();
        AuditReport r = AUDIT.audit("right.docx", bad);
        // The header part is shared by both sections (the plan and its đề cương): found in each.
        assertEquals(List.of("Số trang (phần 1)", "Số trang (phần 2)"), r.findings().stream().map(AuditFinding::element).toList(), r.toText());
        assertTrue(r.findings().stream().allMatch(f -> f.found().equals("số trang không căn giữa")), r.toText());
    }

    static Stream<String> runningTextStyles() {
        return Stream.of("NoiDung", "GachDau", "DauCong", "Khoan", "Diem", "DongGiua", "GhiChu");
    }

    /** Running text: the rule is named after what each paragraph was read as (noi_dung, khoan, diem). */
    @ParameterizedTest
    @MethodSource("runningTextStyles")
    void aWrongSizeOfRunningTextIsFoundOnEachParagraph(String styleId) throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).editStyle(styleId,
                s -> s.replaceAll("<w:sz w:val=\"\\d+\"/>", "<w:sz w:val=\"24\"/>")).bytes();
        AuditReport r = AUDIT.audit(styleId + ".docx", bad);
        DocxReader.Model m = DocxReader.read(bad, true);
        List<Integer> expected = m.paragraphs().stream()
                .filter(p -> !p.empty() && p.p().getPPr() != null && p.p().getPPr().getPStyle() != null
                        && p.p().getPPr().getPStyle().getVal().equals(styleId))
                .map(Para::number).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, r.findings().stream().map(AuditFinding::paragraph).toList(), r.toText());
        assertTrue(r.findings().stream().allMatch(f -> f.rule().matches("(noi_dung|khoan|diem)\\.co_chu") && f.found().equals("12 pt")),
                r.toText());
    }

    @Test
    void missingRulesUnderTheAgencyAndTheSubjectAreFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml", s -> s
                .replaceFirst("(<w:pStyle w:val=\"CoQuanBanHanh\"/>)<w:pBdr>.*?</w:pBdr>", "$1")
                .replaceFirst("(<w:pStyle w:val=\"TrichYeu\"/>(?:<w:keepNext/>)?)<w:pBdr>.*?</w:pBdr>", "$1")).bytes();
        assertEquals(List.of("co_quan.duong_ke", "trich_yeu.duong_ke"),
                AUDIT.audit("norules.docx", bad).findings().stream().map(AuditFinding::rule).toList());
    }

    @Test
    void aMottoRuleOfTheWrongLengthIsFound() throws Exception {
        byte[] bad = new DocxParts(Files.readAllBytes(KE_HOACH)).edit("word/document.xml", s -> s
                .replaceFirst("(<w:pStyle w:val=\"TieuNgu\"/><w:pBdr>.*?)<w:ind w:left=\"\\d+\" w:right=\"\\d+\"",
                        "$1<w:ind w:left=\"0\" w:right=\"0\"")).bytes();
        AuditReport r = AUDIT.audit("longrule.docx", bad);
        assertEquals(1, r.findings().size(), r.toText());
        assertEquals("tieu_ngu.duong_ke", r.findings().get(0).rule());
        assertTrue(r.findings().get(0).found().startsWith("đường kẻ dài 103"), r.findings().get(0).found());
    }

    private static void assertOnlyOnStyle(byte[] docx, String styleId, String rule, String found) throws Exception {
        AuditReport r = AUDIT.audit(styleId + ".docx", docx);
        DocxReader.Model m = DocxReader.read(docx, true);
        List<Integer> expected = m.paragraphs().stream()
                .filter(p -> !p.empty() && p.p().getPPr() != null && p.p().getPPr().getPStyle() != null
                        && p.p().getPPr().getPStyle().getVal().equals(styleId))
                .map(Para::number).toList();
        assertFalse(expected.isEmpty(), "the sample uses style " + styleId);
        assertEquals(expected, r.findings().stream().map(AuditFinding::paragraph).toList(), r.toText());
        for (AuditFinding f : r.findings()) {
            assertEquals(rule, f.rule(), r.toText());
            if (found != null) {
                assertEquals(found, f.found());
            }
            assertTrue(f.source().startsWith("NĐ 30/2020/NĐ-CP, Phụ lục I, mục "), f.source());
        }
    }
}
