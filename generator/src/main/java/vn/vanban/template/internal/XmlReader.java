package vn.vanban.template.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.Heading.Level;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.Section.Orientation;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.text.Numerals;

/**
 * Reads the document vocabulary a template writes and builds the blocks: the parsing job. The
 * numbers come from {@link Numbering}, what happens to the words from {@link TextPolicy}.
 *
 * <p>Numbers come from nesting: a {@code <muc>} is I., II. … within its parent; a {@code <khoan>}
 * 1., 2. …; a {@code <diem>} a), b) …; a {@code <phan>} "Phần thứ nhất". An {@code <n>} is a
 * numbered paragraph one level below its parent. A level element with a {@code title} is a heading
 * followed by its children; without one, its own text is the numbered paragraph.
 */
public final class XmlReader {
    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader r;
    private final TextPolicy text;
    private final List<Section> sections = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private Orientation orientation = Orientation.PORTRAIT;

    private XmlReader(XMLStreamReader r, TextPolicy text) {
        this.r = r;
        this.text = text;
    }

    /** Malformed vocabulary: what is wrong and the line of the template output. */
    public static final class MalformedException extends Exception {
        private final int line;

        MalformedException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses the XML; the text policy decides what happens to each run of text (the tone-mark style). */
    public static List<Section> read(String xml, TextPolicy text) throws MalformedException {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            XmlReader reader = new XmlReader(r, text);
            try {
                return reader.document();
            } catch (XMLStreamException e) {
                throw new MalformedException(e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""),
                        e.getLocation() == null ? 0 : e.getLocation().getLineNumber());
            } catch (IllegalArgumentException e) {
                throw new MalformedException(e.getMessage(), r.getLocation().getLineNumber());
            }
        } catch (XMLStreamException e) {
            throw new MalformedException(e.getMessage(), 0);
        }
    }

    private List<Section> document() throws XMLStreamException, MalformedException {
        r.nextTag();
        require("document");
        Numbering counters = new Numbering();
        while (nextChild()) {
            String name = r.getLocalName();
            if (name.equals("appendix")) {
                newSection(Orientation.valueOf(attr("orientation", "portrait").toUpperCase(java.util.Locale.ROOT)));
                blocks(new Numbering(), 0);
            } else {
                block(name, counters, 0);
            }
        }
        newSection(Orientation.PORTRAIT);
        return sections;
    }

    private void newSection(Orientation next) {
        if (!blocks.isEmpty()) {
            sections.add(new Section(orientation, blocks));
        }
        blocks = new ArrayList<>();
        orientation = next;
    }

    /** Children of a container until its end tag. {@code depth} is the container's level (0 = none). */
    private void blocks(Numbering counters, int depth) throws XMLStreamException, MalformedException {
        while (nextChild()) {
            block(r.getLocalName(), counters, depth);
        }
    }

    private void block(String name, Numbering counters, int depth) throws XMLStreamException, MalformedException {
        switch (name) {
            case "header" -> blocks.add(header());
            case "title" -> blocks.add(title());
            case "p" -> blocks.add(paragraph());
            case "item" -> {
                int level = Integer.parseInt(attr("level", "1"));
                blocks.add(new ListItem(level, level == 1 ? "-" : "+", inlines()));
            }
            case "phan" -> level(Level.PART, counters);
            case "muc" -> level(Level.SECTION, counters);
            case "khoan" -> level(Level.CLAUSE, counters);
            case "diem" -> level(Level.POINT, counters);
            case "n" -> {
                Level lv = Numbering.below(depth);
                blocks.add(new Paragraph(Paragraph.Kind.BODY, counters.next(lv), inlines()));
            }
            case "table" -> blocks.add(table());
            case "kinh-gui" -> blocks.add(new Addressees(lines("r")));
            case "signature" -> blocks.add(signature());
            case "appendix-title" -> blocks.add(appendixTitle());
            default -> throw new MalformedException("unknown element <" + name + ">: the vocabulary has header, title, p, item, phan, muc, khoan, diem, n, table, kinh-gui, signature, appendix, appendix-title",
                    r.getLocation().getLineNumber());
        }
    }

    private void level(Level lv, Numbering counters) throws XMLStreamException, MalformedException {
        String label = counters.next(lv);
        String title = r.getAttributeValue(null, "title");
        int depth = lv.ordinal() + 1;
        Numbering inner = counters.inner();
        if (title != null) {
            blocks.add(new Heading(lv, label, List.of(Span.plain(text.running(title.strip())))));
            blocks(inner, depth);
            return;
        }
        // No title: leading text is the numbered paragraph, then any block children.
        List<Span> spans = new ArrayList<>();
        boolean emitted = false;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                spans.add(Span.plain(text.running(r.getText())));
            } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("lit")) {
                spans.add(Span.plain(text.fixed(r.getElementText())));
            } else if (ev == XMLStreamConstants.START_ELEMENT && (r.getLocalName().equals("b") || r.getLocalName().equals("i"))) {
                spans.addAll(inlineElement(false, false));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!emitted) {
                    blocks.add(new Paragraph(Paragraph.Kind.BODY, label, clean(spans)));
                    emitted = true;
                }
                block(r.getLocalName(), inner, depth);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (!emitted) {
            blocks.add(new Paragraph(Paragraph.Kind.BODY, label, clean(spans)));
        }
    }



    private HeaderBlock header() throws XMLStreamException, MalformedException {
        List<String> parent = new ArrayList<>();
        List<String> agency = new ArrayList<>();
        String number = null;
        String vv = null;
        String national = null;
        String motto = null;
        String placeDate = null;
        String draft = null;
        while (nextChild()) {
            String n = r.getLocalName();
            // The header is names and fixed formulas: the tone-mark style never touches it.
            String t = text.fixed(r.getElementText().strip());
            switch (n) {
                case "chu-quan" -> parent.add(t);
                case "co-quan" -> agency.add(t);
                case "so" -> number = t;
                case "vv" -> vv = t;
                case "quoc-hieu" -> national = t;
                case "tieu-ngu" -> motto = t;
                case "dia-danh-ngay" -> placeDate = t;
                case "du-thao" -> draft = t;
                default -> throw new MalformedException("unknown element <" + n + "> in <header>", r.getLocation().getLineNumber());
            }
        }
        if (number == null || national == null || motto == null || placeDate == null || agency.isEmpty()) {
            throw new MalformedException("<header> needs co-quan, so, quoc-hieu, tieu-ngu and dia-danh-ngay", r.getLocation().getLineNumber());
        }
        return new HeaderBlock(parent, agency, number, vv, national, motto, placeDate, draft);
    }

    private TitleBlock title() throws XMLStreamException, MalformedException {
        String type = text.running(attr("type", ""));
        return new TitleBlock(type, lines("line"));
    }

    private AppendixTitle appendixTitle() throws XMLStreamException, MalformedException {
        String label = r.getAttributeValue(null, "label");
        List<String> title = new ArrayList<>();
        String attached = null;
        while (nextChild()) {
            String n = r.getLocalName();
            String t = text.running(r.getElementText().strip());
            if (n.equals("line")) {
                title.add(t);
            } else if (n.equals("attached")) {
                attached = t;
            } else {
                throw new MalformedException("unknown element <" + n + "> in <appendix-title>", r.getLocation().getLineNumber());
            }
        }
        return new AppendixTitle(label, title, attached);
    }

    private Paragraph paragraph() throws XMLStreamException, MalformedException {
        Paragraph.Kind kind = switch (attr("kind", "body")) {
            case "body" -> Paragraph.Kind.BODY;
            case "basis" -> Paragraph.Kind.BASIS;
            case "centered" -> Paragraph.Kind.CENTERED;
            case "note" -> Paragraph.Kind.NOTE;
            default -> throw new MalformedException("<p kind> is body, basis, centered or note", r.getLocation().getLineNumber());
        };
        return new Paragraph(kind, null, inlines());
    }

    private SignatureBlock signature() throws XMLStreamException, MalformedException {
        List<Signature> signers = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        while (nextChild()) {
            String n = r.getLocalName();
            if (n.equals("signer")) {
                List<String> authority = new ArrayList<>();
                String note = null;
                String name = "";
                while (nextChild()) {
                    String c = r.getLocalName();
                    // Titles and the signer's name are kept as typed.
                    String t = text.fixed(r.getElementText().strip());
                    switch (c) {
                        case "line" -> authority.add(t);
                        case "note" -> note = t;
                        case "name" -> name = t;
                        default -> throw new MalformedException("unknown element <" + c + "> in <signer>", r.getLocation().getLineNumber());
                    }
                }
                signers.add(new Signature(authority, note, name));
            } else if (n.equals("noi-nhan")) {
                recipients.addAll(lines("r"));
            } else {
                throw new MalformedException("unknown element <" + n + "> in <signature>", r.getLocation().getLineNumber());
            }
        }
        return new SignatureBlock(signers, recipients);
    }

    private Table table() throws XMLStreamException, MalformedException {
        List<Table.Column> cols = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        while (nextChild()) {
            String n = r.getLocalName();
            if (n.equals("col")) {
                double weight = Double.parseDouble(attr("weight", "1"));
                Table.Align align = Table.Align.valueOf(attr("align", "left").toUpperCase(java.util.Locale.ROOT));
                cols.add(new Table.Column(text.running(r.getElementText().strip()), weight, align));
            } else if (n.equals("row")) {
                List<List<Span>> cells = new ArrayList<>();
                while (nextChild()) {
                    cells.add(inlines());
                }
                rows.add(cells);
            } else {
                throw new MalformedException("unknown element <" + n + "> in <table>", r.getLocation().getLineNumber());
            }
        }
        return new Table(cols, rows);
    }

    /** The texts of repeated child elements named {@code child}. */
    private List<String> lines(String child) throws XMLStreamException, MalformedException {
        List<String> out = new ArrayList<>();
        while (nextChild()) {
            if (!r.getLocalName().equals(child)) {
                throw new MalformedException("expected <" + child + ">, found <" + r.getLocalName() + ">", r.getLocation().getLineNumber());
            }
            out.add(text.running(r.getElementText().strip()));
        }
        return out;
    }

    /** Inline content (text, b, i) up to the current element's end. */
    private List<Span> inlines() throws XMLStreamException, MalformedException {
        return clean(inlineElement(false, false));
    }

    private List<Span> inlineElement(boolean bold, boolean italic) throws XMLStreamException, MalformedException {
        boolean b = bold || r.getLocalName().equals("b");
        boolean i = italic || r.getLocalName().equals("i");
        List<Span> out = new ArrayList<>();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                out.add(new Span(text.running(r.getText()), b, i));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("lit")) {
                    // Literal text: exactly as typed, no tone-mark style.
                    out.add(new Span(text.fixed(r.getElementText()), b, i));
                    continue;
                }
                if (!n.equals("b") && !n.equals("i")) {
                    throw new MalformedException("<" + n + "> cannot stand inside a line of text (only <b>, <i> and <lit> can)", r.getLocation().getLineNumber());
                }
                out.addAll(inlineElement(b, i));
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return out;
            }
        }
    }

    /** Joins runs of the same emphasis, folds white space, trims the ends (the text filter ran on reading). */
    private List<Span> clean(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            String t = s.text().replaceAll("\\s+", " ");
            if (!merged.isEmpty() && merged.get(merged.size() - 1).bold() == s.bold() && merged.get(merged.size() - 1).italic() == s.italic()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.text() + t, s.bold(), s.italic()));
            } else {
                merged.add(new Span(t, s.bold(), s.italic()));
            }
        }
        if (!merged.isEmpty()) {
            Span first = merged.get(0);
            merged.set(0, new Span(first.text().stripLeading(), first.bold(), first.italic()));
            Span last = merged.get(merged.size() - 1);
            merged.set(merged.size() - 1, new Span(last.text().stripTrailing(), last.bold(), last.italic()));
        }
        List<Span> out = new ArrayList<>();
        for (Span s : merged) {
            if (!s.text().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Moves to the next child element; false at the parent's end tag. */
    private boolean nextChild() throws XMLStreamException, MalformedException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
            if ((ev == XMLStreamConstants.CHARACTERS) && !r.isWhiteSpace()) {
                throw new MalformedException("text \"" + r.getText().strip() + "\" outside a paragraph: put it in <p>…</p>", r.getLocation().getLineNumber());
            }
        }
    }

    private void require(String name) throws MalformedException {
        if (!r.getLocalName().equals(name)) {
            throw new MalformedException("the document must start with <" + name + ">, found <" + r.getLocalName() + ">", r.getLocation().getLineNumber());
        }
    }

    private String attr(String name, String def) {
        String v = r.getAttributeValue(null, name);
        return v == null ? def : v;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

}
