package vn.vanban.render.docx.internal;

import java.util.List;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Span;
import vn.vanban.style.Role;
import vn.vanban.layout.AddresseesPlan;
import vn.vanban.layout.Labels;
import vn.vanban.layout.Roles;
import vn.vanban.style.TextStyle;

/**
 * Writes the content blocks (ô 6 and ô 9a): headings, paragraphs, list items and "Kính gửi".
 * Numbers and markers are plain text, never Word numbering, so they survive copy and paste.
 *
 * <pre>{@code
 * ContentWriter.heading(flow, heading);
 * ContentWriter.paragraph(flow, paragraph);
 * }</pre>
 */
public final class ContentWriter {
    private ContentWriter() {
    }

    public static void heading(Flow flow, Heading h, Layout layout) {
        if (h.level() == Heading.Level.PART) {
            Paragraphs.line(flow, Role.PART_LABEL, h.label());
            TitleWriter.centred(flow, Role.PART_TITLE, null, h.title(), layout);
        } else {
            labelled(flow, Roles.of(h), h.label(), h.title());
        }
    }

    public static void paragraph(Flow flow, Paragraph p, Layout layout) {
        Role role = Roles.of(p);
        if (role == Role.CENTERED) {
            TitleWriter.centred(flow, role, p.label(), p.content(), layout);
        } else {
            labelled(flow, role, p.label(), p.content());
        }
    }

    public static void listItem(Flow flow, ListItem item) {
        labelled(flow, Roles.of(item), item.marker(), item.content());
    }

    /**
     * "Kính gửi: X" on one line for one recipient; for several, "Kính gửi:" then one "- X" line
     * each, the dash under the colon and wrapped lines under the text after the dash.
     */
    public static void addressees(Flow flow, Addressees a, Layout layout) {
        List<String> rs = a.recipients();
        TextStyle ts = layout.text(Role.ADDRESSEES);
        AddresseesPlan plan = AddresseesPlan.of(layout.style(), layout.measurer(), layout.textWidthPt());
        if (rs.size() == 1) {
            Element one = Paragraphs.line(flow, Role.ADDRESSEES, Labels.KINH_GUI + " " + rs.get(0));
            Paragraphs.ppr(one).add("w:jc").set("w:val", Props.jc(vn.vanban.style.Align.CENTER));
            return;
        }
        Element label = Paragraphs.line(flow, Role.ADDRESSEES, Labels.KINH_GUI);
        Props.spacing(Paragraphs.ppr(label), ts.spaceBeforePt(), 0, ts.lineHeightPt());
        Paragraphs.ppr(label).add("w:ind").set("w:left", Twips.fromPt(plan.labelIndent()));
        for (int i = 0; i < rs.size(); i++) {
            Element p = Paragraphs.line(flow, Role.ADDRESSEES, Labels.DASH + rs.get(i));
            Paragraphs.ppr(p).add("w:ind")
                    .set("w:left", Twips.fromPt(plan.dashIndent() + plan.hanging()))
                    .set("w:hanging", Twips.fromPt(plan.hanging()));
            Props.spacing(Paragraphs.ppr(p), 0, i == rs.size() - 1 ? ts.spaceAfterPt() : 0, ts.lineHeightPt());
        }
    }

    private static void labelled(Flow flow, Role role, String label, List<Span> content) {
        Element p = Paragraphs.add(flow, role);
        if (label != null && !label.isEmpty()) {
            Paragraphs.text(p, content.isEmpty() ? label : label + " ");
        }
        Paragraphs.spans(p, content);
    }
}
