package vn.vanban.layout;

import java.util.Map;

import vn.vanban.doc.SignatureBlock;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * The closing block's geometry, for both renderers: column widths, the space that sets "Nơi
 * nhận:" level with the first authority line (ô 9b beside ô 7a), and the extra space that sets
 * two signers (a biên bản: THƯ KÝ | CHỦ TỌA) stand side by side with their names on one row.
 *
 * <pre>{@code
 * SignaturePlan plan = SignaturePlan.of(block, style, TextMeasurer.standard(), textWidthPt);
 * }</pre>
 *
 * @param left       width of the left column (Nơi nhận, or the first signer), points
 * @param right      width of the right column, points
 * @param labelLead  extra space before "Nơi nhận:" beside a single signer, points
 */
public record SignaturePlan(double left, double right, double labelLead) {

    public static SignaturePlan of(SignatureBlock block, Nd30Style style, TextMeasurer m, double textWidth) {
        if (block.signers().size() == 1) {
            double left = style.signatureLeftShare() * textWidth;
            Map<Role, TextStyle> styles = style.styles();
            double lead = Math.max(0, m.baseline(styles.get(Role.AUTHORITY)) - m.baseline(styles.get(Role.RECIPIENTS_LABEL)));
            return new SignaturePlan(left, textWidth - left, lead);
        }
        return new SignaturePlan(textWidth / 2, textWidth - textWidth / 2, 0);
    }

}
