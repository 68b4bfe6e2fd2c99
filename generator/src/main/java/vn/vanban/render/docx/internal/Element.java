package vn.vanban.render.docx.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One WordprocessingML element being built: its attributes in the order they were first set, its
 * children in the order the schema requires ({@link ChildOrder}), whatever order they were added
 * in; a paragraph's {@code w:keepNext} added after its {@code w:spacing} still comes before it.
 * Only the elements a part needs are kept, so writing a part is one walk over this tree.
 *
 * <pre>{@code
 * Element p = body.add("w:p");
 * p.getOrAdd("w:pPr").add("w:pStyle").set("w:val", "VanBan");
 * p.add("w:r").add("w:t").text("Kính gửi: ...");
 * }</pre>
 */
final class Element {
    private static final String[] NO_ATTRIBUTES = {};

    private final String name;
    /** Name, value, name, value, … in the order each name was first set. */
    private String[] attributes = NO_ATTRIBUTES;
    private int attributeCount;
    private List<Element> children;
    private String text;

    Element(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** A new child, placed where the schema puts an element of that name among the children so far. */
    Element add(String child) {
        Element e = new Element(child);
        if (children == null) {
            children = new ArrayList<>(4);
        }
        int rank = ChildOrder.rank(name, child);
        int at = children.size();
        // Usually appended: walk back only over children that must come after the new one.
        while (at > 0 && ChildOrder.rank(name, children.get(at - 1).name) > rank) {
            at--;
        }
        children.add(at, e);
        return e;
    }

    /** The first child of that name, or null. */
    Element first(String child) {
        if (children != null) {
            for (Element e : children) {
                if (e.name.equals(child)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The first child of that name, added if there is none. */
    Element getOrAdd(String child) {
        Element e = first(child);
        return e != null ? e : add(child);
    }

    /** Whether a child of that name exists. */
    boolean has(String child) {
        return first(child) != null;
    }

    /** The children of that name, in order. */
    List<Element> all(String child) {
        List<Element> out = new ArrayList<>();
        if (children != null) {
            for (Element e : children) {
                if (e.name.equals(child)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Sets an attribute; one set before keeps its place. */
    Element set(String attribute, String value) {
        for (int i = 0; i < attributeCount; i += 2) {
            if (attributes[i].equals(attribute)) {
                attributes[i + 1] = value;
                return this;
            }
        }
        if (attributeCount == attributes.length) {
            attributes = java.util.Arrays.copyOf(attributes, Math.max(8, attributes.length * 2));
        }
        attributes[attributeCount++] = attribute;
        attributes[attributeCount++] = value;
        return this;
    }

    /** Sets a numeric attribute (twips, half-points, eighths of a point). */
    Element set(String attribute, long value) {
        return set(attribute, Long.toString(value));
    }

    /** The text content (of a {@code w:t} or {@code w:instrText}); an element has text or children. */
    Element text(String value) {
        this.text = value;
        return this;
    }

    /** Writes the element and everything under it. */
    void writeTo(Appendable out) {
        writeTo(out, "");
    }

    /** Writes the element with {@code declarations} (namespace attributes) in its start tag: a part's root. */
    void writeTo(Appendable out, String declarations) {
        try {
            write(out, declarations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Appendable out, String declarations) throws IOException {
        out.append('<').append(name).append(declarations);
        for (int i = 0; i < attributeCount; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            Xml.escapeAttribute(attributes[i + 1], out);
            out.append('"');
        }
        if (text == null && (children == null || children.isEmpty())) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (text != null) {
            Xml.escapeText(text, out);
        } else {
            for (Element child : children) {
                child.write(out, "");
            }
        }
        out.append("</").append(name).append('>');
    }
}
