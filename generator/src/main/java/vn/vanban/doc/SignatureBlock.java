package vn.vanban.doc;

import java.util.List;

/**
 * The closing block: signers and the "Nơi nhận" list (ô 7 and ô 9b).
 *
 * <p>With one signer, "Nơi nhận" sits on the left, level with the first authority line, and the
 * signer on the right half. With two signers (a biên bản: THƯ KÝ | CHỦ TỌA) they stand side by side
 * and "Nơi nhận", if any, follows under them.
 *
 * @param signers    one or two signers, left to right
 * @param recipients the Nơi nhận items, each with its final punctuation ({@code "- Lưu: VT, NV."}
 *                   is written without the dash: the renderer adds {@code "- "}); empty for none
 */
public record SignatureBlock(List<Signature> signers, List<String> recipients) implements Block {
    public SignatureBlock {
        signers = List.copyOf(signers);
        recipients = List.copyOf(recipients);
        if (signers.isEmpty() || signers.size() > 2) {
            throw new IllegalArgumentException("a signature block has one or two signers, got " + signers.size());
        }
    }
}
