package vn.vanban.render.print.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.vanban.layout.FontMetrics;
import vn.vanban.layout.PhrasePenalties;
import vn.vanban.render.print.Cmyk;
import vn.vanban.render.print.PrintException;
import vn.vanban.render.print.PrintFont;
import vn.vanban.text.VietnameseCase;

/**
 * Fits a text to a box from the ink of its real glyph outlines: picks the line breaks (at phrase
 * boundaries) and the size that make the text largest, then centres every line by its ink, with
 * the lines spaced so that the marks of one never reach the next.
 *
 * <pre>{@code
 * List<Element.Text> lines = Fitter.fit(request, box);   // throws when even minSize does not fit
 * }</pre>
 */
public final class Fitter {
    /** Baseline-to-baseline at least this many times the size. */
    private static final double LEADING = 1.12;
    /** Clear space between the ink of two lines, as a fraction of the size. */
    private static final double GAP = 0.10;
    /**
     * Every measurement is made at this size and scaled: Java hints outlines at small sizes (a 7 pt
     * line is measured as 7 pixels), which the PDF does not; at 1000 pt hinting is negligible.
     */
    static final double REF = 1000;
    /** Cap on the number of break combinations tried (long slogans). */
    private static final int MAX_WORDS_FOR_SEARCH = 60;

    private Fitter() {
    }

    /**
     * A text to fit.
     *
     * @param what       names the text in messages, e.g. {@code "the event's name (su_kien.ten)"}
     * @param field      the event-file key, or empty
     * @param text       running-text case
     * @param upper      print in capitals
     * @param face       the font
     * @param color      the ink
     * @param maxLines   most lines allowed
     * @param minSize    below this the text is refused, points
     * @param maxSize    never larger than this, points
     * @param upsideDown turned 180° in its box
     * @param valign     where the lines sit in a box taller than they need: 0 bottom, 0.5 centre, 1 top
     */
    public record Request(String what, String field, String text, boolean upper, PrintFont.Face face, Cmyk color,
                          int maxLines, double minSize, double maxSize, boolean upsideDown, double valign) {
        public Request(String what, String field, String text, boolean upper, PrintFont.Face face, Cmyk color,
                       int maxLines, double minSize, double maxSize, boolean upsideDown) {
            this(what, field, text, upper, face, color, maxLines, minSize, maxSize, upsideDown, 0.5);
        }

        public Request withMaxSize(double s) {
            return new Request(what, field, text, upper, face, color, maxLines, minSize, Math.min(maxSize, s), upsideDown, valign);
        }

        public Request aligned(double v) {
            return new Request(what, field, text, upper, face, color, maxLines, minSize, maxSize, upsideDown, v);
        }
    }

    /** The fitted lines: each an {@link Element.Text} whose glyphs stay inside {@code box}. */
    public record Result(List<Element.Text> lines, double size) {
    }

