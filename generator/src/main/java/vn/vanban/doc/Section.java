package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A run of pages with its own page numbering: the main text, or one phụ lục.
 *
 * <p>Each section starts on a new page. Page numbers start at 1 in every section and are not
 * printed on the section's first page (nd30.md §1.1, §1.8).
 *
 * @param orientation page orientation
 * @param blocks      the blocks, in order
 */
public record Section(Orientation orientation, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(orientation, "orientation");
        blocks = List.copyOf(blocks);
    }

    /** Page orientation; landscape only for sections made of wide tables (nd30.md §1.1). */
    public enum Orientation { PORTRAIT, LANDSCAPE }
}
