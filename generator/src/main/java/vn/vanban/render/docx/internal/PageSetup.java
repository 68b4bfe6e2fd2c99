package vn.vanban.render.docx.internal;

import vn.vanban.doc.Section;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

/**
 * Fills a section's w:sectPr: A4 page and orientation, margins, a new page for every section, page
 * numbers restarting at 1, a centred PAGE field in the header and none on the section's first page;
 * and builds the two header parts every section shares.
 *
 * <pre>{@code
 * PageSetup.section(sectPr, style, Section.Orientation.PORTRAIT, PageSetup.Headers.STANDARD);
 * }</pre>
 */
public final class PageSetup {
    private PageSetup() {
    }

    /**
     * The two header parts every section shares: the PAGE field for its later pages, an empty one
     * for its first page. Sections restart their numbers themselves (pgNumType), so a document of a
     * thousand sections (one Giấy mời per invitee) still holds two header parts, not two thousand.
     *
     * @param numbered the relationship id of the header with the PAGE field
     * @param first    the relationship id of the empty first-page header
     */
    public record Headers(String numbered, String first) {
        /** The relationship ids the package gives the two header parts. */
        public static final Headers STANDARD = new Headers("rId3", "rId4");
    }

    public static void section(Element sect, Nd30Style style, Section.Orientation orientation, Headers headers) {
        reference(sect.add("w:headerReference"), "default", headers.numbered());
        reference(sect.add("w:headerReference"), "first", headers.first());
        sect.add("w:type").set("w:val", "nextPage");

        long w = Twips.fromMm(style.pageWidthMm());
        long h = Twips.fromMm(style.pageHeightMm());
        Element sz = sect.add("w:pgSz");
        if (orientation == Section.Orientation.LANDSCAPE) {
            sz.set("w:w", h).set("w:h", w).set("w:orient", "landscape");
        } else {
            sz.set("w:w", w).set("w:h", h).set("w:orient", "portrait");
        }
        sect.add("w:pgMar")
                .set("w:top", Twips.fromMm(style.marginTopMm()))
                .set("w:bottom", Twips.fromMm(style.marginBottomMm()))
                .set("w:left", Twips.fromMm(style.marginLeftMm()))
                .set("w:right", Twips.fromMm(style.marginRightMm()))
                .set("w:header", Twips.fromMm(style.pageNumberFromTopMm()))
                // The footer is empty; its distance mirrors the header's.
                .set("w:footer", Twips.fromMm(style.pageNumberFromTopMm()))
                .set("w:gutter", 0);
        sect.add("w:pgNumType").set("w:start", 1);
        sect.add("w:titlePg");
    }

    private static void reference(Element ref, String type, String relationId) {
        ref.set("w:type", type).set("r:id", relationId);
    }

    /** A header part's root ({@code w:hdr}): one paragraph in the page-number style, with the PAGE field or empty. */
    public static Element header(boolean pageNumber) {
        Element hdr = new Element("w:hdr");
        Element p = hdr.add("w:p");
        p.add("w:pPr").add("w:pStyle").set("w:val", Role.PAGE_NUMBER.styleId());
        if (pageNumber) {
            pageField(p);
        }
        return hdr;
    }

    /** A complex PAGE field: begin, instruction, separate, cached result "1", end. */
    private static void pageField(Element p) {
        p.add("w:r").add("w:fldChar").set("w:fldCharType", "begin");
        p.add("w:r").add("w:instrText").set("xml:space", "preserve").text(" PAGE ");
        p.add("w:r").add("w:fldChar").set("w:fldCharType", "separate");
        p.add("w:r").add("w:t").text("1");
        p.add("w:r").add("w:fldChar").set("w:fldCharType", "end");
    }
}
