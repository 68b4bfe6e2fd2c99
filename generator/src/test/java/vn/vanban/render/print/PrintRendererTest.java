package vn.vanban.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.vanban.RenderedFile;
import vn.vanban.render.print.internal.Element;
import vn.vanban.render.print.internal.Page;

/**
 * The print items as a print shop receives them, read back with PDFBox: page boxes at real size,
 * fonts embedded, the text as intended, every glyph's real outline inside its box and clear of
 * the next line, CMYK only, and the errors.
 */
class PrintRendererTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final PrintRenderer RENDERER = PrintRenderer.builder().previewPixels(0).build();

    private static byte[] pdf(List<RenderedFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name)).bytes();
    }

    private static List<RenderedFile> renderAll(EventTitle title, int people) throws PrintException {
        return RENDERER.render(PrintFixtures.job(title, PrintFixtures.allItems(), PrintFixtures.people(people)));
    }

    @Test
    void everyItemIsItsRealSizeWithBleedAndAtMostTheLimitOfAPdfPage() throws Exception {
        List<RenderedFile> files = renderAll(PrintFixtures.binhPhuoc(), 5);
        for (PrintItem item : PrintFixtures.allItems()) {
            try (PDDocument doc = Loader.loadPDF(pdf(files, item.fileName() + ".pdf"))) {
                PDPage page = doc.getPage(0);
                double u = page.getUserUnit();
                PDRectangle trim = page.getTrimBox();
                PDRectangle media = page.getMediaBox();
                assertTrue(media.getWidth() <= 14_400 && media.getHeight() <= 14_400, item + ": a PDF page side is at most 14 400 units");
                boolean sheet = item instanceof PrintItem.NameCards || item instanceof PrintItem.Badges;
                double wantW = sheet ? 210 : item.widthMm();
                double wantH = sheet ? 297 : item.heightMm();
                double w = trim.getWidth() * u / PT_PER_MM;
                double h = trim.getHeight() * u / PT_PER_MM;
                if (sheet && w > h) {
                    double t = w;
                    w = h;
                    h = t;
                }
                assertEquals(wantW, w, 0.1, item + ": trim width in mm (UserUnit " + u + ")");
                assertEquals(wantH, h, 0.1, item + ": trim height in mm");
                if (!sheet) {
                    double bleed = item.large() ? 5 : 3;
                    assertEquals(item.widthMm() + 2 * bleed, page.getBleedBox().getWidth() * u / PT_PER_MM, 0.1, item + ": bleed box");
                    assertTrue(media.getWidth() > page.getBleedBox().getWidth(), item + ": room for crop marks outside the bleed");
                }
                if (item instanceof PrintItem.Backdrop) {
                    assertTrue(u > 1, "a 12 m backdrop needs a UserUnit above 1");
                }
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndTheTextIsTheIntendedNfcText() throws Exception {
        List<RenderedFile> files = renderAll(PrintFixtures.binhPhuoc(), 3);
        String backdrop = text(pdf(files, "phong.pdf"));
        assertEquals("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH BÌNH PHƯỚC LẦN THỨ VI (2025 - 2030)"
                + " THI ĐUA ĐỔI MỚI, SÁNG TẠO, TĂNG TỐC BỨT PHÁ Bình Phước, ngày 26 tháng 9 năm 2025", backdrop);
        assertEquals("NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH BÌNH PHƯỚC LẦN THỨ VI, GIAI ĐOẠN 2025 - 2030",
                text(pdf(files, "bang-ron.pdf")));
        assertEquals("THI ĐUA LÀ YÊU NƯỚC, YÊU NƯỚC THÌ PHẢI THI ĐUA!", text(pdf(files, "khau-hieu-1.pdf")));
        assertEquals("ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH BÌNH PHƯỚC LẦN THỨ VI (2025 - 2030)", text(pdf(files, "tieu-de-san-khau.pdf")));
        for (RenderedFile f : files) {
            if (!f.name().endsWith(".pdf")) {
                continue;
            }
            try (PDDocument doc = Loader.loadPDF(f.bytes())) {
                String t = new PDFTextStripper().getText(doc);
                assertTrue(Normalizer.isNormalized(t, Normalizer.Form.NFC), f.name() + " text is NFC");
                int fonts = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName n : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(n);
                        assertTrue(font.isEmbedded(), f.name() + ": " + font.getName() + " is embedded");
                        assertTrue(font.getName().contains("BeVietnamPro"), font.getName());
                        fonts++;
                    }
                }
                assertTrue(fonts > 0, f.name() + " has fonts");
            }
        }
    }

    /** Words of the extracted text joined by single spaces (line breaks are layout, not text). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).strip().replaceAll("\\s+", " ");
        }
    }

    @Test
    void hardestCapitalsAndLongestNamesStayInsideTheirBoxesTheSafeAreaAndClearOfTheNextLine() throws Exception {
        List<CardHolder> people = new ArrayList<>(PrintFixtures.people(6));
        for (String unit : PrintFixtures.LONG_UNITS) {
            people.add(new CardHolder("Nguyễn Huỳnh Ngọc Phượng Hoàng Kim Ữ", "ĐOÀN CHỦ TỊCH", "Chủ tịch Hội đồng quản trị, " + unit));
        }
        PrintJob job = PrintFixtures.job(PrintFixtures.hardest(), PrintFixtures.allItems(), people);
        int checked = 0;
        for (PrintItem item : job.items()) {
            List<Page> pages = RENDERER.layout(job, item);
            PrintJob one = PrintFixtures.job(job.title(), List.of(item), people);
            byte[] bytes = pdf(RENDERER.render(one), item.fileName() + ".pdf");
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                assertEquals(pages.size(), doc.getNumberOfPages(), item.toString());
                for (int p = 0; p < pages.size(); p++) {
                    checked += checkPage(item, pages.get(p), PdfGlyphShapes.of(doc.getPage(p)));
                }
            }
        }
        assertTrue(checked > 2000, "glyphs checked: " + checked);
    }

    /** Matches the PDF's glyphs, in drawing order, to the laid-out lines; returns how many were checked. */
    private static int checkPage(PrintItem item, Page page, List<PdfGlyphShapes.Glyph> glyphs) {
        double tol = 0.02;
        Element.Box safe = item.large() || item instanceof PrintItem.FolderCover ? page.trim().inset(10 * PT_PER_MM) : page.trim();
        int g = 0;
        List<Element.Text> lines = page.elements().stream().filter(e -> e instanceof Element.Text).map(e -> (Element.Text) e).toList();
        List<Rectangle2D> lineInk = new ArrayList<>();
        for (Element.Text t : lines) {
            Rectangle2D union = null;
            int n = t.text().codePointCount(0, t.text().length());
            for (int k = 0; k < n; k++, g++) {
                PdfGlyphShapes.Glyph glyph = glyphs.get(g);
                assertEquals(new String(Character.toChars(t.text().codePointAt(t.text().offsetByCodePoints(0, k)))), glyph.text(),
                        "glyph order in " + item.fileName());
                Rectangle2D ink = glyph.ink();
                if (ink.isEmpty()) {
                    continue;
                }
                String where = item.fileName() + ": '" + glyph.text() + "' of \"" + t.text() + "\" at " + ink;
                Element.Box b = t.box();
                assertTrue(ink.getMinX() >= b.x() - tol && ink.getMaxX() <= b.right() + tol
                        && ink.getMinY() >= b.y() - tol && ink.getMaxY() <= b.top() + tol, where + " leaves its box " + b);
                assertTrue(ink.getMinX() >= safe.x() && ink.getMaxX() <= safe.right() && ink.getMinY() >= safe.y() && ink.getMaxY() <= safe.top(),
                        where + " leaves the safe area " + safe);
                union = union == null ? (Rectangle2D) ink.clone() : union.createUnion(ink);
            }
            lineInk.add(union);
        }
        assertEquals(glyphs.size(), g, item.fileName() + ": every glyph belongs to a laid-out line");
        // Lines sharing a box: each line's ink stays above the next one's (marks of Ữ and dots of Ự included).
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).box().equals(lines.get(i + 1).box())) {
                Rectangle2D a = lineInk.get(i);
                Rectangle2D b = lineInk.get(i + 1);
                boolean upsideDown = lines.get(i).upsideDown();
                if (upsideDown) {
                    assertTrue(a.getMaxY() < b.getMinY(), item.fileName() + ": \"" + lines.get(i).text() + "\" collides with \"" + lines.get(i + 1).text() + "\"");
                } else {
                    assertTrue(a.getMinY() > b.getMaxY(), item.fileName() + ": \"" + lines.get(i).text() + "\" collides with \"" + lines.get(i + 1).text() + "\"");
                }
            }
        }
        return g;
    }

    @Test
    void stackedMarksReachAboveTheCapitalsAndAreKept() throws Exception {
        // The ink of "Ữ" reaches far above that of "U": the box must hold it, and the PDF does draw it.
        PrintJob job = PrintFixtures.job(new EventTitle(List.of(), "ỮỂỖẪẬỆỘỰ", "", "", ""), List.of(new PrintItem.StageTitle(3_000, 600)), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf(RENDERER.render(job), "tieu-de-san-khau.pdf"))) {
            List<PdfGlyphShapes.Glyph> g = PdfGlyphShapes.of(doc.getPage(0));
            assertEquals("ỮỂỖẪẬỆỘỰ", String.join("", g.stream().map(PdfGlyphShapes.Glyph::text).toList()));
            PdfGlyphShapes.Glyph u = g.get(0);
            double size = u.ink().getHeight();
            assertTrue(u.ink().getMaxY() - u.baseline() > 0.9 * size * 0.8, "the tilde above Ữ is drawn");
            PdfGlyphShapes.Glyph dot = g.get(7);
            assertTrue(dot.ink().getMinY() < dot.baseline(), "the dot below Ự reaches under the baseline");
        }
    }

    @Test
    void nameCardsAreImposedSeveralToASheetWithBothFacesOfEachCard() throws Exception {
        List<CardHolder> people = PrintFixtures.people(5);
        for (PrintItem.Sheet sheet : PrintItem.Sheet.values()) {
            PrintJob job = PrintFixtures.job(PrintFixtures.binhPhuoc(), List.of(new PrintItem.NameCards(sheet, 180, 60)), people);
            try (PDDocument doc = Loader.loadPDF(pdf(RENDERER.render(job), "the-ten.pdf"))) {
                int perSheet = sheet == PrintItem.Sheet.A4 ? 2 : 4;
                assertEquals((people.size() + perSheet - 1) / perSheet, doc.getNumberOfPages(), sheet + " sheets");
                String first = String.join("", PdfGlyphShapes.of(doc.getPage(0)).stream().map(PdfGlyphShapes.Glyph::text).toList());
                String name = "NGUYỄNTHỊNGỌCHUYỀN";
                assertEquals(2, first.replace(" ", "").split(name, -1).length - 1, "two faces of the first card: " + first);
            }
        }
    }

    @Test
    void colourIsCmykOnly() throws Exception {
        for (RenderedFile f : renderAll(PrintFixtures.binhPhuoc(), 3)) {
            if (!f.name().endsWith(".pdf")) {
                continue;
            }
            try (PDDocument doc = Loader.loadPDF(f.bytes())) {
                Set<String> ops = new HashSet<>();
                for (PDPage page : doc.getPages()) {
                    for (Object token : new PDFStreamParser(page).parse()) {
                        if (token instanceof Operator op) {
                            ops.add(op.getName());
                        }
                    }
                }
                assertTrue(ops.contains("k"), f.name() + " fills in CMYK");
                for (String rgbOrGray : List.of("rg", "RG", "g", "G", "sc", "scn", "SC", "SCN", "cs", "CS")) {
                    assertFalse(ops.contains(rgbOrGray), f.name() + " uses " + rgbOrGray);
                }
            }
        }
    }

    @Test
    void outlinesLeaveNoFontAndNoTextButTheSameGeometry() throws Exception {
        PrintJob job = PrintFixtures.job(PrintFixtures.binhPhuoc(), List.of(new PrintItem.Backdrop(12_000, 4_000)), List.of());
        byte[] outlined = pdf(PrintRenderer.builder().outlines(true).previewPixels(0).build().render(job), "phong.pdf");
        byte[] text = pdf(RENDERER.render(job), "phong.pdf");
        try (PDDocument a = Loader.loadPDF(outlined); PDDocument b = Loader.loadPDF(text)) {
            assertFalse(a.getPage(0).getResources().getFontNames().iterator().hasNext(), "no fonts");
            assertEquals("", new PDFTextStripper().getText(a).strip());
            assertEquals(b.getPage(0).getTrimBox().toString(), a.getPage(0).getTrimBox().toString());
        }
    }

    @Test
    void theSameJobGivesTheSameBytesAndEveryItemHasAPreview() throws Exception {
        PrintJob job = PrintFixtures.job(PrintFixtures.binhPhuoc(), PrintFixtures.allItems(), PrintFixtures.people(3));
        PrintRenderer r = PrintRenderer.builder().previewPixels(400).build();
        List<RenderedFile> a = r.render(job);
        List<RenderedFile> b = r.render(job);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).name());
        }
        for (PrintItem item : job.items()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(pdf(a, item.fileName() + ".png")));
            assertNotNull(png, item.fileName() + ".png");
            assertEquals(400, Math.max(png.getWidth(), png.getHeight()));
            if (item.large()) {
                // Just inside the trim's lower-left corner: the background red, not paper white.
                Page page = RENDERER.layout(job, item).get(0);
                double scale = 400 / Math.max(page.width(), page.height());
                int x = (int) Math.round((page.trim().x() + 2) * scale) + 1;
                int y = png.getHeight() - (int) Math.round((page.trim().y() + 2) * scale) - 2;
                assertEquals(Cmyk.RED.previewRgb(), png.getRGB(x, y) & 0xFFFFFF, item.fileName() + ".png background");
            }
        }
        String readme = new String(pdf(a, "README.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(readme.contains("12 000 × 4 000 mm"), readme);
        assertTrue(readme.contains("/UserUnit 3"), readme);
        assertTrue(readme.contains("C0 M100 Y100 K0"), readme);
        assertTrue(readme.contains("BeVietnamPro-ExtraBold.ttf"), readme);
    }

    @Test
    void aLineThatCannotFitAtTheSmallestSizeIsAnErrorNamingIt() {
        String slogan = "Thi đua là yêu nước, yêu nước thì phải thi đua, và những người thi đua là những người yêu nước nhất";
        PrintJob job = PrintFixtures.job(PrintFixtures.binhPhuoc(), List.of(new PrintItem.Banner("khau-hieu-1", 1_000, 800, slogan)), List.of());
        PrintException e = assertThrows(PrintException.class, () -> RENDERER.render(job));
        assertTrue(e.getMessage().contains("THI ĐUA LÀ YÊU NƯỚC, YÊU NƯỚC THÌ PHẢI THI ĐUA"), e.getMessage());
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertEquals("in_an.khau_hieu", e.field());
    }

    @Test
    void badSizesAndAnEmptyTitleAreRefused() {
        for (double[] size : new double[][] {{0, 4_000}, {-12_000, 4_000}, {12_000, 100_000}, {Double.NaN, 4_000}}) {
            PrintJob job = PrintFixtures.job(PrintFixtures.binhPhuoc(), List.of(new PrintItem.Backdrop(size[0], size[1])), List.of());
            PrintException e = assertThrows(PrintException.class, () -> RENDERER.render(job));
            assertTrue(e.getMessage().contains("is not a size vanban can print"), e.getMessage());
        }
        PrintJob empty = PrintFixtures.job(new EventTitle(List.of(), "  ", "", "", ""), List.of(new PrintItem.Backdrop(12_000, 4_000)), List.of());
        PrintException e = assertThrows(PrintException.class, () -> RENDERER.render(empty));
        assertTrue(e.getMessage().contains("name is empty"), e.getMessage());
    }
}
