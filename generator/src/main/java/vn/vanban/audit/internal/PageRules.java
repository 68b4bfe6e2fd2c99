package vn.vanban.audit.internal;

import java.util.List;
import java.util.Locale;

import vn.vanban.style.Nd30Style;

/**
 * The page rules of each section: A4 (portrait, or landscape for a section of tables), the
 * decree's margin ranges, and page numbers in the header, centred, hidden on the first page.
 *
 * <pre>{@code
 * PageRules.check(model, style, findings);
 * }</pre>
 */
public final class PageRules {
    /** Twips per millimetre. */
    public static final double TWIPS_PER_MM = 1440 / 25.4;
    /** Slack when comparing paper sizes: half a millimetre (some writers round A4 to 11900 twips). */
    private static final long SLACK_TWIPS = 28;
    /** Without a page count saved in the file, text longer than this is taken to fill more than one page. */
    private static final int ONE_PAGE_CHARS = 3000;

    private PageRules() {
    }

    public static void check(DocxReader.Model m, Nd30Style style, Findings f) {
        List<SectionView> sections = m.sections();
        for (SectionView s : sections) {
            String where = sections.size() == 1 ? "Trang" : "Trang (phần " + (s.index() + 1) + ")";
            page(s, style, where, f);
            margins(s, where, f);
            pageNumbers(m, s, sections.size(), f);
        }
    }

    private static void page(SectionView s, Nd30Style style, String where, Findings f) {
        long w = Math.round(style.pageWidthMm() * TWIPS_PER_MM);
        long h = Math.round(style.pageHeightMm() * TWIPS_PER_MM);
        boolean portrait = near(s.widthTwips(), w) && near(s.heightTwips(), h);
        boolean landscape = near(s.widthTwips(), h) && near(s.heightTwips(), w);
        if (!portrait && !landscape) {
            f.add(null, where, Catalog.PAGE_SIZE, mm(s.widthTwips()) + " × " + mm(s.heightTwips()) + " mm",
                    fmt(style.pageWidthMm()) + " × " + fmt(style.pageHeightMm()) + " mm (A4)", true);
        }
    }

    private static void margins(SectionView s, String where, Findings f) {
        String[] names = {"trên", "dưới", "trái", "phải"};
        long[] values = {s.top(), s.bottom(), s.left(), s.right()};
        for (int k = 0; k < 4; k++) {
            double[] range = Catalog.MARGIN_RANGES_MM[k];
            double mm = values[k] / TWIPS_PER_MM;
            if (mm < range[0] - 0.05 || mm > range[1] + 0.05) {
                f.add(null, where, Catalog.MARGINS.id() + "." + ascii(names[k]), Catalog.MARGINS.source(),
                        "lề " + names[k] + " " + fmt(mm) + " mm", "lề " + names[k] + " " + fmt(range[0]) + "–"
                                + fmt(range[1]) + " mm", true);
            }
        }
    }

    private static void pageNumbers(DocxReader.Model m, SectionView s, int count, Findings f) {
        String where = count == 1 ? "Số trang" : "Số trang (phần " + (s.index() + 1) + ")";
        if (s.pageInFooter() && !s.pageInHeader()) {
            f.add(null, where, Catalog.PAGE_NUMBER, "số trang ở chân trang", "số trang giữa lề trên (đầu trang)", false);
            return;
        }
        if (!s.pageInHeader() && !s.pageInFooter()) {
            if (manyPages(m, s)) {
                f.add(null, where, Catalog.PAGE_NUMBER, "không đánh số trang (văn bản nhiều trang)",
                        "số trang bằng chữ số Ả Rập giữa lề trên, từ trang 2", false);
            }
            return;
        }
        if (!s.titlePage() || s.pageInFirstHeader()) {
            f.add(null, where, Catalog.PAGE_NUMBER, "số trang hiện cả trên trang đầu",
                    "không hiện số trang ở trang đầu (bật \"Different First Page\")", false);
        }
        if (!s.pageCentered()) {
            f.add(null, where, Catalog.PAGE_NUMBER, "số trang không căn giữa", "số trang căn giữa lề trên", false);
        }
    }

    private static boolean manyPages(DocxReader.Model m, SectionView s) {
        if (m.pages() > 0) {
            return m.pages() > 1;
        }
        int chars = 0;
        for (Para p : m.paragraphs()) {
            if (p.section() == s.index()) {
                chars += p.text().length();
            }
        }
        return chars > ONE_PAGE_CHARS;
    }

    private static boolean near(long a, long b) {
        return Math.abs(a - b) <= SLACK_TWIPS;
    }

    static String mm(long twips) {
        return fmt(twips / TWIPS_PER_MM);
    }

    static String fmt(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString(Math.round(r)) : String.format(Locale.ROOT, "%.1f", r).replace('.', ',');
    }

    private static String ascii(String vi) {
        return switch (vi) {
            case "trên" -> "tren";
            case "dưới" -> "duoi";
            case "trái" -> "trai";
            default -> "phai";
        };
    }
}
