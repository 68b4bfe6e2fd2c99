package vn.vanban.doc;

import java.time.LocalDate;
import java.util.Objects;

import vn.vanban.style.SizeProfile;

/**
 * What a document says about itself: written into the DOCX core properties and the PDF info.
 *
 * @param title    e.g. {@code "Kế hoạch 293/KH-UBND"}
 * @param subject  the trích yếu
 * @param author   the issuing agency
 * @param language BCP 47 tag, {@code "vi-VN"}
 * @param date     the document's date; it is also every timestamp in the files, so the same input
 *                 gives the same bytes
 * @param profile  the ND30 size profile the document is set in (13/14 or 12/13): it travels with
 *                 the document, so every renderer sets it the same way without being told
 */
public record Metadata(String title, String subject, String author, String language, LocalDate date,
                       SizeProfile profile) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(profile, "profile");
    }

    /** Metadata of a document in the default 13/14 profile. */
    public Metadata(String title, String subject, String author, String language, LocalDate date) {
        this(title, subject, author, language, date, SizeProfile.P13_14);
    }
}
