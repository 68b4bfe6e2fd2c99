package vn.vanban.template.internal;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.doc.Block;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;

/**
 * Ends the content with "./." (every Mẫu of ND30 Phụ lục III): the last block before the
 * signature, whatever it is — a closing paragraph, a list item, a numbered paragraph, a heading or
 * a table's last cell — gets its full stop and "/.", once.
 *
 * <pre>{@code
 * List<Section> closed = ContentEnd.close(sections);
 * }</pre>
 */
public final class ContentEnd {
    /** The mark after the last sentence of the content. */
    public static final String MARK = "/.";

    private ContentEnd() {
    }

    /** The sections with the main text's content closed; the phụ lục are left as they are. */
    public static List<Section> close(List<Section> sections) {
        if (sections.isEmpty()) {
            return sections;
        }
        Section main = sections.get(0);
        List<Block> blocks = new ArrayList<>(main.blocks());
        int end = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof SignatureBlock) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            Block closed = close(blocks.get(i));
            if (closed != null) {
                blocks.set(i, closed);
                List<Section> out = new ArrayList<>(sections);
                out.set(0, new Section(main.orientation(), blocks));
                return out;
            }
        }
        return sections;
    }

    /** The block with "./." at its end, or null when it is not text that can end the content. */
    private static Block close(Block b) {
        return switch (b) {
            case Paragraph p when !p.content().isEmpty() -> new Paragraph(p.kind(), p.label(), end(p.content()));
            case ListItem li when !li.content().isEmpty() -> new ListItem(li.depth(), li.marker(), end(li.content()));
            case Heading h when !h.title().isEmpty() -> new Heading(h.level(), h.label(), end(h.title()));
            case Table t when !t.rows().isEmpty() -> table(t);
            default -> null;
        };
    }

    private static Table table(Table t) {
        List<List<List<Span>>> rows = new ArrayList<>(t.rows());
        List<List<Span>> last = new ArrayList<>(rows.get(rows.size() - 1));
        for (int c = last.size() - 1; c >= 0; c--) {
            if (!last.get(c).isEmpty()) {
                last.set(c, end(last.get(c)));
                rows.set(rows.size() - 1, last);
                return new Table(t.columns(), rows);
            }
        }
        return t;
    }

    /** The spans with the last sentence ended by "." and then "/.". */
    static List<Span> end(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        Span last = out.get(out.size() - 1);
        String s = last.text().stripTrailing();
        if (!s.endsWith(MARK)) {
            while (!s.isEmpty() && ";,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).stripTrailing();
            }
            s = (s.endsWith(".") ? s : s + ".") + MARK;
        }
        out.set(out.size() - 1, new Span(s, last.bold(), last.italic()));
        return out;
    }
}
