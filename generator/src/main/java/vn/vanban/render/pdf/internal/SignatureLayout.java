package vn.vanban.render.pdf.internal;

import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

import java.util.List;

/**
 * The closing block (ô 7, 9b) as a borderless table kept on one page: with one signer, "Nơi nhận"
 * on the left level with the first authority line and the signer on the right; with two, the
 * signers side by side and "Nơi nhận" under them on the left.
 *
 * <pre>{@code
 * PdfPTable t = new SignatureLayout(typesetter).table(block, geometry.textWidth());
 * }</pre>
 */
final class SignatureLayout {
    private final Typesetter ts;
    private final Nd30Style style;

    SignatureLayout(Typesetter ts) {
        this.ts = ts;
        this.style = ts.style();
    }

    PdfPTable table(SignatureBlock block, float textWidth) {
        PdfPTable t;
        if (block.signers().size() == 1) {
            float left = (float) style.signatureLeftShare() * textWidth;
            t = Cells.table(new float[] {left, textWidth - left});
            PdfPCell recipients = recipients(block);
            // "Nơi nhận:" stands level with the first authority line.
            recipients.setPaddingTop(Math.max(0, ts.leading(Role.AUTHORITY) - ts.leading(Role.RECIPIENTS_LABEL)));
            t.addCell(recipients);
            t.addCell(signer(block.signers().get(0), 0));
        } else {
            t = Cells.table(new float[] {textWidth / 2, textWidth / 2});
            // The two names stand level: the signer with fewer lines above gets the difference.
            float tallest = Math.max(linesAbove(block.signers().get(0)), linesAbove(block.signers().get(1)));
            block.signers().forEach(s -> t.addCell(signer(s, tallest - linesAbove(s))));
            if (!block.recipients().isEmpty()) {
                PdfPCell recipients = recipients(block);
                recipients.setPaddingTop((float) style.closingSpaceBeforePt());
                t.addCell(recipients);
                t.addCell(Cells.blank());
            }
        }
        t.setSpacingBefore((float) style.closingSpaceBeforePt());
        t.setKeepTogether(true);
        return t;
    }

    private PdfPCell recipients(SignatureBlock block) {
        PdfPCell c = Cells.blank();
        if (!block.recipients().isEmpty()) {
            c.addElement(ts.line(Role.RECIPIENTS_LABEL, Words.NOI_NHAN));
            for (String r : block.recipients()) {
                c.addElement(ts.line(Role.RECIPIENTS, Words.DASH + r));
            }
        }
        return c;
    }

    private float linesAbove(Signature s) {
        return s.authority().size() * ts.leading(Role.AUTHORITY)
                + (s.note() != null ? ts.leading(Role.SIGNATURE_NOTE) : 0);
    }

    private PdfPCell signer(Signature s, float extraSpace) {
        PdfPCell c = Cells.blank();
        s.authority().forEach(line -> c.addElement(ts.line(Role.AUTHORITY, line)));
        if (s.note() != null) {
            c.addElement(ts.line(Role.SIGNATURE_NOTE, s.note()));
        }
        Paragraph name = ts.paragraph(Role.SIGNER_NAME, null, List.of(Span.plain(s.name())));
        name.setSpacingBefore((float) style.signatureSpacePt() + extraSpace);
        c.addElement(name);
        return c;
    }
}
