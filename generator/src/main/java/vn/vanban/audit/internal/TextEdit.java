package vn.vanban.audit.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.JAXBElement;

import org.docx4j.XmlUtils;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.Text;

/**
 * Edits a paragraph's text in place across the w:t elements it is split into, keeping every run and
 * its formatting: a span that starts in one run and ends in another is rewritten in the first and
 * cut from the others.
 *
 * <pre>{@code
 * TextEdit e = TextEdit.of(paragraph);
 * e.replace(12, 13, "05");   // offsets in e.text()
 * }</pre>
 */
public final class TextEdit {
    private final List<Text> nodes;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();

    private TextEdit(List<Text> nodes) {
        this.nodes = nodes;
        for (Text t : nodes) {
            starts.add(text.length());
            text.append(t.getValue() == null ? "" : t.getValue());
        }
    }

    public static TextEdit of(P p) {
        List<Text> nodes = new ArrayList<>();
        collect(p.getContent(), nodes);
        return new TextEdit(nodes);
    }

    private static void collect(List<Object> content, List<Text> out) {
        for (Object o : content) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof R r) {
                for (Object c : r.getContent()) {
                    if (c instanceof JAXBElement<?> je && je.getName().getLocalPart().equals("t")
                            && je.getValue() instanceof Text t) {
                        out.add(t);
                    }
                }
            } else if (u instanceof ContentAccessor ca && !(u instanceof RunDel)) {
                collect(ca.getContent(), out);
            }
        }
    }

    /** The paragraph's text as its w:t elements hold it. */
    public String text() {
        return text.toString();
    }

    /** Replaces [start, end) of {@link #text()}; call from the last span to the first. */
    public void replace(int start, int end, String replacement) {
        int first = node(start);
        int last = end > start ? node(end - 1) : first;
        for (int k = first; k <= last; k++) {
            Text t = nodes.get(k);
            String v = t.getValue() == null ? "" : t.getValue();
            int s = starts.get(k);
            int from = Math.max(0, start - s);
            int to = Math.min(v.length(), end - s);
            String nv = v.substring(0, from) + (k == first ? replacement : "") + v.substring(to);
            t.setValue(nv);
            t.setSpace("preserve");
        }
        text.replace(start, end, replacement);
        // Offsets after the edit are stale; the caller edits right to left.
    }

    private int node(int offset) {
        for (int k = nodes.size() - 1; k >= 0; k--) {
            if (starts.get(k) <= offset) {
                return k;
            }
        }
        return 0;
    }
}
