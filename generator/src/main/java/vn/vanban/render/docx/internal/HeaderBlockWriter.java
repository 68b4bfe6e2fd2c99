package vn.vanban.render.docx.internal;

import vn.vanban.doc.HeaderBlock;
import vn.vanban.style.Role;
import vn.vanban.layout.HeaderPlan;
import vn.vanban.style.TextStyle;

/**
 * Writes the ND30 header (ô 1–4) as a borderless 2×2 table: agency | Quốc hiệu and Tiêu ngữ on the
 * first row, số | địa danh và ngày on the second, so ô 3 and ô 4 stand level however many lines
 * the agency name wraps to.
 *
 * <pre>{@code
 * HeaderBlockWriter.write(flow, headerBlock, layout);
 * }</pre>
 */
public final class HeaderBlockWriter {
    private HeaderBlockWriter() {
    }

    public static void write(Flow flow, HeaderBlock h, Layout layout) {
        HeaderPlan plan = HeaderPlan.of(h, layout.style(), layout.measurer(), layout.textWidthPt());
        long left = Twips.fromPt(plan.left());
        long right = layout.textWidth() - left;
        Element t = Tables.create(flow, new long[] {left, right}, 0, 0, 0);

        Element top = Tables.row(t);
        Flow agency = Tables.cell(top, left);
        for (String line : plan.parent()) {
            Paragraphs.lineAsWritten(agency, Role.PARENT_AGENCY, line);
        }
        for (String line : plan.agency()) {
            Paragraphs.lineAsWritten(agency, Role.AGENCY, line);
        }
        if (plan.agency().isEmpty()) {
            if (plan.parent().isEmpty()) {
                Paragraphs.add(agency, Role.AGENCY);
            }
        } else {
            Rules.centred(agency, Role.AGENCY, layout, left, plan.agencyRule(), belowRule(layout));
        }

        Flow nation = Tables.cell(top, right);
        Paragraphs.lineAsWritten(nation, Role.NATIONAL_NAME, h.nationalName());
        Paragraphs.lineAsWritten(nation, Role.MOTTO, h.motto());
        Rules.centred(nation, Role.MOTTO, layout, right, plan.mottoRule(), belowRule(layout));

        Element bottom = Tables.row(t);
        Flow number = Tables.cell(bottom, left);
        Element so = Paragraphs.lineAsWritten(number, Role.NUMBER, h.number() == null ? "" : h.number());
        TextStyle soStyle = layout.text(Role.NUMBER);
        Props.spacing(Paragraphs.ppr(so), soStyle.spaceBeforePt() + plan.numberLead(), soStyle.spaceAfterPt(), soStyle.lineHeightPt());
        if (h.subjectLine() != null) {
            Paragraphs.line(number, Role.SUBJECT_LINE, h.subjectLine());
        }
        if (h.draftMark() != null) {
            boxed(number, h.draftMark(), layout, left);
        }
        Flow date = Tables.cell(bottom, right);
        Element day = Paragraphs.lineAsWritten(date, Role.PLACE_DATE, h.placeAndDate());
        TextStyle dayStyle = layout.text(Role.PLACE_DATE);
        Props.spacing(Paragraphs.ppr(day), dayStyle.spaceBeforePt() + plan.dateLead(), dayStyle.spaceAfterPt(), dayStyle.lineHeightPt());
    }

    /** The draft mark in a single-line box just wide enough for it, centred in the column. */
    private static void boxed(Flow flow, String text, Layout layout, long available) {
        TextStyle ts = layout.text(Role.DRAFT_MARK);
        Element p = Paragraphs.line(flow, Role.DRAFT_MARK, text);
        Element ppr = Paragraphs.ppr(p);
        double rule = layout.style().ruleWidthPt();
        double pad = layout.style().tableCellPaddingPt();
        Element bdr = ppr.add("w:pBdr");
        Props.border(bdr.add("w:top"), rule, pad / 2);
        Props.border(bdr.add("w:left"), rule, 0);
        Props.border(bdr.add("w:bottom"), rule, pad / 2);
        Props.border(bdr.add("w:right"), rule, 0);
        long box = Math.min(available, Twips.fromPt(layout.measurer().width(text, ts.sizePt(), ts.bold(), ts.italic()) + 2 * pad));
        long side = (available - box) / 2;
        ppr.add("w:ind")
                .set("w:left", side)
                .set("w:right", available - box - side)
                .set("w:firstLine", 0);
    }

    /**
     * Space between a header rule and the số / date row: Word sets a line's baseline one descent
     * higher in its exact line height than the PDF does, so without it the row's capitals touch
     * the rule. The descent of the date line's font puts the row where the PDF puts it.
     */
    private static double belowRule(Layout layout) {
        TextStyle date = layout.text(Role.PLACE_DATE);
        return layout.measurer().descent(date.sizePt(), date.bold(), date.italic());
    }
}
