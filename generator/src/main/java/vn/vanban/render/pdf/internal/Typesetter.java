package vn.vanban.render.pdf.internal;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.draw.LineSeparator;

import vn.vanban.doc.Span;
import vn.vanban.style.Align;
import vn.vanban.style.FontFace;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Turns roles and spans into OpenPDF paragraphs, fonts, widths and rules, every number taken from
 * the style sheet.
 *
 * <pre>{@code
 * Typesetter ts = new Typesetter(style, faces);
 * Paragraph p = ts.paragraph(Role.BODY, "1.", spans);   // "1. " + spans, justified, indented
 * }</pre>
 */
final class Typesetter {
    private final Nd30Style style;
    private final FaceSet faces;
    private final Map<Role, TextStyle> roles;
    private final Map<Long, Font> fonts = new HashMap<>();

    Typesetter(Nd30Style style, FaceSet faces) {
        this.style = style;
        this.faces = faces;
        this.roles = style.styles();
    }

    Nd30Style style() {
        return style;
    }

    TextStyle text(Role role) {
        return roles.get(role);
    }

    /** The role's font with a span's bold and italic added to the role's own. */
    Font font(Role role, boolean bold, boolean italic) {
        TextStyle ts = text(role);
        FontFace face = FontFace.of(ts.bold() || bold, ts.italic() || italic);
        float size = (float) ts.sizePt();
        long key = ((long) face.ordinal() << 32) | Float.floatToIntBits(size);
        return fonts.computeIfAbsent(key, k -> new Font(faces.font(face), size));
    }

    /** The role's font. */
    Font font(Role role) {
        return font(role, false, false);
    }

    /** Advance width of {@code s} in the role's font, points. */
    float width(Role role, String s) {
        Font f = font(role);
        return f.getBaseFont().getWidthPoint(s, f.getSize());
    }

    /** How far the role's font reaches below the baseline, points (positive). */
    float descent(Role role) {
        Font f = font(role);
        return -f.getBaseFont().getFontDescriptor(BaseFont.DESCENT, f.getSize());
    }

    /** Exact baseline-to-baseline distance of the role. */
    float leading(Role role) {
        return (float) text(role).lineHeightPt();
    }

    /** A paragraph of the role: {@code prefix + " " + spans} when a prefix is given. */
    Paragraph paragraph(Role role, String prefix, List<Span> spans) {
        Paragraph p = empty(role);
        if (prefix != null && !prefix.isEmpty()) {
            p.add(new Chunk(prefix + " ", font(role)));
        }
        for (Span s : spans) {
            if (!s.text().isEmpty()) {
                p.add(new Chunk(s.text(), font(role, s.bold(), s.italic())));
            }
        }
        return p;
    }

    /** A paragraph of the role holding one plain string. */
    Paragraph line(Role role, String text) {
        Paragraph p = empty(role);
        p.add(new Chunk(text, font(role)));
        return p;
    }

    /** A paragraph with the role's font, leading, alignment, indent and spacing, and no text yet. */
    Paragraph empty(Role role) {
        TextStyle ts = text(role);
        Paragraph p = new Paragraph();
        p.setFont(font(role));
        p.setLeading((float) ts.lineHeightPt(), 0);
        p.setAlignment(align(ts.align()));
        p.setFirstLineIndent(Units.mm(ts.firstLineMm()));
        p.setSpacingBefore((float) ts.spaceBeforePt());
        p.setSpacingAfter((float) ts.spaceAfterPt());
        return p;
    }

    /**
     * A horizontal rule {@code lengthPt} long under a line of role {@code above}: drawn
     * {@link Nd30Style#ruleGapPt()} below that line's descenders.
     */
    Paragraph rule(float lengthPt, Role above, int align) {
        Paragraph p = new Paragraph();
        p.setFont(font(above));
        p.setLeading(descent(above) + (float) style.ruleGapPt() + (float) style.ruleWidthPt() / 2, 0);
        // The separator places itself across the whole line; the paragraph must not shift it.
        p.setAlignment(Element.ALIGN_LEFT);
        LineSeparator sep = new LineSeparator((float) style.ruleWidthPt(), -lengthPt, Color.BLACK, align, 0);
        Chunk c = new Chunk(sep, true);
        c.setFont(font(above));
        p.add(c);
        return p;
    }

    static int align(Align a) {
        return switch (a) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }

    static int align(vn.vanban.doc.Table.Align a) {
        return switch (a) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }
}
