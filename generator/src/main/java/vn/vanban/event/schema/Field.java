package vn.vanban.event.schema;

import java.util.Objects;

/**
 * A named field of an event-file object.
 *
 * @param name        the key, Vietnamese without diacritics, e.g. {@code trich_yeu}
 * @param type        its type
 * @param required    whether it must be present
 * @param description what it is, with an example; shown in error hints and in the JSON Schema
 */
public record Field(String name, FieldType type, boolean required, String description) {
    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(description);
    }

    public static Field req(String name, FieldType type, String description) {
        return new Field(name, type, true, description);
    }

    public static Field opt(String name, FieldType type, String description) {
        return new Field(name, type, false, description);
    }
}
