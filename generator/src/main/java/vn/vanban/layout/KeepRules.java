package vn.vanban.layout;

import java.util.List;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.AppendixTitle;
import vn.vanban.doc.Block;
import vn.vanban.doc.Heading;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.TitleBlock;

/**
 * Which blocks stay on the page of the block after them, decided once for both renderers (the
 * DOCX marks them keep-with-next, the PDF never breaks a page after them):
 *
 * <ul>
 *   <li>a heading, a tên loại and trích yếu, a phụ lục title and "Kính gửi", with what follows;</li>
 *   <li>the last block of the content with the signature block, so the signature never stands
 *       alone on a page: at least the last lines of the content, with its "./.", come with it
 *       (widow control brings two lines of a longer paragraph).</li>
 * </ul>
 *
 * <pre>{@code
 * boolean[] keep = KeepRules.keepWithNext(section.blocks());
 * }</pre>
 */
public final class KeepRules {
    private KeepRules() {
    }

    public static boolean[] keepWithNext(List<Block> blocks) {
        boolean[] keep = new boolean[blocks.size()];
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            keep[i] = b instanceof Heading || b instanceof TitleBlock || b instanceof AppendixTitle
                    || b instanceof Addressees || blocks.get(i + 1) instanceof SignatureBlock;
        }
        return keep;
    }
}
