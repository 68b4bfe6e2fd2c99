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
 * @param form     the form it follows ({@code "Mẫu 1.4"}), or a note beginning
 *                 {@value #NOT_ND30} for a paper outside ND30's forms (the delegates' agenda); empty
 *                 when not known. The DOCX carries it as its category, which {@code audit} reads.
 */
public record Metadata(String title, String subject, String author, String language, LocalDate date,
                       SizeProfile profile, String form) {
    /** How a form note begins when the document follows no ND30 form on purpose. */
    public static final String NOT_ND30 = "không theo ND30";

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(form, "form");
    }

    /** Metadata with no form named. */
    public Metadata(String title, String subject, String author, String language, LocalDate date,
                    SizeProfile profile) {
        this(title, subject, author, language, date, profile, "");
    }

    /** Metadata of a document in the default 13/14 profile. */
    public Metadata(String title, String subject, String author, String language, LocalDate date) {
        this(title, subject, author, language, date, SizeProfile.P13_14);
    }
}
