package vn.vanban.template;

import java.util.List;
import java.util.Map;

import vn.vanban.event.EventFile;
import vn.vanban.event.Settings;
import vn.vanban.text.ToneStyle;

/**
 * What the document's tone-mark style changes in the officer's own text: how many words, and the
 * first, so that the change is never silent. Names, places and agencies (words with a capital)
 * are never changed, so they never count.
 *
 * <pre>{@code
 * ToneReport.of(ev).ifPresent(note -> err.println(ev.path() + ": " + note));
 * }</pre>
 */
public final class ToneReport {
    private ToneReport() {
    }

    /** A one-line note, or empty when the style changes nothing (or is "giu"). */
    public static java.util.Optional<String> of(EventFile ev) {
        Settings.ToneMarks marks = Settings.of(ev.data()).toneMarks();
        if (marks == Settings.ToneMarks.KEEP) {
            return java.util.Optional.empty();
        }
        ToneStyle style = marks == Settings.ToneMarks.OLD ? ToneStyle.OLD : ToneStyle.NEW;
        int[] changed = {0};
        String[] first = {null};
        walk(ev.data(), style, changed, first);
        if (changed[0] == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("kieu_dau: " + changed[0] + " word" + (changed[0] == 1 ? "" : "s") + " of your text set in the "
                + (style == ToneStyle.OLD ? "old style (hòa, thủy)" : "new style (hoà, thuỷ)") + ", first " + first[0]
                + "; words with a capital letter and `literal` text are kept as typed (kieu_dau: giu keeps every word).");
    }

    private static void walk(Object o, ToneStyle style, int[] changed, String[] first) {
        if (o instanceof String s) {
            ToneStyle.Result r = style.convertCommonWords(literalFree(s));
            changed[0] += r.changed();
            if (first[0] == null && r.first() != null) {
                first[0] = r.first();
            }
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, style, changed, first));
        } else if (o instanceof List<?> l) {
            l.forEach(v -> walk(v, style, changed, first));
        }
    }

    /** The text without its `literal` parts, which the style never touches. */
    private static String literalFree(String s) {
        return s.indexOf('`') < 0 ? s : s.replaceAll("`[^`]*`", " ");
    }
}
