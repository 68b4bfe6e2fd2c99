package vn.vanban.render.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

import vn.vanban.doc.Section;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

/**
 * Fills a section's w:sectPr (section {@code sectionIndex} from 0, each with its own two header parts): A4 page and orientation, margins, a new page for every section, page
 * numbers restarting at 1, a centred PAGE field in the header and none on the section's first page.
 *
 * <pre>{@code
 * PageSetup.section(doc, sectPr, style, Section.Orientation.PORTRAIT, 0);
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
        public static Headers create(XWPFDocument doc) {
            return new Headers(header(doc, 1, true), header(doc, 2, false));
        }
    }

    public static void section(XWPFDocument doc, CTSectPr sect, Nd30Style style, Section.Orientation orientation,
                               Headers headers) {
        reference(sect.addNewHeaderReference(), STHdrFtr.DEFAULT, headers.numbered());
        reference(sect.addNewHeaderReference(), STHdrFtr.FIRST, headers.first());
        sect.addNewType().setVal(STSectionMark.NEXT_PAGE);

        long w = Twips.fromMm(style.pageWidthMm());
        long h = Twips.fromMm(style.pageHeightMm());
        CTPageSz sz = sect.addNewPgSz();
        if (orientation == Section.Orientation.LANDSCAPE) {
            sz.setW(Twips.big(h));
            sz.setH(Twips.big(w));
            sz.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            sz.setW(Twips.big(w));
            sz.setH(Twips.big(h));
            sz.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(Twips.big(Twips.fromMm(style.marginTopMm())));
        mar.setBottom(Twips.big(Twips.fromMm(style.marginBottomMm())));
        mar.setLeft(Twips.big(Twips.fromMm(style.marginLeftMm())));
        mar.setRight(Twips.big(Twips.fromMm(style.marginRightMm())));
        mar.setHeader(Twips.big(Twips.fromMm(style.pageNumberFromTopMm())));
        // The footer is empty; its distance mirrors the header's.
        mar.setFooter(Twips.big(Twips.fromMm(style.pageNumberFromTopMm())));
        mar.setGutter(Twips.big(0));
        sect.addNewPgNumType().setStart(Twips.big(1));
        sect.addNewTitlePg();
    }

    private static void reference(CTHdrFtrRef ref, STHdrFtr.Enum type, String relationId) {
        ref.setType(type);
        ref.setId(relationId);
    }

    /** A new header part, with the PAGE field or empty; returns its relationship id. */
    private static String header(XWPFDocument doc, int index, boolean pageNumber) {
        XWPFHeader header = (XWPFHeader) doc.createRelationship(XWPFRelation.HEADER, XWPFFactory.getInstance(), index);
        header.setXWPFDocument(doc);
        CTHdrFtr hdr = CTHdrFtr.Factory.newInstance();
        CTP p = hdr.addNewP();
        p.addNewPPr().addNewPStyle().setVal(Role.PAGE_NUMBER.styleId());
        if (pageNumber) {
            pageField(p);
        }
        header.setHeaderFooter(hdr);
        return doc.getRelationId(header);
    }

    /** A complex PAGE field: begin, instruction, separate, cached result "1", end. */
    private static void pageField(CTP p) {
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.addNewR().addNewInstrText();
        instr.setStringValue(" PAGE ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        CTR result = p.addNewR();
        result.addNewT().setStringValue("1");
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
