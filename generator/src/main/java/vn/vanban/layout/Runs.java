package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.doc.Span;
import vn.vanban.style.FontFace;
import vn.vanban.style.TextStyle;

/**
 * The text of a block as {@link TextRun}s: the computed label, then the spans, each in the face
 * its role and its emphasis give, with the units a line must not split joined ({@link Joins}).
 *
 * <pre>{@code
 * List<TextRun> runs = Runs.of(style.text(Role.BODY), "1.", paragraph.content());
 * }</pre>
 */
public final class Runs {
    private Runs() {
    }

    /** {@code label + " "} (when there is a label) and the spans. */
    public static List<TextRun> of(TextStyle ts, String label, List<Span> spans) {
        List<TextRun> out = new ArrayList<>(spans.size() + 1);
        if (label != null && !label.isEmpty()) {
            out.add(new TextRun(spans.isEmpty() ? label : label + " ", face(ts, false, false), ts.sizePt()));
        }
        for (Span s : spans) {
            if (!s.text().isEmpty()) {
                out.add(new TextRun(Joins.apply(s.text()), face(ts, s.bold(), s.italic()), ts.sizePt()));
            }
        }
        return out;
    }

    /** One plain string in the role's face. */
    public static List<TextRun> of(TextStyle ts, String text) {
        return text.isEmpty() ? List.of() : List.of(new TextRun(Joins.apply(text), face(ts, false, false), ts.sizePt()));
    }

    /**
     * One plain string exactly as written, no joins: for the header's lines (agency, số, date,
     * Quốc hiệu, Tiêu ngữ), which the header plan has already fitted to their columns, so that
     * their text stays the plain text a checker or a search expects.
     */
    public static List<TextRun> asWritten(TextStyle ts, String text) {
        return text.isEmpty() ? List.of() : List.of(new TextRun(text, face(ts, false, false), ts.sizePt()));
    }

    /** The face of a span in a role: the role's weight and slant, plus the span's. */
    public static FontFace face(TextStyle ts, boolean bold, boolean italic) {
        return FontFace.of(ts.bold() || bold, ts.italic() || italic);
    }
}
