package vn.vanban.render.pdf.internal;

import java.util.List;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.layout.page.Mark;
import vn.vanban.layout.page.Page;
import vn.vanban.style.FontFace;

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
        boolean inText = false;
        FontFace face = null;
        double size = -1;
        for (Mark m : page.marks()) {
            switch (m) {
                case Mark.Text t -> {
                    if (!inText) {
                        cb.beginText();
                        inText = true;
                        face = null;
                    }
                    if (t.face() != face || t.sizePt() != size) {
                        BaseFont bf = faces.font(t.face());
                        cb.setFontAndSize(bf, (float) t.sizePt());
                        face = t.face();
                        size = t.sizePt();
                    }
                    cb.setTextMatrix((float) t.x(), (float) (h - t.baseline()));
                    cb.showText(t.text());
                }
                case Mark.Stroke s -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    cb.setLineWidth((float) s.width());
                    cb.moveTo((float) s.x1(), (float) (h - s.y1()));
                    cb.lineTo((float) s.x2(), (float) (h - s.y2()));
                    cb.stroke();
                }
            }
        }
        if (inText) {
            cb.endText();
        }
    }
}
