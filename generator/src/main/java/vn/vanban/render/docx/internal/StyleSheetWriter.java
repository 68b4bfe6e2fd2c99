package vn.vanban.render.docx.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import vn.vanban.style.FontFace;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Builds styles.xml: document defaults (Times New Roman, vi-VN, black), "Normal" set as the body
 * text, and one named paragraph style per {@link Role}.
 *
 * <pre>{@code
 * CTStyles styles = StyleSheetWriter.build(nd30Style.styles(), "vi-VN");
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
    public static CTStyles build(Map<Role, TextStyle> styles, String language) {
        CTStyles ct = CTStyles.Factory.newInstance();
        TextStyle body = styles.get(Role.BODY);
        docDefaults(ct.addNewDocDefaults(), body, language);

        CTStyle normal = ct.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.setStyleId(NORMAL);
        normal.addNewName().setVal(NORMAL);
        normal.addNewQFormat();
        Props.paragraph(normal.addNewPPr(), body, false);
        // Widow and orphan control, which the PDF's layout applies too.
        normal.getPPr().addNewWidowControl();
        Props.run(normal.addNewRPr(), body);

        for (Role role : Role.values()) {
            TextStyle ts = styles.get(role);
            CTStyle s = ct.addNewStyle();
            s.setType(STStyleType.PARAGRAPH);
            s.setStyleId(role.styleId());
            s.addNewName().setVal(role.displayName());
            s.addNewBasedOn().setVal(NORMAL);
            s.addNewNext().setVal(ts.outlineLevel() >= 0 || role == Role.PART_TITLE
                    ? Role.BODY.styleId() : role.styleId());
            s.addNewQFormat();
            Props.paragraph(s.addNewPPr(), ts, KEEP_NEXT.contains(role));
            Props.run(s.addNewRPr(), ts);
        }
        return ct;
    }

    private static void docDefaults(CTDocDefaults dd, TextStyle body, String language) {
        CTRPr rpr = dd.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FontFace.DOCX_FONT_NAME);
        fonts.setHAnsi(FontFace.DOCX_FONT_NAME);
        fonts.setCs(FontFace.DOCX_FONT_NAME);
        fonts.setEastAsia(FontFace.DOCX_FONT_NAME);
        rpr.addNewColor().setVal(Props.BLACK);
        rpr.addNewSz().setVal(Twips.big(Twips.halfPoints(body.sizePt())));
        rpr.addNewSzCs().setVal(Twips.big(Twips.halfPoints(body.sizePt())));
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(language);
        lang.setEastAsia(language);
        dd.addNewPPrDefault();
    }
}
