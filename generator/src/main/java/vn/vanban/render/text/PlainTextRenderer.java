package vn.vanban.render.text;

import java.util.List;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.Inlines;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;

/**
 * Writes a document as plain text, one paragraph per line, numbers and markers included: for
 * reading a draft quickly, diffing two versions, and comparing with a source text.
 *
 * <pre>{@code
 * String text = PlainTextRenderer.render(document);
 * }</pre>
 */
public final class PlainTextRenderer {
    private PlainTextRenderer() {
    }

    /** The text of every block, in order; sections are separated by a form feed line. */
    public static String render(Document doc) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Section s : doc.sections()) {
            if (!first) {
                sb.append("\f\n");
            }
            first = false;
            for (Block b : s.blocks()) {
                block(sb, b);
            }
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block b) {
        switch (b) {
            case HeaderBlock h -> {
                h.parentAgency().forEach(l -> line(sb, l));
                h.agency().forEach(l -> line(sb, l));
                if (h.number() != null) {
                    line(sb, h.number());
                }
                if (h.subjectLine() != null) {
                    line(sb, h.subjectLine());
                }
                if (h.draftMark() != null) {
                    line(sb, h.draftMark());
                }
                line(sb, h.nationalName());
                line(sb, h.motto());
                line(sb, h.placeAndDate());
            }
            case TitleBlock t -> {
                line(sb, t.documentType());
                t.subject().forEach(l -> line(sb, l));
            }
            case Heading h -> {
                if (h.level() == Heading.Level.PART) {
                    line(sb, h.label());
                    line(sb, Inlines.text(h.title()));
                } else {
                    line(sb, h.label() + " " + Inlines.text(h.title()));
                }
            }
            case Paragraph p -> line(sb, (p.label() == null ? "" : p.label() + " ") + Inlines.text(p.content()));
            case ListItem i -> line(sb, i.marker() + " " + Inlines.text(i.content()));
            case Table t -> {
                line(sb, String.join(" | ", t.columns().stream().map(Table.Column::header).toList()));
                for (List<List<vn.vanban.doc.Span>> row : t.rows()) {
                    line(sb, String.join(" | ", row.stream().map(Inlines::text).toList()));
                }
            }
            case Addressees a -> {
                if (a.recipients().size() == 1) {
                    line(sb, "Kính gửi: " + a.recipients().get(0));
                } else {
                    line(sb, "Kính gửi:");
                    a.recipients().forEach(r -> line(sb, "- " + r));
                }
            }
            case SignatureBlock s -> {
                if (!s.recipients().isEmpty()) {
                    line(sb, "Nơi nhận:");
                    s.recipients().forEach(r -> line(sb, "- " + r));
                }
                for (Signature sig : s.signers()) {
                    sig.authority().forEach(l -> line(sb, l));
                    if (sig.note() != null) {
                        line(sb, sig.note());
                    }
                    if (!sig.name().isEmpty()) {
                        line(sb, sig.name());
                    }
                }
            }
            case AppendixTitle a -> {
                if (a.label() != null) {
                    line(sb, a.label());
                }
                a.title().forEach(l -> line(sb, l));
                if (a.attached() != null) {
                    line(sb, a.attached());
                }
            }
        }
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }
}
