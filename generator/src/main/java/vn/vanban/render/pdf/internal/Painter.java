package vn.vanban.render.pdf.internal;

import vn.vanban.layout.page.Mark;
import vn.vanban.layout.page.Page;
import vn.vanban.style.FontFace;

/**
 * Writes the content stream of laid-out pages: each run of text marks inside one text object,
 * each line of words in one face shown with one TJ array whose adjustments put every word at its
 * laid-out x, each stroke as a black line. It decides nothing: every position comes from the
 * layout layer.
 *
 * <pre>{@code
 * Painter painter = new Painter(fonts);
 * PdfBuffer content = painter.paint(page);   // reused for the next page
 * int faces = painter.facesOnPage();          // bit per FontFace ordinal
 * }</pre>
 *
 * <p>The pen advances by the integer /W widths, as a viewer's does, so the adjustments land each
 * word where the layout put it. Belongs to one rendering.
 */
final class Painter {
    /** Gaps smaller than this (points) need no adjustment. */
    private static final double SAME_X = 0.0005;
    /** How far a word may start left of the pen and still continue the line (points). */
    private static final double OVERLAP = 0.01;

    private final DocumentFonts fonts;
    private final PdfBuffer out = new PdfBuffer(32 * 1024);
    private int facesOnPage;

    /** Text state of the page being written. */
    private boolean inText;
    private FontFace face;
    private double size;
    private double lineWidth;

    /** The line being shown: its face's glyphs, baseline, and where its last word ends (points). */
    private UsedGlyphs glyphs;
    private double baseline;
    private double pen;
    private boolean inLine;

    Painter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The content stream of {@code page}; the buffer is reused by the next call. */
    PdfBuffer paint(Page page) {
        out.clear();
        facesOnPage = 0;
        inText = false;
        face = null;
        lineWidth = -1;
        double h = page.geometry().height();
        for (Mark m : page.marks()) {
            switch (m) {
                case Mark.Text t -> {
                    if (inLine && continues(t)) {
                        word(t);
                    } else {
                        endLine();
                        startLine(t, h);
                    }
                }
                case Mark.Stroke s -> {
                    endLine();
                    endText();
                    stroke(s, h);
                }
            }
        }
        endLine();
        endText();
        return out;
    }

    /** The faces the last page drew with, one bit per {@link FontFace#ordinal()}. */
    int facesOnPage() {
        return facesOnPage;
    }

    /** Whether {@code t} goes on in the current line: same face, size and baseline, further right. */
    private boolean continues(Mark.Text t) {
        return t.face() == face && t.sizePt() == size && t.baseline() == baseline && t.x() >= pen - OVERLAP;
    }

    private void startLine(Mark.Text t, double pageHeight) {
        if (!inText) {
            out.ascii("BT\n");
            inText = true;
        }
        if (t.face() != face || t.sizePt() != size) {
            face = t.face();
            size = t.sizePt();
            glyphs = fonts.use(face);
            facesOnPage |= 1 << face.ordinal();
            out.ascii("/F").integer(fonts.resource(face)).append((byte) ' ').number((float) size).ascii(" Tf\n");
        }
        // Absolute and rounded as single floats, as earlier versions wrote them: a relative move
        // would add a viewer's rounding error, enough to shift a glyph by a sub-pixel step.
        out.ascii("1 0 0 1 ").number((float) t.x()).append((byte) ' ').number((float) (pageHeight - t.baseline()))
                .ascii(" Tm\n[(");
        baseline = t.baseline();
        inLine = true;
        pen = t.x() + glyphs(t.text());
    }

    private void word(Mark.Text t) {
        double gap = t.x() - pen;
        if (Math.abs(gap) > SAME_X) {
            // TJ numbers are thousandths of the font size, positive to the left.
            out.append((byte) ')').number((float) (-gap * 1000 / size)).append((byte) '(');
        }
        pen = t.x() + glyphs(t.text());
    }

    /**
     * Shows the glyphs of {@code text} and returns their advance in points, computed in single
     * floats from the integer widths as earlier versions did: the pen, and so every adjustment and
     * every glyph's position, stays exactly where those versions put it.
     */
    private float glyphs(String text) {
        int units = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            int code = glyphs.code(cp);
            if (code > 0) {
                out.glyphCode(code);
                units += glyphs.width(code);
            }
        }
        return units * 0.001f * (float) size;
    }

    private void endLine() {
        if (inLine) {
            out.ascii(")]TJ\n");
            inLine = false;
        }
    }

    private void endText() {
        if (inText) {
            out.ascii("ET\n");
            inText = false;
        }
    }

    private void stroke(Mark.Stroke s, double pageHeight) {
        if (s.width() != lineWidth) {
            lineWidth = s.width();
            out.number((float) lineWidth).ascii(" w\n");
        }
        out.number((float) s.x1()).append((byte) ' ').number((float) (pageHeight - s.y1())).ascii(" m\n")
                .number((float) s.x2()).append((byte) ' ').number((float) (pageHeight - s.y2())).ascii(" l\nS\n");
    }
}
