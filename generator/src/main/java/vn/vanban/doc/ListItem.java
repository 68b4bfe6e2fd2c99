package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A list item below the điểm level: {@code "- "} at depth 1, {@code "+ "} at depth 2 (nd30.md §1.5).
 *
 * @param depth   1 or more
 * @param marker  the computed marker without its trailing space: {@code "-"} or {@code "+"}
 * @param content the text
 */
public record ListItem(int depth, String marker, List<Span> content) implements Block {
    public ListItem {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be 1 or more, got " + depth);
        }
        Objects.requireNonNull(marker, "marker");
        content = List.copyOf(content);
    }
}
