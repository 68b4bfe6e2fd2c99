package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.vanban.doc.SampleDocuments;
import vn.vanban.style.FontFace;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/** The named styles of styles.xml, read back from the DOCX as Word reads them. */
class DocxStylesTest {
    private static final DocxFile DOCX = Rendered.docx(SampleDocuments.kehoach());

    private static String style(Role role, String path) {
        return DOCX.value("styles", "//w:style[@w:styleId='" + role.styleId() + "']/" + path);
    }

    private static boolean has(Role role, String path) {
        return !DOCX.nodes("styles", "//w:style[@w:styleId='" + role.styleId() + "']/" + path).isEmpty();
    }

    @Test
    void nd30_1_1_docDefaultsAreTimesNewRomanBlackVietnamese() {
        for (String attr : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
            assertEquals(FontFace.DOCX_FONT_NAME,
                    DOCX.value("styles", "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:" + attr), attr);
        }
        assertEquals("vi-VN", DOCX.value("styles", "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
        assertEquals("000000", DOCX.value("styles", "//w:docDefaults/w:rPrDefault/w:rPr/w:color/@w:val"));
        assertEquals("28", DOCX.value("styles", "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"));
    }

    @Test
    void everyRoleIsANamedParagraphStyleWithItsSizeWeightAndAlignment() {
        Nd30Style sheet = Nd30Style.standard();
        for (Role role : Role.values()) {
            TextStyle ts = sheet.text(role);
            assertEquals("paragraph", style(role, "@w:type"), role.name());
            assertEquals(role.displayName(), style(role, "w:name/@w:val"), role.name());
            assertEquals(String.valueOf(Math.round(ts.sizePt() * 2)), style(role, "w:rPr/w:sz/@w:val"), role.name());
            assertEquals(ts.bold(), has(role, "w:rPr/w:b"), role + " bold");
            assertEquals(ts.italic(), has(role, "w:rPr/w:i"), role + " italic");
            assertEquals(String.valueOf(Math.round(ts.firstLineMm() * 1440 / 25.4)),
                    style(role, "w:pPr/w:ind/@w:firstLine"), role + " first-line indent");
            assertEquals(String.valueOf(Math.round(ts.spaceBeforePt() * 20)), style(role, "w:pPr/w:spacing/@w:before"), role.name());
            assertEquals(String.valueOf(Math.round(ts.spaceAfterPt() * 20)), style(role, "w:pPr/w:spacing/@w:after"), role.name());
            assertEquals("exact", style(role, "w:pPr/w:spacing/@w:lineRule"), role.name());
            assertEquals(String.valueOf(Math.round(ts.lineHeightPt() * 20)), style(role, "w:pPr/w:spacing/@w:line"), role.name());
            assertEquals(switch (ts.align()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
                case JUSTIFY -> "both";
            }, style(role, "w:pPr/w:jc/@w:val"), role.name());
            assertEquals(ts.outlineLevel() < 0 ? "" : String.valueOf(ts.outlineLevel()),
                    style(role, "w:pPr/w:outlineLvl/@w:val"), role + " outline level");
        }
    }

    @Test
    void nd30_1_3_bodyIs14JustifiedIndented127cmSpaced6ptAtLeast() {
        assertEquals("28", style(Role.BODY, "w:rPr/w:sz/@w:val"));
        assertEquals("both", style(Role.BODY, "w:pPr/w:jc/@w:val"));
        assertEquals("720", style(Role.BODY, "w:pPr/w:ind/@w:firstLine"));
        assertTrue(DocxFile.num(style(Role.BODY, "w:pPr/w:spacing/@w:after")) >= 120, "spacing after >= 6 pt");
        assertEquals("336", style(Role.BODY, "w:pPr/w:spacing/@w:line"), "exactly 1.2 x 14 pt");
    }

    @Test
    void normalIsTheBodyStyleSoTypedParagraphsLookRight() {
        assertEquals("Normal", DOCX.value("styles", "//w:style[(@w:default='1' or @w:default='true') and @w:type='paragraph']/@w:styleId"));
        String n = "//w:style[@w:styleId='Normal']/";
        assertEquals(style(Role.BODY, "w:rPr/w:sz/@w:val"), DOCX.value("styles", n + "w:rPr/w:sz/@w:val"));
        assertEquals("720", DOCX.value("styles", n + "w:pPr/w:ind/@w:firstLine"));
        assertEquals("both", DOCX.value("styles", n + "w:pPr/w:jc/@w:val"));
        assertEquals(style(Role.BODY, "w:pPr/w:spacing/@w:line"), DOCX.value("styles", n + "w:pPr/w:spacing/@w:line"));
    }

    @Test
    void nd30_1_4_headerAndClosingSizes() {
        assertEquals("26", style(Role.NATIONAL_NAME, "w:rPr/w:sz/@w:val"), "Quốc hiệu 13");
        assertEquals("28", style(Role.MOTTO, "w:rPr/w:sz/@w:val"), "Tiêu ngữ 14");
        assertEquals("28", style(Role.PLACE_DATE, "w:rPr/w:sz/@w:val"), "địa danh 14");
        assertTrue(has(Role.PLACE_DATE, "w:rPr/w:i"), "địa danh italic");
        assertTrue(has(Role.NATIONAL_NAME, "w:rPr/w:b") && has(Role.MOTTO, "w:rPr/w:b"), "Quốc hiệu, Tiêu ngữ bold");
        assertTrue(has(Role.RECIPIENTS_LABEL, "w:rPr/w:b") && has(Role.RECIPIENTS_LABEL, "w:rPr/w:i"), "Nơi nhận bold italic");
        assertFalse(has(Role.RECIPIENTS, "w:rPr/w:b") || has(Role.RECIPIENTS, "w:rPr/w:i"), "items upright");
        assertEquals("24", style(Role.RECIPIENTS_LABEL, "w:rPr/w:sz/@w:val"), "Nơi nhận 12");
        assertEquals("22", style(Role.RECIPIENTS, "w:rPr/w:sz/@w:val"), "Nơi nhận items 11");
    }

    @Test
    void headingsShowInTheNavigationPane() {
        Element muc = DOCX.nodes("styles", "//w:style[@w:styleId='Muc']").get(0);
        assertEquals("1", DOCX.value(muc, "w:pPr/w:outlineLvl/@w:val"));
        assertEquals(1, DOCX.nodes(muc, "w:pPr/w:keepNext").size(), "a heading keeps with its text");
        assertEquals("NoiDung", DOCX.value(muc, "w:next/@w:val"), "Enter after a heading gives body text");
    }
}