    /** Fits {@code r} into {@code box}. */
    public static Result fit(Request r, Element.Box box) throws PrintException {
        String text = Normalizer.normalize(r.text(), Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw new PrintException(r.field(), r.what() + " is empty: write the text, or leave the item out");
        }
        String shownText = r.upper() ? VietnameseCase.upper(text) : text;
        int missing = r.face().metrics().firstMissing(shownText);
        if (missing >= 0) {
            throw new PrintException(r.field(), String.format(Locale.ROOT, "%s \"%s\" has U+%04X '%s', which font %s cannot draw:"
                    + " replace the character or choose another font", r.what(), shownText, missing, new String(Character.toChars(missing)),
                    r.face().name()));
        }
        List<String> words = Arrays.asList(text.split("\\s+"));
        List<String> printed = new ArrayList<>(words.size());
        for (String w : words) {
            printed.add(r.upper() ? VietnameseCase.upper(w) : w);
        }
        int[] penalty = PhrasePenalties.penalties(words);
        FontMetrics fm = r.face().metrics();
        Map<Long, FontMetrics.Ink> inks = new HashMap<>();
        Candidate best = null;
        Candidate largest = null;
        int maxLines = words.size() > MAX_WORDS_FOR_SEARCH ? 1 : Math.min(r.maxLines(), words.size());
        for (int lines = 1; lines <= maxLines; lines++) {
            int[] breaks = new int[lines - 1];
            for (Candidate c : combinations(words.size(), breaks, 0, 0, penalty, printed, fm, inks, box, r)) {
                if (largest == null || c.size > largest.size) {
                    largest = c;
                }
                // A ceiling set by a larger line (the title) below the minimum wins: the line follows the title.
                if (c.size >= Math.min(r.minSize(), r.maxSize()) && (best == null || c.score > best.score)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            String shown = r.upper() ? VietnameseCase.upper(text) : text;
            throw new PrintException(r.field(), String.format(Locale.ROOT,
                    "%s \"%s\" does not fit its box (%.0f × %.0f mm) even at the smallest size allowed, %.1f pt (%.1f mm type), on up to %d line%s;"
                            + " the largest it fits at is %.1f pt: shorten the text or make the item larger",
                    r.what(), shown, box.width() / Units.PT_PER_MM, box.height() / Units.PT_PER_MM, r.minSize(),
                    r.minSize() / Units.PT_PER_MM, maxLines, maxLines == 1 ? "" : "s", largest == null ? 0 : largest.size));
        }
        return place(best, r, box);
    }

    private record Candidate(List<String> lines, double size, double score) {
    }

    private static List<Candidate> combinations(int n, int[] breaks, int k, int from, int[] penalty, List<String> printed,
                                                FontMetrics fm, Map<Long, FontMetrics.Ink> inks, Element.Box box, Request r) {
        List<Candidate> out = new ArrayList<>();
        if (k == breaks.length) {
            out.add(evaluate(n, breaks, penalty, printed, fm, inks, box, r));
            return out;
        }
        for (int i = from; i < n - 1 - (breaks.length - k - 1); i++) {
            if (penalty[i] == PhrasePenalties.FORBIDDEN) {
                continue;
            }
            breaks[k] = i;
            out.addAll(combinations(n, breaks, k + 1, i + 1, penalty, printed, fm, inks, box, r));
        }
        return out;
    }

    private static Candidate evaluate(int n, int[] breaks, int[] penalty, List<String> printed, FontMetrics fm,
                                      Map<Long, FontMetrics.Ink> inks, Element.Box box, Request r) {
        List<String> lines = new ArrayList<>();
        List<FontMetrics.Ink> ink = new ArrayList<>();
        int start = 0;
        int cost = 0;
        for (int b = 0; b <= breaks.length; b++) {
            int end = b < breaks.length ? breaks[b] + 1 : n;
            String line = String.join(" ", printed.subList(start, end));
            lines.add(line);
            long key = ((long) start << 32) | end;
            ink.add(inks.computeIfAbsent(key, x -> fm.ink(line, REF)));
            if (b < breaks.length) {
                cost += penalty[breaks[b]];
            }
            start = end;
        }
        double widest = 0;
        for (FontMetrics.Ink i : ink) {
            widest = Math.max(widest, i.width());
        }
        double height = stackHeight(ink, REF);
        double size = Math.min(r.maxSize(), Math.min(box.width() * REF / widest, box.height() * REF / height));
        double score = size * Math.exp(-0.05 * cost) * (1 - 0.04 * (lines.size() - 1));
        return new Candidate(lines, size, score);
    }

    private static FontMetrics.Ink scaled(FontMetrics.Ink i, double f) {
        return new FontMetrics.Ink(i.left() * f, i.right() * f, i.above() * f, i.below() * f);
    }

    /** Ink height of a stack of lines at {@code size}, given their ink at that size. */
    private static double stackHeight(List<FontMetrics.Ink> ink, double size) {
        double pitch = pitch(ink, size);
        return ink.get(0).above() + (ink.size() - 1) * pitch + ink.get(ink.size() - 1).below();
    }

    private static double pitch(List<FontMetrics.Ink> ink, double size) {
        double pitch = LEADING * size;
        for (int i = 0; i + 1 < ink.size(); i++) {
            pitch = Math.max(pitch, ink.get(i).below() + ink.get(i + 1).above() + GAP * size);
        }
        return pitch;
    }

    /** Positions the lines at the chosen size, measured again at that size and shrunk if rounding demands. */
    private static Result place(Candidate c, Request r, Element.Box box) {
        FontMetrics fm = r.face().metrics();
        double size = c.size;
        while (true) {
            List<FontMetrics.Ink> ink = new ArrayList<>();
            double widest = 0;
            for (String line : c.lines) {
                FontMetrics.Ink i = scaled(fm.ink(line, REF), size / REF);
                ink.add(i);
                widest = Math.max(widest, i.width());
            }
            double height = stackHeight(ink, size);
            // 0.1 % of room kept free: PDF coordinates and widths are rounded when written.
            if (widest > box.width() * 0.999 || height > box.height() * 0.999) {
                size *= 0.995;
                continue;
            }
            double pitch = pitch(ink, size);
            double cx = box.x() + box.width() / 2;
            double cy = box.y() + box.height() / 2;
            // The ink block placed in the box's spare height by valign; baselines counted from its top.
            double top = box.y() + height + (box.height() - height) * r.valign();
            List<Element.Text> out = new ArrayList<>();
            for (int k = 0; k < c.lines.size(); k++) {
                FontMetrics.Ink i = ink.get(k);
                double baseline = top - ink.get(0).above() - k * pitch;
                double x = cx - (i.left() + i.right()) / 2;
                if (r.upsideDown()) {
                    // Turned about the box centre: the pen point mirrors, the text reads from the other side.
                    double bx = 2 * cx - x;
                    double by = 2 * cy - baseline;
                    out.add(new Element.Text(c.lines.get(k), r.face(), size, bx, by, r.color(), true, box));
                } else {
                    out.add(new Element.Text(c.lines.get(k), r.face(), size, x, baseline, r.color(), false, box));
                }
            }
            return new Result(out, size);
        }
    }
}
