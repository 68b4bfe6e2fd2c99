package vn.vanban.render.docx.internal;

import java.util.List;

import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.layout.Labels;
import vn.vanban.layout.SignaturePlan;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * Writes the closing block (ô 7, 9b) as a borderless table kept on one page: "Nơi nhận" beside a
 * single signer, or two signers side by side with "Nơi nhận" under the left one.
 *
 * <pre>{@code
 * SignatureWriter.write(flow, signatureBlock, layout);
 * }</pre>
 */
public final class SignatureWriter {

    private SignatureWriter() {
    }

    public static void write(Flow flow, SignatureBlock block, Layout layout) {
        SignaturePlan plan = SignaturePlan.of(block, layout.style(), layout.measurer(), layout.textWidthPt());
        if (block.signers().size() == 1) {
            long left = Twips.fromPt(plan.left());
            long right = layout.textWidth() - left;
            Element t = Tables.create(flow, new long[] {left, right}, 0, 0, 0);
            Element row = Tables.row(t);
            recipients(Tables.cell(row, left), block.recipients(), layout, plan.labelLead());
            signer(Tables.cell(row, right), block.signers().get(0), layout);
            signerSpace(t, 1, block.signers().get(0), layout);
            return;
        }
        // Two signers: their titles on one row, signature space and names on the next, so the
        // names stand level even when one signer has more title lines; Nơi nhận under the left.
        long half = Twips.fromPt(plan.left());
        long[] widths = {half, layout.textWidth() - half};
        Element t = Tables.create(flow, widths, 0, 0, 0);
        Element titles = Tables.row(t);
        Element names = Tables.row(t);
        for (int i = 0; i < 2; i++) {
            Signature s = block.signers().get(i);
            Flow top = Tables.cell(titles, widths[i]);
            if (!titles(top, s)) {
                Paragraphs.add(top, Role.AUTHORITY);
            }
            signerSpace(t, i, s, layout);
            name(Tables.cell(names, widths[i]), s, layout);
        }
        KeepWithNext.row(titles);
        if (!block.recipients().isEmpty()) {
            KeepWithNext.row(names);
            Element under = Tables.row(t);
            recipients(Tables.cell(under, widths[0]), block.recipients(), layout, 0);
            Paragraphs.add(Tables.cell(under, widths[1]), Role.RECIPIENTS);
        }
    }

    /** "Nơi nhận:" (with the closing space and {@code lead} more before it) and the items. */
    private static void recipients(Flow cell, List<String> items, Layout layout, double lead) {
        Element label = Paragraphs.line(cell, Role.RECIPIENTS_LABEL, items.isEmpty() ? "" : Labels.NOI_NHAN);
        TextStyle ts = layout.text(Role.RECIPIENTS_LABEL);
        Props.spacing(Paragraphs.ppr(label), layout.style().closingSpaceBeforePt() + lead, ts.spaceAfterPt(), ts.lineHeightPt());
        for (String item : items) {
            Paragraphs.line(cell, Role.RECIPIENTS, Labels.DASH + item);
        }
    }

    /** A signer column; its first line gets the closing space so it stays level with "Nơi nhận". */
    private static void signer(Flow cell, Signature s, Layout layout) {
        titles(cell, s);
        name(cell, s, layout);
    }

    /** The authority lines and the note; false when there are none. */
    private static boolean titles(Flow cell, Signature s) {
        for (String line : s.authority()) {
            Paragraphs.line(cell, Role.AUTHORITY, line);
        }
        if (s.note() != null) {
            Paragraphs.line(cell, Role.SIGNATURE_NOTE, s.note());
        }
        return !s.authority().isEmpty() || s.note() != null;
    }

    /** The one empty paragraph of the document, room for the signature and the seal, then the name. */
    private static void name(Flow cell, Signature s, Layout layout) {
        Element space = Paragraphs.add(cell, Role.SIGNER_NAME);
        Props.spacing(Paragraphs.ppr(space), 0, 0, layout.style().signatureSpacePt());
        Paragraphs.ppr(space).add("w:keepNext");
        Paragraphs.line(cell, Role.SIGNER_NAME, s.name());
    }

    /** Puts the closing space before the first line of the signer column. */
    private static void signerSpace(Element t, int column, Signature s, Layout layout) {
        Element first = t.all("w:tr").get(0).all("w:tc").get(column).first("w:p");
        Role role = !s.authority().isEmpty() ? Role.AUTHORITY
                : s.note() != null ? Role.SIGNATURE_NOTE : null;
        if (role != null) {
            closingSpace(first, layout.text(role), layout);
        }
    }

    /** The space between the content and the closing block, on the first line of a column. */
    private static void closingSpace(Element p, TextStyle ts, Layout layout) {
        Props.spacing(Paragraphs.ppr(p), layout.style().closingSpaceBeforePt(), ts.spaceAfterPt(), ts.lineHeightPt());
    }
}
