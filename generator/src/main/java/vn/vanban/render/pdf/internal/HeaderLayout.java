package vn.vanban.render.pdf.internal;

import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import vn.vanban.doc.HeaderBlock;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

/**
 * The ND30 header of page 1 (ô 1–4) as a borderless two-column table: agency, rule and số on the
 * left; Quốc hiệu, Tiêu ngữ, rule and place–date on the right.
 *
 * <pre>{@code
 * PdfPTable t = new HeaderLayout(typesetter).table(header, geometry.textWidth());
 * }</pre>
 *
 * <p>The số line and the date line open the second row, padded so their baselines stand level
 * however many lines the agency name takes.
 */
final class HeaderLayout {
    private final Typesetter ts;
    private final Nd30Style style;

    HeaderLayout(Typesetter ts) {
        this.ts = ts;
        this.style = ts.style();
    }

    PdfPTable table(HeaderBlock h, float textWidth) {
        float leftWidth = Units.mm(style.headerLeftMm());
        PdfPTable t = Cells.table(new float[] {leftWidth, textWidth - leftWidth});

        // Row 1: agency | Quốc hiệu and Tiêu ngữ.
        PdfPCell agency = Cells.blank();
        h.parentAgency().forEach(s -> agency.addElement(ts.line(Role.PARENT_AGENCY, s)));
        float widest = 0;
        for (String s : h.agency()) {
            agency.addElement(ts.line(Role.AGENCY, s));
            widest = Math.max(widest, ts.width(Role.AGENCY, s));
        }
        if (!h.agency().isEmpty()) {
            agency.addElement(ts.rule((float) style.agencyRuleRatio() * widest, Role.AGENCY, Element.ALIGN_CENTER));
        }
        PdfPCell nation = Cells.blank();
        nation.addElement(ts.line(Role.NATIONAL_NAME, h.nationalName()));
        nation.addElement(ts.line(Role.MOTTO, h.motto()));
        nation.addElement(ts.rule(ts.width(Role.MOTTO, h.motto()), Role.MOTTO, Element.ALIGN_CENTER));
        t.addCell(agency);
        t.addCell(nation);

        // Row 2: số (and V/v, DỰ THẢO) | place and date, first baselines level.
        float level = Math.max(ts.leading(Role.NUMBER), ts.leading(Role.PLACE_DATE));
        PdfPCell number = Cells.blank();
        number.setPaddingTop(level - ts.leading(Role.NUMBER));
        number.addElement(ts.line(Role.NUMBER, h.number()));
        if (h.subjectLine() != null) {
            number.addElement(ts.line(Role.SUBJECT_LINE, h.subjectLine()));
        }
        if (h.draftMark() != null) {
            number.addElement(draftBox(h.draftMark()));
        }
        PdfPCell date = Cells.blank();
        date.setPaddingTop(level - ts.leading(Role.PLACE_DATE));
        date.addElement(ts.line(Role.PLACE_DATE, h.placeAndDate()));
        t.addCell(number);
        t.addCell(date);
        return t;
    }

    /** "DỰ THẢO" in a single-line frame, centred under the số. */
    private PdfPTable draftBox(String mark) {
        float pad = (float) style.tableCellPaddingPt();
        PdfPTable box = Cells.table(new float[] {ts.width(Role.DRAFT_MARK, mark) + 2 * pad + 1});
        box.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.setSpacingBefore((float) ts.text(Role.DRAFT_MARK).spaceBeforePt());
        PdfPCell c = Cells.blank();
        c.setBorder(Rectangle.BOX);
        c.setBorderWidth((float) style.ruleWidthPt());
        c.setPadding(pad);
        // As in a ruled table cell: the line box ends at the descenders, so the capitals sit centred.
        c.setPaddingTop(Math.max(0, pad - ts.descent(Role.DRAFT_MARK)));
        c.setPaddingBottom(pad + ts.descent(Role.DRAFT_MARK));
        c.addElement(ts.line(Role.DRAFT_MARK, mark));
        box.addCell(c);
        return box;
    }
}
