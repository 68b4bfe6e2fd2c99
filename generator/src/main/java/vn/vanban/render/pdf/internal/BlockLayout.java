package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPTable;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

/**
 * Lays the blocks of one section into the OpenPDF document, one block type at a time, and keeps
 * a heading on the same page as the start of what follows it.
 *
 * <pre>{@code
 * new BlockLayout(typesetter, flow).section(section.blocks(), geometry);
 * }</pre>
 */
final class BlockLayout {
    /** Lines of the following paragraph a heading keeps with it (Word's widow control needs two). */
    private static final int KEEP_LINES = 2;
    private static final float TALL = 1.0e5f;

    private final Typesetter ts;
    private final Nd30Style style;
    private final Flow flow;
    private final HeaderLayout header;
    private final SignatureLayout signature;
    private final TableLayout tables;

    BlockLayout(Typesetter ts, Flow flow) {
        this.ts = ts;
        this.style = ts.style();
        this.flow = flow;
        this.header = new HeaderLayout(ts);
        this.signature = new SignatureLayout(ts);
        this.tables = new TableLayout(ts);
    }

    void section(List<Block> blocks, PageGeometry g) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading) {
                keepWithNext(blocks, i, g);
            }
            for (Element e : elements(blocks.get(i), g)) {
                flow.add(e);
            }
        }
    }

    /** Starts a new page when the heading at {@code i} and the start of what follows do not fit. */
    private void keepWithNext(List<Block> blocks, int i, PageGeometry g) {
        if (flow.atTop()) {
            return;
        }
        float needed = 0;
        int j = i;
        while (j < blocks.size() && blocks.get(j) instanceof Heading) {
            needed += height(elements(blocks.get(j), g), g);
            j++;
        }
        if (j < blocks.size()) {
            needed += opening(elements(blocks.get(j), g), g);
        }
        if (flow.y() - needed < flow.bottom()) {
            flow.newPage();
        }
    }

    /** The height of the first lines of a block: what a heading must not be parted from. */
    private float opening(List<Element> elements, PageGeometry g) {
        if (elements.isEmpty()) {
            return 0;
        }
        Element first = elements.get(0);
        if (first instanceof Paragraph p) {
            // Widow and orphan control never splits a paragraph of three lines or fewer (2 + 1 or
            // 1 + 2): such a paragraph comes whole; a longer one needs its first two lines here.
            float whole = height(p, g.textWidth());
            float lead = p.getTotalLeading();
            int lines = lead > 0 ? Math.round(whole / lead) : 1;
            return p.getSpacingBefore() + (lines <= KEEP_LINES + 1 ? whole : KEEP_LINES * lead);
        }
        if (first instanceof PdfPTable t) {
            float h = t.spacingBefore();
            for (int r = 0; r < Math.min(2, t.size()); r++) {
                h += t.getRowHeight(r);
            }
            return h;
        }
        return 0;
    }

    private float height(List<Element> elements, PageGeometry g) {
        float h = 0;
        for (Element e : elements) {
            if (e instanceof Paragraph p) {
                h += p.getSpacingBefore() + height(p, g.textWidth()) + p.getSpacingAfter();
            }
        }
        return h;
    }

    /** Height of a paragraph's lines set across {@code width}, without its spacing. */
    static float height(Paragraph p, float width) {
        ColumnText ct = new ColumnText(null);
        ct.setSimpleColumn(0, 0, width, TALL);
        Paragraph copy = new Paragraph(p);
        copy.setSpacingBefore(0);
        copy.setSpacingAfter(0);
        ct.addElement(copy);
        try {
            ct.go(true);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        return TALL - ct.getYLine();
    }

    private List<Element> elements(Block block, PageGeometry g) {
        float width = g.textWidth();
        List<Element> out = new ArrayList<>();
        switch (block) {
            case HeaderBlock h -> out.add(header.table(h, width));
            case TitleBlock t -> {
                out.add(ts.line(Role.DOCUMENT_TYPE, t.documentType()));
                t.subject().forEach(s -> out.add(ts.line(Role.SUBJECT, s)));
                out.add(closingRule((float) style.subjectRuleRatio() * width, Role.SUBJECT));
            }
            case Heading h -> {
                switch (h.level()) {
                    case PART -> {
                        out.add(ts.line(Role.PART_LABEL, h.label()));
                        out.add(ts.paragraph(Role.PART_TITLE, null, h.title()));
                    }
                    case SECTION -> out.add(ts.paragraph(Role.SECTION_HEADING, h.label(), h.title()));
                    case CLAUSE -> out.add(ts.paragraph(Role.CLAUSE_HEADING, h.label(), h.title()));
                    case POINT -> out.add(ts.paragraph(Role.POINT_HEADING, h.label(), h.title()));
                }
            }
            case vn.vanban.doc.Paragraph p -> {
                Role role = switch (p.kind()) {
                    case BODY -> Role.BODY;
                    case BASIS -> Role.BASIS;
                    case CENTERED -> Role.CENTERED;
                    case NOTE -> Role.NOTE;
                };
                out.add(ts.paragraph(role, p.label(), p.content()));
            }
            case ListItem li -> out.add(ts.paragraph(li.depth() == 1 ? Role.LIST_1 : Role.LIST_2,
                    li.marker(), li.content()));
            case Table t -> out.add(tables.table(t, width));
            case Addressees a -> addressees(a, out);
            case SignatureBlock s -> out.add(signature.table(s, width));
            case AppendixTitle a -> {
                if (a.label() != null) {
                    out.add(ts.line(Role.APPENDIX_LABEL, a.label()));
                }
                a.title().forEach(s -> out.add(ts.line(Role.APPENDIX_TITLE, s)));
                Role last = Role.APPENDIX_TITLE;
                if (a.attached() != null) {
                    out.add(ts.line(Role.APPENDIX_ATTACHED, a.attached()));
                    last = Role.APPENDIX_ATTACHED;
                }
                out.add(closingRule((float) style.subjectRuleRatio() * width, last));
            }
        }
        return out;
    }

    /** The short centred rule under a trích yếu or an appendix title, then the body's space. */
    private Paragraph closingRule(float length, Role above) {
        Paragraph rule = ts.rule(length, above, Element.ALIGN_CENTER);
        rule.setSpacingAfter((float) style.bodySpaceBeforePt());
        return rule;
    }

    /** "Kính gửi: X", or "Kính gửi:" then one "- X" per line, the dashes under the colon. */
    private void addressees(Addressees a, List<Element> out) {
        List<String> rs = a.recipients();
        if (rs.size() == 1) {
            out.add(ts.line(Role.ADDRESSEES, Words.KINH_GUI + " " + rs.get(0)));
            return;
        }
        float colon = ts.width(Role.ADDRESSEES, Words.KINH_GUI.substring(0, Words.KINH_GUI.length() - 1));
        Paragraph label = ts.line(Role.ADDRESSEES, Words.KINH_GUI);
        label.setSpacingAfter(0);
        out.add(label);
        for (int i = 0; i < rs.size(); i++) {
            Paragraph p = ts.line(Role.ADDRESSEES, Words.DASH + rs.get(i));
            p.setIndentationLeft(colon);
            p.setFirstLineIndent(0);
            p.setSpacingBefore(0);
            if (i < rs.size() - 1) {
                p.setSpacingAfter(0);
            }
            out.add(p);
        }
    }
}
