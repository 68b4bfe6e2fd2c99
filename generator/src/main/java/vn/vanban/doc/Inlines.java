package vn.vanban.doc;

import java.util.List;

/** Helpers over lists of {@link Span}s. */
public final class Inlines {
    private Inlines() {
    }

    /** The plain text of the spans, emphasis dropped: {@code text(List.of(plain("a "), bold("b")))} is {@code "a b"}. */
    public static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** One plain span, or an empty list for an empty string. */
    public static List<Span> of(String text) {
        return text.isEmpty() ? List.of() : List.of(Span.plain(text));
    }
}
