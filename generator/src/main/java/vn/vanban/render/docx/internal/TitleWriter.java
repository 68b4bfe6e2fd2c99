package vn.vanban.render.docx.internal;

import java.util.List;

import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Span;
import vn.vanban.layout.Runs;
import vn.vanban.style.TextStyle;
import vn.vanban.doc.TitleBlock;
import vn.vanban.style.Role;

/**
 * Writes the centred title blocks: tên loại and trích yếu (ô 5a), and the head of a phụ lục, each
 * closed by a short centred rule.
 *
 * <pre>{@code
 * TitleWriter.title(flow, titleBlock, layout);
 * TitleWriter.appendix(flow, appendixTitle, layout);
 * }</pre>
 */
public final class TitleWriter {
    private TitleWriter() {
    }

    public static void title(Flow flow, TitleBlock t, Layout layout) {
        centred(flow, Role.DOCUMENT_TYPE, t.documentType(), layout);
        for (String line : t.subject()) {
            centred(flow, Role.SUBJECT, line, layout);
        }
        shortRule(flow, Role.SUBJECT, layout);
    }

    /** A centred line of the role, balanced by the layout layer over as many lines as it needs. */
    public static Element centred(Flow flow, Role role, String text, Layout layout) {
        TextStyle ts = layout.text(role);
        Element p = Paragraphs.add(flow, role);
        Paragraphs.lines(p, layout.balanced(Runs.of(ts, text)), ts);
        return p;
    }

    /** A centred paragraph of spans, balanced the same way. */
    public static Element centred(Flow flow, Role role, String label, List<Span> spans, Layout layout) {
        TextStyle ts = layout.text(role);
        Element p = Paragraphs.add(flow, role);
        Paragraphs.lines(p, layout.balanced(Runs.of(ts, label, spans)), ts);
        return p;
    }

    public static void appendix(Flow flow, AppendixTitle a, Layout layout) {
        if (a.label() != null) {
            centred(flow, Role.APPENDIX_LABEL, a.label(), layout);
        }
        for (String line : a.title()) {
            centred(flow, Role.APPENDIX_TITLE, line, layout);
        }
        Role last = Role.APPENDIX_TITLE;
        if (a.attached() != null) {
            centred(flow, Role.APPENDIX_ATTACHED, a.attached(), layout);
            last = Role.APPENDIX_ATTACHED;
        }
        shortRule(flow, last, layout);
    }

    private static void shortRule(Flow flow, Role role, Layout layout) {
        double length = layout.style().subjectRuleRatio() * Twips.toPt(layout.textWidth());
        Rules.centred(flow, role, layout, layout.textWidth(), length, layout.style().bodySpaceBeforePt());
    }
}
