package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.vanban.doc.Document;
import vn.vanban.doc.Span;
import vn.vanban.style.FontFace;

/**
 * The {@link LineBreaker} and the {@link Balancer} set exactly the lines, words and widths of the
 * ones before them ({@link LineBreakerOracle}, {@link BalancerOracle}), to the last bit of every
 * double, and their pieces draw the same text: on every span list and string of
 * the examples' documents at many widths, and on random runs with repeated spaces, no-break
 * spaces, word joiners, surrogate pairs, empty runs and words wider than the line.
 */
class LineBreakerOracleTest {
    private static final TextMeasurer M = TextMeasurer.standard();
    private static final LineBreaker NEW = new LineBreaker(M);
    private static final LineBreakerOracle OLD = new LineBreakerOracle(M);
    private static final Balancer NEW_BALANCER = new Balancer(NEW);
    private static final BalancerOracle OLD_BALANCER = new BalancerOracle(OLD);
    private static final double[] WIDTHS = {3, 20, 45.5, 100, 187.3, 250, 431.7, 467.7, 700};

    @Test
    void theExamplesBreakAsTheOracle() throws Exception {
        List<List<TextRun>> texts = new ArrayList<>();
        for (Document d : ExampleModels.documents()) {
            ExampleModels.walk(d, value -> runs(value, texts));
        }
        for (List<TextRun> runs : texts) {
            compare(runs);
        }
        assertTrue(texts.size() > 1000, texts.size() + " texts");
    }

    @Test
    void randomRunsBreakAsTheOracle() {
        String[] pieces = {" ", " ", " ", "  ", "   ", "\u00A0", "\u2060", " \u2060", "a", "Đại", "hội", "thi", "đua", "2025",
            "-", "/", "https://thiduakhenthuong.binhphuoc.gov.vn/van-ban/ke-hoach", "😀", "𝐀", "\u0301", "ỮỂỖ", "W", "i", ".",
            "VÀ", "Của", "theo", "GIAI", "gİai", "ĐỐI", "Bình", "Phước,", "ĐOẠN;", "tới"};
        FontFace[] faces = FontFace.values();
        double[] sizes = {11, 13, 14, 7.5};
        SplittableRandom rnd = new SplittableRandom(7_5);
        for (int i = 0; i < 20_000; i++) {
            List<TextRun> runs = new ArrayList<>();
            int n = rnd.nextInt(1, 4);
            for (int r = 0; r < n; r++) {
                StringBuilder b = new StringBuilder();
                int k = rnd.nextInt(0, 12);
                for (int p = 0; p < k; p++) {
                    b.append(pieces[rnd.nextInt(pieces.length)]);
                }
                String text = rnd.nextBoolean() ? Joins.apply(b.toString()) : b.toString();
                runs.add(new TextRun(text, faces[rnd.nextInt(faces.length)], sizes[rnd.nextInt(sizes.length)]));
            }
            compare(runs);
        }
    }

    private static void compare(List<TextRun> runs) {
        String what = runs.toString();
        for (double w : WIDTHS) {
            assertSame(OLD_BALANCER.lines(runs, w), NEW_BALANCER.lines(runs, w), what + " balanced at " + w);
            assertSame(OLD.lines(runs, w, w), NEW.lines(runs, w, w), what + " at " + w);
            assertSame(OLD.lines(runs, w * 0.8, w), NEW.lines(runs, w * 0.8, w), what + " at " + w * 0.8 + ", " + w);
        }
        List<LineBreakerOracle.Measured> old = OLD.measure(runs);
        List<LineBreaker.Measured> now = NEW.measure(runs);
        assertEquals(old.size(), now.size(), what);
        for (int i = 0; i < old.size(); i++) {
            assertEquals(old.get(i).text(), now.get(i).text(), what);
            assertEquals(old.get(i).width(), now.get(i).width(), 0, what);
            assertEquals(old.get(i).glue(), now.get(i).glue(), 0, what);
        }
        assertEquals(OLD.width(runs), NEW.width(runs), 0, what);
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < old.size(); i += 3) {
            breaks.add(i);
        }
        assertSame(OLD.linesAt(runs, breaks), NEW.linesAt(runs, breaks), what + " broken at " + breaks);
    }

    /**
     * The same lines: every number to the bit, every piece's own run, and what the PDF draws for
     * it (its plain text and the spaces after it) as the page layout drew it from the oracle's.
     */
    private static void assertSame(List<LineBreakerOracle.OldLine> old, List<Line> now, String what) {
        assertEquals(old.size(), now.size(), what);
        for (int l = 0; l < old.size(); l++) {
            LineBreakerOracle.OldLine a = old.get(l);
            Line b = now.get(l);
            assertEquals(List.of(a.width(), a.gaps(), a.last(), a.pieces().size()),
                    List.of(b.width(), b.gaps(), b.last(), b.pieces().size()), what + " line " + l);
            for (int k = 0; k < a.pieces().size(); k++) {
                LineBreakerOracle.Piece p = a.pieces().get(k);
                Line.Piece q = b.pieces().get(k);
                assertEquals(new LineBreakerOracle.Piece(q.run(), q.x(), q.width(), q.spaceBefore(), q.spaces()), p, what);
                int after = k + 1 < a.pieces().size() && a.pieces().get(k + 1).spaceBefore() ? a.pieces().get(k + 1).spaces() : 0;
                assertEquals(Joins.plain(p.run().text()) + " ".repeat(after), q.drawn(after), what);
                assertEquals(Joins.plain(p.run().text()) + " ".repeat(k + 2), q.drawn(k + 2), what);
            }
        }
    }

    /**
     * A span list as runs in two faces and sizes, a string as one run; false for any other value
     * (the walk goes on inside it).
     */
    private static boolean runs(Object value, List<List<TextRun>> out) {
        if (value instanceof String s) {
            out.add(List.of(new TextRun(Joins.apply(s), FontFace.BOLD, 14)));
            return true;
        }
        if (value instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Span) {
            List<TextRun> regular = new ArrayList<>();
            List<TextRun> small = new ArrayList<>();
            for (Object o : items) {
                Span s = (Span) o;
                regular.add(new TextRun(Joins.apply(s.text()), FontFace.of(s.bold(), s.italic()), 14));
                small.add(new TextRun(Joins.apply(s.text()), FontFace.of(!s.bold(), true), 11));
            }
            out.add(regular);
            out.add(small);
            return true;
        }
        return false;
    }
}
