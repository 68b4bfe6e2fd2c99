package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.Inlines;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.layout.Labels;

/**
 * Every string a document will print, block by block, including the renderer's own labels.
 *
 * <pre>{@code
 * for (String s : DocumentText.strings(doc)) { ... }
 * boolean plain = DocumentText.all(doc, s -> s.chars().allMatch(c -> c < 128));
 * }</pre>
 */
final class DocumentText {
    private DocumentText() {
    }

    /** The strings in document order; a run of spans is one string. */
    static List<String> strings(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc, out::add, spans -> {
            String s = Inlines.text(spans);
            if (!s.isEmpty()) {
                out.add(s);
            }
        });
        return out;
    }

    /**
     * Whether {@code test} holds for every piece of text (none is tested after the first that
     * fails); a run of spans is tested span by span, without joining them.
     */
    static boolean all(Document doc, Predicate<String> test) {
        boolean[] ok = {true};
        Consumer<String> each = s -> ok[0] = ok[0] && test.test(s);
        walk(doc, each, spans -> spans.forEach(span -> each.accept(span.text())));
        return ok[0];
    }

    private static void walk(Document doc, Consumer<String> plain, Consumer<List<Span>> spans) {
        Consumer<String> add = s -> {
            if (s != null && !s.isEmpty()) {
                plain.accept(s);
            }
        };
        Consumer<List<Span>> addSpans = list -> {
            if (!list.isEmpty()) {
                spans.accept(list);
            }
        };
        add.accept(Labels.DIGITS);
        for (Block block : doc.blocks()) {
            switch (block) {
                case HeaderBlock h -> {
                    h.parentAgency().forEach(add);
                    h.agency().forEach(add);
                    add.accept(h.number());
                    add.accept(h.subjectLine());
                    add.accept(h.nationalName());
                    add.accept(h.motto());
                    add.accept(h.placeAndDate());
                    add.accept(h.draftMark());
                }
                case TitleBlock t -> {
                    add.accept(t.documentType());
                    t.subject().forEach(add);
                }
                case Heading h -> {
                    add.accept(h.label());
                    addSpans.accept(h.title());
                }
                case Paragraph p -> {
                    add.accept(p.label());
                    addSpans.accept(p.content());
                }
                case ListItem li -> {
                    add.accept(li.marker());
                    addSpans.accept(li.content());
                }
                case Table t -> {
                    t.columns().forEach(c -> add.accept(c.header()));
                    t.rows().forEach(row -> row.forEach(addSpans));
                }
                case Addressees a -> {
                    add.accept(Labels.KINH_GUI);
                    add.accept(Labels.DASH);
                    a.recipients().forEach(add);
                }
                case SignatureBlock s -> {
                    for (Signature signer : s.signers()) {
                        signer.authority().forEach(add);
                        add.accept(signer.note());
                        add.accept(signer.name());
                    }
                    if (!s.recipients().isEmpty()) {
                        add.accept(Labels.NOI_NHAN);
                        add.accept(Labels.DASH);
                        s.recipients().forEach(add);
                    }
                }
                case AppendixTitle a -> {
                    add.accept(a.label());
                    a.title().forEach(add);
                    add.accept(a.attached());
                }
            }
        }
    }
}
