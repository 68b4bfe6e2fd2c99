package vn.vanban.template.internal;

import java.util.EnumMap;
import java.util.Map;

import vn.vanban.doc.Heading.Level;
import vn.vanban.text.Numerals;

/**
 * Computes the numbers of the Phần–Mục layout from nesting (nd30.md §1.5): a Phần is "Phần thứ
 * nhất", a Mục I., II., a Khoản 1., 2., an Điểm a), b); each container counts its own children, so
 * a typed "I, II, IV" comes out I, II, III.
 *
 * <pre>{@code
 * Numbering n = new Numbering();
 * n.next(Level.SECTION);            // "I."
 * Numbering inner = n.inner();      // numbers inside that Mục start again
 * }</pre>
 */
final class Numbering {
    private final Map<Level, Integer> next = new EnumMap<>(Level.class);

    /** The label of the next heading or numbered paragraph of this level in this container. */
    String next(Level lv) {
        return label(lv, next.merge(lv, 1, Integer::sum));
    }

    /** The counters of a new container (a heading's children, a phụ lục). */
    Numbering inner() {
        return new Numbering();
    }

    /** The level of a numbered paragraph ({@code <n>}) inside a container of {@code depth} (0: the document). */
    static Level below(int depth) {
        Level[] all = Level.values();
        return all[Math.min(Math.max(depth, 1), all.length - 1)];
    }

    static String label(Level lv, int n) {
        return switch (lv) {
            case PART -> "Phần " + Numerals.partOrdinal(n);
            case SECTION -> Numerals.roman(n) + ".";
            case CLAUSE -> n + ".";
            case POINT -> Numerals.pointLetter(n) + ")";
        };
    }
}
