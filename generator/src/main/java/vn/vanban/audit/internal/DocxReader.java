package vn.vanban.audit.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.xml.bind.JAXBElement;

import org.docx4j.XmlUtils;
import org.docx4j.convert.out.common.preprocess.ParagraphStylesInTableFix;
import org.docx4j.model.PropertyResolver;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.Pict;
import org.docx4j.wml.Br;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.STTheme;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;

/**
 * Reads a DOCX with docx4j into paragraphs and sections whose formatting is resolved the way Word
 * resolves it: document defaults, the paragraph style's based-on chain, table styles (through
 * docx4j's {@link ParagraphStylesInTableFix}), character styles and direct formatting, all by
 * docx4j's {@link PropertyResolver}; theme fonts resolved through the theme part.
 *
 * <pre>{@code
 * DocxReader.Model m = DocxReader.read(bytes, true);
 * for (Para p : m.paragraphs()) { … }
 * }</pre>
 */
public final class DocxReader {
    private static final Pattern PAGE_FIELD = Pattern.compile(
            "(?:instr=\"\\s*PAGE\\b|<w:instrText[^>]*>\\s*PAGE\\b)");

    /**
     * A document read for the audit.
     *
     * @param pkg        the package (for --fix)
     * @param paragraphs the body's paragraphs in document order
     * @param sections   the sections, from the first
     * @param pages      the page count Word or LibreOffice saved in docProps/app.xml, or -1
     */
    public record Model(WordprocessingMLPackage pkg, List<Para> paragraphs, List<SectionView> sections, int pages) {
    }

    private DocxReader() {
    }

    /**
     * Loads and resolves a package.
     *
     * @param tableStyles apply table styles to paragraphs in tables; this rewrites the package's
     *                    paragraph styles, so a package loaded to be fixed and saved is read without
     */
    /** The file's category (docProps/core.xml), stripped; empty when it has none. */
    public static String category(WordprocessingMLPackage pkg) {
        var core = pkg.getDocPropsCorePart();
        if (core == null || core.getJaxbElement() == null || core.getJaxbElement().getCategory() == null) {
            return "";
        }
        return core.getJaxbElement().getCategory().strip();
    }

