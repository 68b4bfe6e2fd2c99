package vn.vanban.render.docx.internal;

import vn.vanban.doc.AppendixTitle;
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
        Paragraphs.line(flow, Role.DOCUMENT_TYPE, t.documentType());
        for (String line : t.subject()) {
            Paragraphs.line(flow, Role.SUBJECT, line);
        }
        shortRule(flow, Role.SUBJECT, layout);
    }

    public static void appendix(Flow flow, AppendixTitle a, Layout layout) {
        if (a.label() != null) {
            Paragraphs.line(flow, Role.APPENDIX_LABEL, a.label());
        }
        for (String line : a.title()) {
            Paragraphs.line(flow, Role.APPENDIX_TITLE, line);
        }
        Role last = Role.APPENDIX_TITLE;
        if (a.attached() != null) {
            Paragraphs.line(flow, Role.APPENDIX_ATTACHED, a.attached());
            last = Role.APPENDIX_ATTACHED;
        }
        shortRule(flow, last, layout);
    }

    private static void shortRule(Flow flow, Role role, Layout layout) {
        double length = layout.style().subjectRuleRatio() * Twips.toPt(layout.textWidth());
        Rules.centred(flow, role, layout, layout.textWidth(), length, layout.style().bodySpaceBeforePt());
    }
}
