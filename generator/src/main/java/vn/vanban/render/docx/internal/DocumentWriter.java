package vn.vanban.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.layout.KeepRules;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

/**
 * Writes one {@link Document} as a DOCX: the blocks of each section and its section properties
 * into the document part, then the package with the style sheet, settings and headers.
 *
 * <pre>{@code
 * new DocumentWriter(Nd30Style.standard()).write(document, out);
 * }</pre>
 */
public final class DocumentWriter {
    private final Nd30Style style;

    public DocumentWriter(Nd30Style style) {
        this.style = style;
    }

    public void write(Document document, OutputStream out) throws IOException {
        String language = document.metadata().language();
        Element root = new Element("w:document");
        Element body = root.add("w:body");
        BodyFlow flow = new BodyFlow(body, style.ruleGapPt());
        List<Section> sections = document.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            Layout layout = Layout.of(style, section.orientation());
            List<Block> blocks = section.blocks();
            boolean[] keep = KeepRules.keepWithNext(blocks);
            for (int b = 0; b < blocks.size(); b++) {
                // Counted by the flow, not by walking the body's children each time.
                long before = flow.paragraphs();
                long tablesBefore = flow.tables();
                block(flow, blocks.get(b), layout);
                if (keep[b]) {
                    if (flow.tables() > tablesBefore) {
                        KeepWithNext.lastRow(flow.lastTable());
                    } else if (flow.paragraphs() > before) {
                        KeepWithNext.paragraph(flow.lastAdded());
                    }
                }
                // A separator put between this table and a next one carries the keep on.
                flow.keepSeparator(keep[b]);
            }
            boolean last = i == sections.size() - 1;
            Element end = flow.lastParagraph();
            if (end == null) {
                // A section cannot end on a table: a paragraph one rule gap high closes it.
                end = flow.separator();
            }
            Element sect = last ? body.add("w:sectPr") : Paragraphs.ppr(end).add("w:sectPr");
            PageSetup.section(sect, style, section.orientation(), PageSetup.Headers.STANDARD);
        }
        PackageWriter.Parts parts = new PackageWriter.Parts(root, StyleSheetWriter.build(style.styles(), language),
                SettingsWriter.build(language), PageSetup.header(true), PageSetup.header(false));
        PackageWriter.write(parts, document.metadata(), out);
    }

    private static void block(BodyFlow flow, Block block, Layout layout) {
        switch (block) {
            case HeaderBlock h -> HeaderBlockWriter.write(flow, h, layout);
            case TitleBlock t -> TitleWriter.title(flow, t, layout);
            case Heading h -> ContentWriter.heading(flow, h, layout);
            case Paragraph p -> ContentWriter.paragraph(flow, p, layout);
            case ListItem li -> ContentWriter.listItem(flow, li);
            case Table t -> {
                TableWriter.write(flow, t, layout);
                // A table carries no space after; the paragraph under it takes a paragraph's space.
                flow.spaceNextParagraph(layout.text(Role.BODY).spaceAfterPt());
            }
            case Addressees a -> ContentWriter.addressees(flow, a, layout);
            case SignatureBlock s -> SignatureWriter.write(flow, s, layout);
            case AppendixTitle a -> TitleWriter.appendix(flow, a, layout);
        }
    }

    /** The document body, remembering whether the last thing appended was a paragraph. */
    private static final class BodyFlow implements Flow {
        private final Element body;
        private final double separatorPt;
        private Element last;
        private boolean any;
        private double spaceNext;
        private boolean keepSeparator;
        private long paragraphs;
        private long tables;
        private Element lastAdded;
        private Element lastTable;

        BodyFlow(Element body, double separatorPt) {
            this.body = body;
            this.separatorPt = separatorPt;
        }

        @Override
        public Element addParagraph() {
            last = body.add("w:p");
            lastAdded = last;
            paragraphs++;
            any = true;
            if (spaceNext > 0) {
                Props.spaceBefore(Paragraphs.ppr(last), spaceNext);
                spaceNext = 0;
            }
            return last;
        }

        @Override
        public Element addTable() {
            if (any && last == null) {
                // Word joins two adjacent tables into one: keep them apart with a hairline paragraph.
                separator();
            }
            last = null;
            any = true;
            tables++;
            lastTable = body.add("w:tbl");
            return lastTable;
        }

        long paragraphs() {
            return paragraphs;
        }

        long tables() {
            return tables;
        }

        Element lastAdded() {
            return lastAdded;
        }

        Element lastTable() {
            return lastTable;
        }

        /** A paragraph {@code separatorPt} high, with no text. */
        Element separator() {
            Element p = body.add("w:p");
            Element ppr = p.add("w:pPr");
            Props.spacing(ppr, 0, 0, separatorPt);
            if (keepSeparator) {
                ppr.add("w:keepNext");
            }
            last = p;
            lastAdded = p;
            paragraphs++;
            spaceNext = 0;
            return p;
        }

        /** Whether the next separator stays with the table after it (the block before it is kept with next). */
        void keepSeparator(boolean keep) {
            keepSeparator = keep;
        }

        void spaceNextParagraph(double pt) {
            spaceNext = pt;
        }

        Element lastParagraph() {
            return last;
        }
    }
}
