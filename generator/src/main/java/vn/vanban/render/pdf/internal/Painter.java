package vn.vanban.render.pdf.internal;

import java.util.List;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTextArray;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.layout.page.Mark;
import vn.vanban.layout.page.Page;

/**
 * Draws laid-out pages into an OpenPDF document: each text mark as a positioned string in its
 * embedded face, each stroke as a black line. It decides nothing: every position comes from the
 * layout layer.
 *
 * <pre>{@code
 * new Painter(writer, pdf, faces).paint(pages);
 * }</pre>
 */
final class Painter {
    private final PdfWriter writer;
    private final org.openpdf.text.Document pdf;
    private final FaceSet faces;

    Painter(PdfWriter writer, org.openpdf.text.Document pdf, FaceSet faces) {
        this.writer = writer;
        this.pdf = pdf;
        this.faces = faces;
    }

    void paint(List<Page> pages) {
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            pdf.setPageSize(new Rectangle((float) page.geometry().width(), (float) page.geometry().height()));
            if (i == 0) {
                pdf.open();
            } else {
                writer.setPageEmpty(false);
                pdf.newPage();
            }
            writer.setPageEmpty(false);
            draw(writer.getDirectContent(), page);
        }
    }

    private void draw(PdfContentByte cb, Page page) {
        double h = page.geometry().height();
        Line line = null;
        for (Mark m : page.marks()) {
            switch (m) {
                case Mark.Text t -> {
                    if (line != null && !line.continuedBy(t)) {
                        line.show(cb);
                        line = null;
                    }
                    if (line == null) {
                        line = new Line(cb, faces.font(t.face()), t, h);
                    } else {
                        line.add(t);
                    }
                }
                case Mark.Stroke s -> {
                    if (line != null) {
                        line.show(cb);
                        line = null;
                    }
                    cb.setLineWidth((float) s.width());
                    cb.moveTo((float) s.x1(), (float) (h - s.y1()));
                    cb.lineTo((float) s.x2(), (float) (h - s.y2()));
                    cb.stroke();
                }
            }
        }
        if (line != null) {
            line.show(cb);
        }
    }

    /**
     * The words of one line in one face, shown with one text matrix and one TJ array: each word
     * lands at its laid-out x through the array's adjustments (a justified line's wider gaps).
     */
    private static final class Line {
        private final BaseFont font;
        private final Mark.Text first;
        private final PdfTextArray words = new PdfTextArray();
        private double pen;

        Line(PdfContentByte cb, BaseFont font, Mark.Text t, double pageHeight) {
            this.font = font;
            this.first = t;
            cb.beginText();
            cb.setFontAndSize(font, (float) t.sizePt());
            cb.setTextMatrix((float) t.x(), (float) (pageHeight - t.baseline()));
            words.add(t.text());
            pen = t.x() + font.getWidthPoint(t.text(), (float) t.sizePt());
        }

        /** Whether {@code t} goes on in this line: same face, size and baseline, further right. */
        boolean continuedBy(Mark.Text t) {
            return t.face() == first.face() && t.sizePt() == first.sizePt() && t.baseline() == first.baseline()
                    && t.x() >= pen - 0.01;
        }

        void add(Mark.Text t) {
            double gap = t.x() - pen;
            if (Math.abs(gap) > 0.0005) {
                // TJ numbers are thousandths of the font size, positive to the left.
                words.add((float) (-gap * 1000 / t.sizePt()));
            }
            words.add(t.text());
            pen = t.x() + font.getWidthPoint(t.text(), (float) t.sizePt());
        }

        void show(PdfContentByte cb) {
            cb.showText(words);
            cb.endText();
        }
    }
}
