package vn.vanban.doc;

import java.util.Objects;

/**
 * A run of text with one emphasis: the only inline node of the document model.
 *
 * <pre>{@code
 * List<Span> text = List.of(Span.plain("Thời gian: "), Span.bold("½ ngày"));
 * }</pre>
 *
 * @param text   the characters, NFC, never null (may be empty)
 * @param bold   whether the run is bold on top of its block's own weight
 * @param italic whether the run is italic on top of its block's own slant
 */
public record Span(String text, boolean bold, boolean italic) {
    public Span {
        Objects.requireNonNull(text, "text");
    }

    public static Span plain(String text) {
        return new Span(text, false, false);
    }

    public static Span bold(String text) {
        return new Span(text, true, false);
    }

    public static Span italic(String text) {
        return new Span(text, false, true);
    }
}
