package vn.vanban.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.layout.Labels;

/**
 * Every string a document will print, block by block, including the renderer's own labels.
 *
 * <pre>{@code
 * for (String s : DocumentText.strings(doc)) { ... }
 * }</pre>
 */
final class DocumentText {
    private DocumentText() {
    }

    static List<String> strings(Document doc) {
        List<String> out = new ArrayList<>();
        Consumer<String> add = s -> {
            if (s != null && !s.isEmpty()) {
                out.add(s);
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
                    add.accept(Inlines.text(h.title()));
                }
                case Paragraph p -> {
                    add.accept(p.label());
                    add.accept(Inlines.text(p.content()));
                }
                case ListItem li -> {
                    add.accept(li.marker());
                    add.accept(Inlines.text(li.content()));
                }
                case Table t -> {
                    t.columns().forEach(c -> add.accept(c.header()));
                    t.rows().forEach(row -> row.forEach(cell -> add.accept(Inlines.text(cell))));
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
        return out;
    }
}