    public static Model read(byte[] bytes, boolean tableStyles) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        defaultParagraphStyle(pkg);
        if (tableStyles) {
            dropUndefinedStyles(pkg);
            ParagraphStylesInTableFix.process(pkg);
        }
        return new Walker(pkg).walk();
    }

    /**
     * Word reads a paragraph without a style, or one naming a style that is not defined, with the
     * document defaults alone; docx4j needs a default paragraph style to do the same. An empty one
     * changes no property.
     */
    private static void defaultParagraphStyle(WordprocessingMLPackage pkg) throws Exception {
        var sdp = pkg.getMainDocumentPart().getStyleDefinitionsPart(true);
        var styles = sdp.getContents();
        boolean has = styles.getStyle().stream().anyMatch(st -> "paragraph".equals(st.getType())
                && st.isDefault());
        if (has) {
            return;
        }
        Set<String> ids = new HashSet<>();
        styles.getStyle().forEach(st -> ids.add(st.getStyleId()));
        org.docx4j.wml.Style normal = new org.docx4j.wml.ObjectFactory().createStyle();
        normal.setType("paragraph");
        normal.setDefault(true);
        normal.setStyleId(ids.contains("Normal") ? "VanbanAuditNormal" : "Normal");
        org.docx4j.wml.Style.Name name = new org.docx4j.wml.ObjectFactory().createStyleName();
        name.setVal(normal.getStyleId());
        normal.setName(name);
        styles.getStyle().add(0, normal);
    }

    /** Paragraph style references to styles that do not exist fall back to the default, as in Word. */
    private static void dropUndefinedStyles(WordprocessingMLPackage pkg) throws Exception {
        Set<String> ids = new HashSet<>();
        pkg.getMainDocumentPart().getStyleDefinitionsPart(true).getContents().getStyle()
                .forEach(st -> ids.add(st.getStyleId()));
        dropUndefined(pkg.getMainDocumentPart().getContent(), ids);
    }

    private static void dropUndefined(List<Object> content, Set<String> ids) {
        for (Object o : content) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof P p) {
                if (p.getPPr() != null && p.getPPr().getPStyle() != null && !ids.contains(p.getPPr().getPStyle().getVal())) {
                    p.getPPr().setPStyle(null);
                }
            } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                dropUndefined(sdt.getSdtContent().getContent(), ids);
            } else if (u instanceof ContentAccessor ca) {
                dropUndefined(ca.getContent(), ids);
            }
        }
    }

    private static final class Walker {
        private final WordprocessingMLPackage pkg;
        private final PropertyResolver resolver;
        private final ThemePart theme;
        private final String defaultStyle;
        private final List<Para> paragraphs = new ArrayList<>();
        private final List<SectionView> sections = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();
        private int tables;
        private int cells;

        /** A paragraph whose section width is known only when its section ends. */
        private record Pending(int index, long cellWidth) {
        }

        Walker(WordprocessingMLPackage pkg) throws Exception {
            this.pkg = pkg;
            this.resolver = pkg.getMainDocumentPart().getPropertyResolver();
            this.theme = pkg.getMainDocumentPart().getThemePart();
            var sdp = pkg.getMainDocumentPart().getStyleDefinitionsPart();
            var def = sdp == null ? null : sdp.getDefaultParagraphStyle();
            this.defaultStyle = def == null ? null : def.getStyleId();
        }

        Model walk() throws Exception {
            List<SectionWrapper> wrappers = pkg.getDocumentModel().getSections();
            for (int i = 0; i < wrappers.size(); i++) {
                sections.add(section(i, wrappers.get(i)));
            }
            block(pkg.getMainDocumentPart().getContent(), 0, 0, 0);
            // Paragraphs outside tables take the width of their section's text.
            List<Para> done = new ArrayList<>(paragraphs.size());
            for (Para p : paragraphs) {
                long width = p.widthTwips();
                // In a cell whose width is not given in twips the width stays unknown (0).
                if (width <= 0 && p.table() == 0 && !sections.isEmpty()) {
                    width = sections.get(Math.min(p.section(), sections.size() - 1)).textWidthTwips();
                }
                done.add(new Para(p.number(), p.p(), p.text(), p.runs(), p.ppr(), p.table(), p.cell(), p.section(),
                        width, p.bottomBorder(), p.drawing()));
            }
            int pages = -1;
            var ext = pkg.getDocPropsExtendedPart();
            if (ext != null && ext.getContents() != null && ext.getContents().getPages() != null) {
                pages = ext.getContents().getPages();
            }
            return new Model(pkg, done, sections, pages);
        }

        private int section;

        private void block(List<Object> content, int table, int cell, long cellWidth) throws Exception {
            for (Object o : content) {
                Object u = XmlUtils.unwrap(o);
                if (u instanceof P p) {
                    paragraph(p, table, cell, cellWidth);
                    if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
                        section++;
                    }
                } else if (u instanceof Tbl t) {
                    int id = table == 0 ? ++tables : table;
                    block(t.getContent(), id, cell, cellWidth);
                } else if (u instanceof Tc tc) {
                    long w = 0;
                    if (tc.getTcPr() != null && tc.getTcPr().getTcW() != null && tc.getTcPr().getTcW().getW() != null
                            && "dxa".equals(tc.getTcPr().getTcW().getType())) {
                        w = tc.getTcPr().getTcW().getW().longValue();
                    }
                    block(tc.getContent(), table, ++cells, w);
                } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                    block(sdt.getSdtContent().getContent(), table, cell, cellWidth);
                } else if (u instanceof ContentAccessor ca && !(u instanceof RunDel)) {
                    block(ca.getContent(), table, cell, cellWidth);
                }
            }
        }

        private void paragraph(P p, int table, int cell, long cellWidth) throws Exception {
            PPr direct = p.getPPr();
            PPr effective = resolver.getEffectivePPr(direct);
            String styleId = direct != null && direct.getPStyle() != null && direct.getPStyle().getVal() != null
                    ? direct.getPStyle().getVal() : defaultStyle;
            RPr styleRPr = styleId == null ? null : resolver.getEffectiveRPr(styleId);
            List<RunView> runs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean[] drawing = {false};
            runs(p.getContent(), styleRPr, runs, text, drawing);
            boolean border = hasBottomBorder(direct) || hasBottomBorder(effective);
            // A no-break space reads as a space (same length, so offsets into the runs still hold).
            paragraphs.add(new Para(paragraphs.size() + 1, p, text.toString().replace('\u00A0', ' '), List.copyOf(runs), effective, table, cell,
                    section, cellWidth, border, drawing[0]));
        }

        private static boolean hasBottomBorder(PPr ppr) {
            if (ppr == null || ppr.getPBdr() == null) {
                return false;
            }
            CTBorder b = ppr.getPBdr().getBottom();
            return b != null && b.getVal() != null && b.getVal() != STBorder.NONE && b.getVal() != STBorder.NIL;
        }

        private void runs(List<Object> content, RPr styleRPr, List<RunView> out, StringBuilder all, boolean[] drawing)
                throws Exception {
            for (Object o : content) {
                Object u = XmlUtils.unwrap(o);
                if (u instanceof R r) {
                    StringBuilder t = new StringBuilder();
                    for (Object c : r.getContent()) {
                        String name = c instanceof JAXBElement<?> je ? je.getName().getLocalPart() : "";
                        Object cu = XmlUtils.unwrap(c);
                        if (cu instanceof Text tx && name.equals("t")) {
                            t.append(tx.getValue() == null ? "" : tx.getValue());
                        } else if (cu instanceof R.Tab || name.equals("tab") || cu instanceof Br || name.equals("br")) {
                            // A tab or a line break (a balanced title's) reads as a space.
                            t.append(' ');
                        } else if (cu instanceof Drawing || cu instanceof Pict || cu instanceof org.docx4j.mce.AlternateContent) {
                            drawing[0] = true;
                        }
                    }
                    out.add(view(r, t.toString(), styleRPr));
                    all.append(t);
                } else if (u instanceof SdtRun sdt && sdt.getSdtContent() != null) {
                    runs(sdt.getSdtContent().getContent(), styleRPr, out, all, drawing);
                } else if (u instanceof ContentAccessor ca && !(u instanceof RunDel)) {
                    runs(ca.getContent(), styleRPr, out, all, drawing);
                }
            }
        }

        private RunView view(R r, String text, RPr styleRPr) throws Exception {
            RPr e = resolver.getEffectiveRPrUsingPStyleRPr(r.getRPr(), styleRPr);
            String ascii = null;
            String hAnsi = null;
            RFonts f = e.getRFonts();
            if (f != null) {
                ascii = f.getAsciiTheme() != null ? themeFont(f.getAsciiTheme()) : f.getAscii();
                hAnsi = f.getHAnsiTheme() != null ? themeFont(f.getHAnsiTheme()) : f.getHAnsi();
                if (hAnsi == null) {
                    hAnsi = ascii;
                }
            }
            double size = e.getSz() != null && e.getSz().getVal() != null ? e.getSz().getVal().doubleValue() / 2 : 10;
            String color = e.getColor() == null ? null : e.getColor().getVal();
            return new RunView(r, text, ascii, hAnsi, size, on(e.getB()), on(e.getI()), on(e.getCaps()), color);
        }

        private String themeFont(STTheme t) throws Exception {
            if (theme == null) {
                return null;
            }
            return theme.getFontFromTheme(t);
        }

        private static boolean on(BooleanDefaultTrue b) {
            return b != null && b.isVal();
        }

        private SectionView section(int index, SectionWrapper w) throws Exception {
            SectPr s = w.getSectPr();
            long width = 0;
            long height = 0;
            boolean landscape = false;
            long top = 0;
            long bottom = 0;
            long left = 0;
            long right = 0;
            boolean titlePage = false;
            if (s != null) {
                if (s.getPgSz() != null) {
                    width = val(s.getPgSz().getW());
                    height = val(s.getPgSz().getH());
                    landscape = s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE || width > height;
                }
                if (s.getPgMar() != null) {
                    top = Math.abs(val(s.getPgMar().getTop()));
                    bottom = Math.abs(val(s.getPgMar().getBottom()));
                    left = val(s.getPgMar().getLeft());
                    right = val(s.getPgMar().getRight());
                }
                titlePage = on(s.getTitlePg());
            }
            HeaderFooterPolicy hf = w.getHeaderFooterPolicy();
            String header = xml(hf.getDefaultHeader());
            String first = xml(hf.getFirstHeader());
            String footer = xml(hf.getDefaultFooter()) + xml(hf.getFirstFooter());
            boolean inHeader = PAGE_FIELD.matcher(header).find();
            boolean centred = inHeader && centred(hf.getDefaultHeader());
            return new SectionView(index, s, width, height, landscape, top, bottom, left, right, titlePage,
                    inHeader, PAGE_FIELD.matcher(first).find(), PAGE_FIELD.matcher(footer).find(), centred);
        }

        /** Whether the paragraph holding the PAGE field is centred (style or direct). */
        private boolean centred(JaxbXmlPart<?> part) throws Exception {
            Object root = part.getContents();
            if (!(root instanceof ContentAccessor ca)) {
                return false;
            }
            for (Object o : ca.getContent()) {
                Object u = XmlUtils.unwrap(o);
                if (u instanceof P p && PAGE_FIELD.matcher(XmlUtils.marshaltoString(p, true, false)).find()) {
                    PPr e = resolver.getEffectivePPr(p.getPPr());
                    return e != null && e.getJc() != null && e.getJc().getVal() == org.docx4j.wml.JcEnumeration.CENTER;
                }
            }
            return false;
        }

        private static String xml(JaxbXmlPart<?> part) throws Exception {
            if (part == null || part.getContents() == null) {
                return "";
            }
            return XmlUtils.marshaltoString(part.getContents(), true, false);
        }

        private static long val(BigInteger b) {
            return b == null ? 0 : b.longValue();
        }
    }
}
