package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * The head of a phụ lục (nd30.md §1.8): optional "Phụ lục I" line, the title in capitals, the
 * italic "(Kèm theo …)" line, and a short rule.
 *
 * @param label    {@code "Phụ lục I"} or null when the appendix has no number (a single đề cương)
 * @param title    the title lines in capitals, bold, centred
 * @param attached the "(Kèm theo …)" text including its parentheses, or null
 */
public record AppendixTitle(String label, List<String> title, String attached) implements Block {
    public AppendixTitle {
        title = List.copyOf(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("an appendix needs a title");
        }
        Objects.requireNonNull(title.get(0));
    }
}
