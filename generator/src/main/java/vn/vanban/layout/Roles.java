package vn.vanban.layout;

import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Paragraph;
import vn.vanban.style.Role;

/**
 * The role of each content block: which named style the DOCX gives it and how the PDF sets it.
 *
 * <pre>{@code
 * Role r = Roles.of(paragraph);   // Role.BODY, Role.BASIS …
 * }</pre>
 */
public final class Roles {
    private Roles() {
    }

    public static Role of(Paragraph p) {
        return switch (p.kind()) {
            case BODY -> Role.BODY;
            case BASIS -> Role.BASIS;
            case CENTERED -> Role.CENTERED;
            case NOTE -> Role.NOTE;
        };
    }

    public static Role of(ListItem item) {
        return item.depth() == 1 ? Role.LIST_1 : Role.LIST_2;
    }

    /** The role of a heading's numbered line (for a Phần: its title; the label is {@link Role#PART_LABEL}). */
    public static Role of(Heading h) {
        return switch (h.level()) {
            case PART -> Role.PART_TITLE;
            case SECTION -> Role.SECTION_HEADING;
            case CLAUSE -> Role.CLAUSE_HEADING;
            case POINT -> Role.POINT_HEADING;
        };
    }
}
