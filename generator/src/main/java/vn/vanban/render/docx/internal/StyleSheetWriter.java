package vn.vanban.render.docx.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.vanban.style.FontFace;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Builds styles.xml: document defaults (Times New Roman, vi-VN, black), "Normal" set as the body
 * text, and one named paragraph style per {@link Role}.
 *
 * <pre>{@code
 * Element styles = StyleSheetWriter.build(nd30Style.styles(), "vi-VN");
 * }</pre>
 */
public final class StyleSheetWriter {
    /** Word's built-in id of the default paragraph style. */
    public static final String NORMAL = "Normal";

    /** Roles whose paragraphs stay on the page of the paragraph after them. */
    private static final Set<Role> KEEP_NEXT = EnumSet.of(Role.DOCUMENT_TYPE, Role.SUBJECT, Role.PART_LABEL,
            Role.PART_TITLE, Role.SECTION_HEADING, Role.CLAUSE_HEADING, Role.POINT_HEADING,
            Role.APPENDIX_LABEL, Role.APPENDIX_TITLE, Role.RECIPIENTS_LABEL, Role.AUTHORITY,
            Role.SIGNATURE_NOTE);

    private StyleSheetWriter() {
    }

    /** The styles part for these text styles; {@code language} is the BCP 47 tag of the text. */
    public static Element build(Map<Role, TextStyle> styles, String language) {
        Element ct = new Element("w:styles");
        TextStyle body = styles.get(Role.BODY);
        docDefaults(ct.add("w:docDefaults"), body, language);
        Element normal = ct.add("w:style");
        normal.set("w:type", "paragraph");
        normal.set("w:default", "true");
        normal.set("w:styleId", NORMAL);
        normal.add("w:name").set("w:val", NORMAL);
        normal.add("w:qFormat");
        Element ppr = normal.add("w:pPr");
        Props.paragraph(ppr, body, false);
        // Widow and orphan control, which the PDF's layout applies too.
        ppr.add("w:widowControl");
        Props.run(normal.add("w:rPr"), body);
        for (Role role : Role.values()) {
            TextStyle ts = styles.get(role);
            Element s = ct.add("w:style");
            s.set("w:type", "paragraph");
            s.set("w:styleId", role.styleId());
            s.add("w:name").set("w:val", role.displayName());
            s.add("w:basedOn").set("w:val", NORMAL);
            s.add("w:next").set("w:val", ts.outlineLevel() >= 0 || role == Role.PART_TITLE
                    ? Role.BODY.styleId() : role.styleId());
            s.add("w:qFormat");
            Props.paragraph(s.add("w:pPr"), ts, KEEP_NEXT.contains(role));
            Props.run(s.add("w:rPr"), ts);
        }
        return ct;
    }

    private static void docDefaults(Element dd, TextStyle body, String language) {
        Element rpr = dd.add("w:rPrDefault").add("w:rPr");
        rpr.add("w:rFonts")
                .set("w:ascii", FontFace.DOCX_FONT_NAME)
                .set("w:hAnsi", FontFace.DOCX_FONT_NAME)
                .set("w:cs", FontFace.DOCX_FONT_NAME)
                .set("w:eastAsia", FontFace.DOCX_FONT_NAME);
        rpr.add("w:color").set("w:val", Props.BLACK);
        rpr.add("w:sz").set("w:val", Twips.halfPoints(body.sizePt()));
        rpr.add("w:szCs").set("w:val", Twips.halfPoints(body.sizePt()));
        rpr.add("w:lang").set("w:val", language).set("w:eastAsia", language);
        dd.add("w:pPrDefault");
    }
}
