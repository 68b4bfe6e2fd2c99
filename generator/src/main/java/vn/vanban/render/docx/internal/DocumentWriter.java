package vn.vanban.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

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
 * Writes one {@link Document} as a DOCX: styles, the blocks of each section, the section
 * properties, then the package.
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
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StyleSheetWriter.build(style.styles(), document.metadata().language()));
            CTBody body = doc.getDocument().getBody();
            if (body.isSetSectPr()) {
                body.unsetSectPr();
            }
            BodyFlow flow = new BodyFlow(body, style.ruleGapPt());
            List<Section> sections = document.sections();
            PageSetup.Headers headers = PageSetup.Headers.create(doc);
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                Layout layout = Layout.of(style, section.orientation());
                List<Block> blocks = section.blocks();
                boolean[] keep = KeepRules.keepWithNext(blocks);
                for (int b = 0; b < blocks.size(); b++) {
                    // Counted by the flow: asking XmlBeans for the body's sizes is linear each time.
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
                CTP end = flow.lastParagraph();
                if (end == null) {
                    // A section cannot end on a table: a paragraph one rule gap high closes it.
                    end = flow.separator();
                }
                CTSectPr sect = last ? body.addNewSectPr() : Paragraphs.ppr(end).addNewSectPr();
                PageSetup.section(doc, sect, style, section.orientation(), headers);
            }
            PackageWriter.write(doc, document.metadata(), out);
        }
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
        private final CTBody body;
        private final double separatorPt;
        private CTP last;
        private boolean any;
        private double spaceNext;
        private boolean keepSeparator;
        private long paragraphs;
        private long tables;
        private CTP lastAdded;
        private CTTbl lastTable;

        BodyFlow(CTBody body, double separatorPt) {
            this.body = body;
            this.separatorPt = separatorPt;
        }

        @Override
        public CTP addParagraph() {
            last = body.addNewP();
            lastAdded = last;
            paragraphs++;
            any = true;
            if (spaceNext > 0) {
                Props.spaceBefore(last.addNewPPr(), spaceNext);
                spaceNext = 0;
            }
            return last;
        }

        @Override
        public CTTbl addTable() {
            if (any && last == null) {
                // Word joins two adjacent tables into one: keep them apart with a hairline paragraph.
                separator();
            }
            last = null;
            any = true;
            tables++;
            lastTable = body.addNewTbl();
            return lastTable;
        }

        long paragraphs() {
            return paragraphs;
        }

        long tables() {
            return tables;
        }

        CTP lastAdded() {
            return lastAdded;
        }

        CTTbl lastTable() {
            return lastTable;
        }

        /** A paragraph {@code separatorPt} high, with no text. */
        CTP separator() {
            CTP p = body.addNewP();
            Props.spacing(p.addNewPPr(), 0, 0, separatorPt);
            if (keepSeparator) {
                p.getPPr().addNewKeepNext();
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

        CTP lastParagraph() {
            return last;
        }
    }
}
