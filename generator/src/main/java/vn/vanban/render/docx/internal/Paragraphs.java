package vn.vanban.render.docx.internal;

import java.text.Normalizer;
import java.util.List;

import vn.vanban.doc.Span;
import vn.vanban.layout.Joins;
import vn.vanban.layout.Line;
import vn.vanban.style.FontFace;
import vn.vanban.style.TextStyle;
import vn.vanban.style.Role;

/**
 * Appends styled paragraphs and their runs: the paragraph names its role's style and carries no
 * other formatting; only bold and italic spans add run properties.
 *
 * <pre>{@code
 * Element p = Paragraphs.add(flow, Role.BODY);
 * Paragraphs.text(p, "1. ");
 * Paragraphs.spans(p, paragraph.content());
 * }</pre>
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** A new empty paragraph in the role's style. */
    public static Element add(Flow flow, Role role) {
        Element p = flow.addParagraph();
        ppr(p).add("w:pStyle").set("w:val", role.styleId());
        return p;
    }

    /** A new paragraph in the role's style holding one plain run of text. */
    public static Element line(Flow flow, Role role, String text) {
        Element p = add(flow, role);
        text(p, text);
        return p;
    }

    /** A new paragraph in the role's style holding one run exactly as written (no joins): a header line. */
    public static Element lineAsWritten(Flow flow, Role role, String text) {
        Element p = add(flow, role);
        append(p, text, false, false);
        return p;
    }

    /** The paragraph properties, created if needed. */
    public static Element ppr(Element p) {
        return p.getOrAdd("w:pPr");
    }

    /** Appends a plain run; nothing for an empty string. */
    public static void text(Element p, String text) {
        run(p, text, false, false);
    }

    /** Appends one run per span, bold and italic as the span says. */
    public static void spans(Element p, List<Span> spans) {
        for (Span s : spans) {
            run(p, s.text(), s.bold(), s.italic());
        }
    }

    /** Appends a run with the layout layer's joins applied; the text is NFC and its spaces are preserved. */
    public static Element run(Element p, String text, boolean bold, boolean italic) {
        return append(p, Joins.apply(text), bold, italic);
    }

    /** Appends a run of text exactly as given (joins already applied, or none wanted). */
    private static Element append(Element p, String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return null;
        }
        Element r = p.add("w:r");
        if (bold || italic) {
            Element rpr = r.add("w:rPr");
            if (bold) {
                rpr.add("w:b");
                rpr.add("w:bCs");
            }
            if (italic) {
                rpr.add("w:i");
                rpr.add("w:iCs");
            }
        }
        r.add("w:t").set("xml:space", "preserve").text(Normalizer.normalize(text, Normalizer.Form.NFC));
        return r;
    }

    /**
     * Appends lines the layout layer set (a balanced title), one {@code <w:br/>} between them, each
     * piece bold or italic where its face differs from the role's own.
     */
    public static void lines(Element p, List<Line> lines, TextStyle role) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.add("w:r").add("w:br");
            }
            List<Line.Piece> pieces = lines.get(i).pieces();
            for (int k = 0; k < pieces.size(); k++) {
                Line.Piece piece = pieces.get(k);
                int spacesAfter = k + 1 < pieces.size() && pieces.get(k + 1).spaceBefore() ? pieces.get(k + 1).spaces() : 0;
                FontFace f = piece.run().face();
                boolean bold = f == FontFace.BOLD || f == FontFace.BOLD_ITALIC;
                boolean italic = f == FontFace.ITALIC || f == FontFace.BOLD_ITALIC;
                // The layout layer's runs carry their joins already.
                append(p, piece.run().text() + " ".repeat(spacesAfter), bold && !role.bold(), italic && !role.italic());
            }
        }
    }
}
