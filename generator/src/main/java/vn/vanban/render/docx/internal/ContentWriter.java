package vn.vanban.render.docx.internal;

import java.util.List;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Span;
import vn.vanban.style.Role;
import vn.vanban.style.TextMeasure;
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
    /** The words before the recipients of ô 9a. */
    public static final String KINH_GUI = "Kính gửi";

    private ContentWriter() {
    }

    public static void heading(Flow flow, Heading h) {
        switch (h.level()) {
            case PART -> {
                Paragraphs.line(flow, Role.PART_LABEL, h.label());
                Paragraphs.spans(Paragraphs.add(flow, Role.PART_TITLE), h.title());
            }
            case SECTION -> labelled(flow, Role.SECTION_HEADING, h.label(), h.title());
            case CLAUSE -> labelled(flow, Role.CLAUSE_HEADING, h.label(), h.title());
            case POINT -> labelled(flow, Role.POINT_HEADING, h.label(), h.title());
        }
    }

    public static void paragraph(Flow flow, Paragraph p) {
        Role role = switch (p.kind()) {
            case BODY -> Role.BODY;
            case BASIS -> Role.BASIS;
            case CENTERED -> Role.CENTERED;
            case NOTE -> Role.NOTE;
        };
        labelled(flow, role, p.label(), p.content());
    }

    public static void listItem(Flow flow, ListItem item) {
        labelled(flow, item.depth() == 1 ? Role.LIST_1 : Role.LIST_2, item.marker(), item.content());
    }

    /**
     * "Kính gửi: X" on one line for one recipient; for several, "Kính gửi:" then one "- X" line
     * each, the dash under the colon and wrapped lines under the text after the dash.
     */
    public static void addressees(Flow flow, Addressees a, Layout layout) {
        List<String> rs = a.recipients();
        if (rs.size() == 1) {
            Paragraphs.line(flow, Role.ADDRESSEES, KINH_GUI + ": " + rs.get(0));
            return;
        }
        Paragraphs.line(flow, Role.ADDRESSEES, KINH_GUI + ":");
        TextStyle ts = layout.text(Role.ADDRESSEES);
        long colon = Twips.fromMm(ts.firstLineMm())
                + Twips.fromPt(TextMeasure.widthPt(KINH_GUI, ts.sizePt(), ts.bold(), ts.italic()));
        long dash = Twips.fromPt(TextMeasure.widthPt("- ", ts.sizePt(), ts.bold(), ts.italic()));
        for (String r : rs) {
            CTP p = Paragraphs.line(flow, Role.ADDRESSEES, "- " + r);
            CTInd ind = p.getPPr().addNewInd();
            ind.setLeft(Twips.big(colon + dash));
            ind.setHanging(Twips.big(dash));
        }
    }

    private static void labelled(Flow flow, Role role, String label, List<Span> content) {
        CTP p = Paragraphs.add(flow, role);
        if (label != null && !label.isEmpty()) {
            Paragraphs.text(p, content.isEmpty() ? label : label + " ");
        }
        Paragraphs.spans(p, content);
    }
}
