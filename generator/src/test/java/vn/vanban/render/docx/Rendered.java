package vn.vanban.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;

/** Test helpers: render a document to bytes, and the lines a reader expects to see, in reading order. */
final class Rendered {
    static final DocxRenderer RENDERER = DocxRenderer.builder().build();

    private Rendered() {
    }

    static byte[] bytes(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERER.render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static DocxFile docx(Document doc) {
        return new DocxFile(bytes(doc));
    }

    /**
     * Every line of text of the document as a reader meets it: the header row by row (agency,
     * Quốc hiệu, then số and date), then each block top to bottom, tables row by row.
     */
    static List<String> expectedLines(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            switch (b) {
                case HeaderBlock h -> {
                    // The agency lines as the layout layer splits them at phrase boundaries (HeaderNamesTest checks how).
                    vn.vanban.layout.HeaderPlan plan = vn.vanban.layout.HeaderPlan.of(h, vn.vanban.style.Nd30Style.standard(),
                            vn.vanban.layout.TextMeasurer.standard(), vn.vanban.style.Nd30Style.standard().textWidthMm() * 72 / 25.4);
                    out.addAll(plan.parent());
                    out.addAll(plan.agency());
                    out.add(h.nationalName());
                    out.add(h.motto());
                    out.add(h.number());
                    if (h.subjectLine() != null) {
                        out.add(h.subjectLine());
                    }
                    if (h.draftMark() != null) {
                        out.add(h.draftMark());
                    }
                    out.add(h.placeAndDate());
                }
                case TitleBlock t -> {
                    out.add(t.documentType());
                    out.addAll(t.subject());
                }
                case Heading h -> {
                    if (h.level() == Heading.Level.PART) {
                        out.add(h.label());
                        out.add(Inlines.text(h.title()));
                    } else {
                        out.add(h.label() + " " + Inlines.text(h.title()));
                    }
                }
                case Paragraph p -> out.add((p.label() == null ? "" : p.label() + " ") + Inlines.text(p.content()));
                case ListItem li -> out.add(li.marker() + " " + Inlines.text(li.content()));
                case Table t -> {
                    t.columns().forEach(c -> out.add(c.header()));
                    t.rows().forEach(r -> r.forEach(cell -> out.add(Inlines.text(cell))));
                }
                case Addressees a -> {
                    if (a.recipients().size() == 1) {
                        out.add("Kính gửi: " + a.recipients().get(0));
                    } else {
                        out.add("Kính gửi:");
                        a.recipients().forEach(r -> out.add("- " + r));
                    }
                }
                case SignatureBlock s -> {
                    List<String> nơiNhận = new ArrayList<>();
                    if (!s.recipients().isEmpty()) {
                        nơiNhận.add("Nơi nhận:");
                        s.recipients().forEach(r -> nơiNhận.add("- " + r));
                    }
                    if (s.signers().size() == 1) {
                        out.addAll(nơiNhận);
                        Signature g = s.signers().get(0);
                        out.addAll(g.authority());
                        if (g.note() != null) {
                            out.add(g.note());
                        }
                        out.add(g.name());
                    } else {
                        for (Signature g : s.signers()) {
                            out.addAll(g.authority());
                            if (g.note() != null) {
                                out.add(g.note());
                            }
                        }
                        s.signers().forEach(g -> out.add(g.name()));
                        out.addAll(nơiNhận);
                    }
                }
                case AppendixTitle a -> {
                    if (a.label() != null) {
                        out.add(a.label());
                    }
                    out.addAll(a.title());
                    if (a.attached() != null) {
                        out.add(a.attached());
                    }
                }
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
