package vn.vanban.render.docx.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The order WordprocessingML's schema (ECMA-376, transitional) gives the children of each element
 * vanban writes. Word refuses a file whose {@code w:pPr} has {@code w:jc} before {@code w:spacing},
 * so {@link Element#add} places every child by its rank here. Names joined by {@code |} are one
 * choice group: they share a rank and keep the order they were added in.
 *
 * <pre>{@code
 * ChildOrder.rank("w:pPr", "w:spacing") < ChildOrder.rank("w:pPr", "w:jc")   // true
 * }</pre>
 */
final class ChildOrder {
    private static final Map<String, Map<String, Integer>> RANKS = new HashMap<>();

    static {
        order("w:document", "w:background w:body");
        order("w:body", "w:p|w:tbl w:sectPr");
        order("w:hdr", "w:p|w:tbl");
        order("w:p", "w:pPr w:r|w:hyperlink|w:fldSimple|w:bookmarkStart|w:bookmarkEnd");
        order("w:pPr", "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr"
                + " w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap"
                + " w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd"
                + " w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc"
                + " w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle"
                + " w:rPr w:sectPr w:pPrChange");
        order("w:pBdr", "w:top w:left w:bottom w:right w:between w:bar");
        order("w:r", "w:rPr w:br|w:t|w:instrText|w:fldChar|w:tab");
        order("w:rPr", "w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike"
                + " w:outline w:shadow w:emboss w:imprint w:noProof w:snapToGrid w:vanish w:webHidden"
                + " w:color w:spacing w:w w:kern w:position w:sz w:szCs w:highlight w:u w:effect w:bdr"
                + " w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang w:eastAsianLayout w:specVanish w:oMath");
        order("w:tbl", "w:tblPr w:tblGrid w:tr");
        order("w:tblPr", "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize"
                + " w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd"
                + " w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription");
        order("w:tblBorders", "w:top w:left w:bottom w:right w:insideH w:insideV");
        order("w:tblCellMar", "w:top w:left w:bottom w:right");
        order("w:tblGrid", "w:gridCol");
        order("w:tr", "w:tblPrEx w:trPr w:tc");
        // CT_TrPr is one repeated choice: its children keep the order they were added in.
        order("w:trPr", "w:cnfStyle|w:divId|w:gridBefore|w:gridAfter|w:wBefore|w:wAfter|w:cantSplit"
                + "|w:trHeight|w:tblHeader|w:tblCellSpacing|w:jc|w:hidden");
        order("w:tc", "w:tcPr w:p|w:tbl");
        order("w:tcPr", "w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar"
                + " w:textDirection w:tcFitText w:vAlign w:hideMark");
        order("w:sectPr", "w:headerReference|w:footerReference w:footnotePr w:endnotePr w:type w:pgSz"
                + " w:pgMar w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt w:vAlign"
                + " w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid w:printerSettings");
        // CT_Settings: only the two children vanban writes, in the schema's order.
        order("w:settings", "w:compat w:themeFontLang");
        order("w:compat", "w:compatSetting");
        order("w:styles", "w:docDefaults w:latentStyles w:style");
        order("w:docDefaults", "w:rPrDefault w:pPrDefault");
        order("w:rPrDefault", "w:rPr");
        order("w:pPrDefault", "w:pPr");
        order("w:style", "w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority"
                + " w:semiHidden w:unhideWhenUsed w:qFormat w:locked w:personal w:personalCompose"
                + " w:personalReply w:rsid w:pPr w:rPr w:tblPr w:trPr w:tcPr w:tblStylePr");
    }

    private ChildOrder() {
    }

    private static void order(String parent, String groups) {
        Map<String, Integer> ranks = new HashMap<>();
        String[] g = groups.split(" ");
        for (int i = 0; i < g.length; i++) {
            for (String child : g[i].split("\\|")) {
                ranks.put(child, i);
            }
        }
        RANKS.put(parent, ranks);
    }

    /**
     * The rank of {@code child} among the children of {@code parent}.
     *
     * @throws IllegalStateException if the schema has no such child there (a writer's mistake)
     */
    static int rank(String parent, String child) {
        Map<String, Integer> ranks = RANKS.get(parent);
        Integer r = ranks == null ? null : ranks.get(child);
        if (r == null) {
            throw new IllegalStateException(child + " is not a child of " + parent + " that vanban writes");
        }
        return r;
    }
}
