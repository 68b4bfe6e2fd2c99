package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * Tên loại and trích yếu (ô 5a), centred, with a short rule under the trích yếu.
 *
 * @param documentType the type name in capitals, e.g. {@code "KẾ HOẠCH"}
 * @param subject      the trích yếu lines (bold, sentence case); one string per forced line,
 *                     usually one long line that wraps
 */
public record TitleBlock(String documentType, List<String> subject) implements Block {
    public TitleBlock {
        Objects.requireNonNull(documentType, "documentType");
        subject = List.copyOf(subject);
    }
}
