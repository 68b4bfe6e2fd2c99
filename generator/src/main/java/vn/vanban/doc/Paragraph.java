package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of text.
 *
 * <p>A numbered paragraph (a khoản or điểm without a title, {@code "1. Đối với Hội nghị cấp xã: …"})
 * carries its computed {@code label}, printed before the text with one space.
 *
 * @param kind    what the paragraph is, which decides its style
 * @param label   the computed number ({@code "1."}, {@code "a)"}) or null
 * @param content the text
 */
public record Paragraph(Kind kind, String label, List<Span> content) implements Block {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
    }

    public static Paragraph body(List<Span> content) {
        return new Paragraph(Kind.BODY, null, content);
    }

    /** Paragraph kinds; each maps to one named style in the DOCX. */
    public enum Kind {
        /** Nội dung: justified, first-line indent, body size. */
        BODY,
        /** Căn cứ ban hành: italic, one basis per paragraph. */
        BASIS,
        /** A centred line, e.g. a line of an event title quoted in the text. */
        CENTERED,
        /** A closing note after the content, e.g. "Lưu ý:", flush with the body. */
        NOTE
    }
}
