package vn.vanban.event.schema;

import java.util.List;

/**
 * The type of a field of the event file. One definition serves validation, the values templates
 * see, and the published JSON Schema.
 */
public sealed interface FieldType {

    /** One line of text. */
    record Text() implements FieldType {
    }

    /**
     * Text an officer writes, in vanban's small markup: paragraphs separated by blank lines,
     * {@code - } and {@code + } list items, {@code 1.} / {@code a)} numbered paragraphs (numbers are
     * recomputed), {@code **bold**}, {@code *italic*}.
     */
    record Markup() implements FieldType {
    }

    /** A whole number between min and max. */
    record Int(long min, long max) implements FieldType {
    }

    /** true or false. */
    record Bool() implements FieldType {
    }

    /** A date; {@code partial} allows {@code 12/2024} and {@code 2024} for drafts. */
    record Date(boolean partial) implements FieldType {
    }

    /** One of fixed values. */
    record Choice(List<String> values) implements FieldType {
        public Choice {
            values = List.copyOf(values);
        }
    }

    /** A line, or a list of lines (header lines in capitals). */
    record Lines() implements FieldType {
    }

    /** A list of items of one type, at least {@code min} of them. */
    record ListOf(FieldType item, int min) implements FieldType {
    }

    /** An object with known fields; any other key is an error. */
    record Obj(List<Field> fields) implements FieldType {
        public Obj {
            fields = List.copyOf(fields);
        }

        public Field field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
