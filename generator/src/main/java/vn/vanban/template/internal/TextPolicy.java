package vn.vanban.template.internal;

import java.text.Normalizer;
import java.util.Objects;

import vn.vanban.text.ToneStyle;

/**
 * What happens to the words of a document as it is read: running text gets the document's one
 * tone-mark style on its common words; names, the header's formulas, signers and literal text
 * ({@code `…`}) stay exactly as typed. It counts what it changed, for the report.
 *
 * <pre>{@code
 * TextPolicy p = TextPolicy.of(Settings.ToneMarks.OLD);
 * p.running("hoà giải, Thuý Hoà");   // "hòa giải, Thuý Hoà"
 * p.changed();                       // 1
 * }</pre>
 *
 * <p>One instance per document; not shared between threads.
 */
public final class TextPolicy {
    private final ToneStyle style;
    private int changed;
    private String first;

    private TextPolicy(ToneStyle style) {
        this.style = style;
    }

    /** The policy of a tone-mark setting. */
    public static TextPolicy of(vn.vanban.event.Settings.ToneMarks marks) {
        Objects.requireNonNull(marks, "marks");
        return new TextPolicy(switch (marks) {
            case OLD -> ToneStyle.OLD;
            case NEW -> ToneStyle.NEW;
            case KEEP -> null;
        });
    }

    /** Running text: the style applies to its words in lower case. */
    public String running(String text) {
        if (style == null) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        ToneStyle.Result r = style.convertCommonWords(text);
        changed += r.changed();
        if (first == null) {
            first = r.first();
        }
        return r.text();
    }

    /** Fixed text (the header, the signer, literal text): NFC, nothing else. */
    public String fixed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** How many words the style changed so far. */
    public int changed() {
        return changed;
    }

    /** The first change, as "hoà → hòa", or null. */
    public String firstChange() {
        return first;
    }
}
