package vn.vanban.doc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about itself: written into the DOCX core properties and the PDF info.
 *
 * @param title    e.g. {@code "Kế hoạch 293/KH-UBND"}
 * @param subject  the trích yếu
 * @param author   the issuing agency
 * @param language BCP 47 tag, {@code "vi-VN"}
 * @param date     the document's date; it is also every timestamp in the files, so the same input
 *                 gives the same bytes
 */
public record Metadata(String title, String subject, String author, String language, LocalDate date) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
    }
}
