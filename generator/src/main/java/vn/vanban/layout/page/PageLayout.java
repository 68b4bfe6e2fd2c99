package vn.vanban.layout.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import vn.vanban.doc.Document;
import vn.vanban.doc.Section;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.layout.KeepRules;
import vn.vanban.layout.PageGeometry;
import vn.vanban.layout.TextMeasurer;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Lays a whole document out on pages: every line, rule and table border at its final place, page
 * numbers included. The PDF renderer draws the result; the DOCX renderer takes its decisions
 * (roles, plans, keep rules, line balancing) from the same layer, so both agree.
 *
 * <pre>{@code
 * List<Page> pages = new PageLayout(Nd30Style.of(doc.metadata().profile())).layout(doc);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PageLayout {
    private final Nd30Style style;
    private final TextMeasurer measurer;
    /** The style sheet's text styles, built once ({@link Nd30Style#text} builds them all on every call). */
    private final Map<Role, TextStyle> styles;
    private final Lines lines;

    public PageLayout(Nd30Style style) {
        this(style, TextMeasurer.standard());
    }

    public PageLayout(Nd30Style style, TextMeasurer measurer) {
        this.style = style;
        this.measurer = measurer;
        this.styles = Collections.unmodifiableMap(style.styles());
        this.lines = new Lines(measurer);
    }

    /** The ND30 page of a section: A4 with the style sheet's margins, turned for landscape. */
    public static PageGeometry geometry(Nd30Style style, Section.Orientation orientation) {
        PageGeometry g = PageGeometry.ofMm(style.pageWidthMm(), style.pageHeightMm(), style.marginTopMm(),
                style.marginBottomMm(), style.marginLeftMm(), style.marginRightMm());
        return orientation == Section.Orientation.LANDSCAPE ? g.landscape() : g;
    }

    /** Every page of the document, sections in order, each section's pages numbered from 1. */
    public List<Page> layout(Document doc) {
        List<Page> pages = new ArrayList<>();
        List<Section> sections = doc.sections();
        for (int si = 0; si < sections.size(); si++) {
            Section section = sections.get(si);
            PageGeometry g = geometry(style, section.orientation());
            List<Slice> strips = strips(section, g.textWidth());
            List<List<Paginator.Placed>> placed = Paginator.paginate(strips, g.textHeight());
            for (int p = 0; p < placed.size(); p++) {
                pages.add(new Page(g, si, p + 1, marks(g, p, placed.get(p))));
            }
        }
        return pages;
    }

    /**
     * What page {@code p} (from 0) of a section draws: its number from the second page on, then
     * its strips' marks at their places. Gathered in an array of the exact size, which the page
     * keeps as it is ({@link List#of} copies it once; a list would grow and be copied twice).
     */
    private List<Mark> marks(PageGeometry g, int p, List<Paginator.Placed> placed) {
        int count = p > 0 ? 1 : 0;
        for (Paginator.Placed pl : placed) {
            count += pl.slice().drawing().size();
        }
        Mark[] marks = new Mark[count];
        int n = 0;
        if (p > 0) {
            marks[n++] = pageNumber(g, p + 1);
        }
        for (Paginator.Placed pl : placed) {
            Drawing d = pl.slice().drawing();
            d.shifted(g.left(), g.top() + pl.y(), marks, n);
            n += d.size();
        }
        return List.of(marks);
    }

    /** The section's blocks as one list of strips, with the gaps between blocks and the keep rules. */
    private List<Slice> strips(Section section, double width) {
        Blocks blocks = new Blocks(style, styles, measurer, lines, width);
        List<vn.vanban.doc.Block> list = section.blocks();
        boolean[] keep = KeepRules.keepWithNext(list);
        List<Slice> out = new ArrayList<>();
        double pendingAfter = 0;
        boolean keepPrevious = false;
        boolean previousTable = false;
        boolean previousRuled = false;
        for (int i = 0; i < list.size(); i++) {
            vn.vanban.doc.Block b = list.get(i);
            boolean table = b instanceof Table || b instanceof SignatureBlock || b instanceof vn.vanban.doc.HeaderBlock;
            if (table && previousTable) {
                // The DOCX's separator paragraph between two tables; kept with the next table when the first is.
                boolean breakable = !keepPrevious;
                out.addAll(blocks.separator().slices().stream().map(s -> s.withBreak(breakable)).toList());
            }
            Block laid = blocks.of(b);
            double before = laid.before();
            if (previousRuled && !table) {
                // The DOCX gives the paragraph after a ruled table a paragraph's space before.
                before = styles.get(Role.BODY).spaceAfterPt();
            }
            List<Slice> slices = laid.slices();
            for (int k = 0; k < slices.size(); k++) {
                Slice s = slices.get(k);
                if (k == 0) {
                    s = s.withGap(pendingAfter + before + s.gapBefore()).withBreak(s.breakBefore() && !keepPrevious);
                }
                out.add(s);
            }
            pendingAfter = laid.after();
            keepPrevious = keep[i];
            previousTable = table;
            previousRuled = b instanceof Table;
        }
        if (previousTable) {
            // A section cannot end on a table in the DOCX: its closing paragraph stays with the table.
            out.addAll(blocks.separator().slices().stream().map(s -> s.withBreak(false)).toList());
        }
        return out;
    }

    private Mark pageNumber(PageGeometry g, int number) {
        TextStyle ts = styles.get(Role.PAGE_NUMBER);
        String text = Integer.toString(number);
        double w = measurer.width(text, ts.sizePt(), ts.bold(), ts.italic());
        double top = PageGeometry.mm(style.pageNumberFromTopMm());
        double baseline = top + lines.baseline(ts);
        return new Mark.Text(g.left() + (g.textWidth() - w) / 2, baseline, text,
                vn.vanban.style.FontFace.of(ts.bold(), ts.italic()), ts.sizePt());
    }
}
