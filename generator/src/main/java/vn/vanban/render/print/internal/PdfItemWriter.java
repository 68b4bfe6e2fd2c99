package vn.vanban.render.print.internal;

import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.CMYKColor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.render.print.Cmyk;
import vn.vanban.render.print.PrintFont;

/**
 * Writes the pages of one print item as a PDF at real size: media, trim and bleed boxes, CMYK
 * colours, the fonts embedded (subset, Identity-H) or the type turned into outlines.
 *
 * <pre>{@code
 * byte[] pdf = new PdfItemWriter(false).write(pages, "Phông sân khấu", key);
 * }</pre>
 *
 * <p>A PDF page may not exceed 14 400 units (200 in, 5.08 m). A larger item is written with a
 * whole-number {@code /UserUnit} (PDF 1.6): each unit is then that many 1/72 in, so the page still
 * measures its real size in any viewer that honours it; {@link #userUnit} says which.
 */
public final class PdfItemWriter {
    /** The largest page side in default units, PDF's own limit. */
    public static final double MAX_UNITS = 14_400;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final boolean outlines;

    public PdfItemWriter(boolean outlines) {
        this.outlines = outlines;
    }

    /** The UserUnit a page of this size needs: 1 up to 5.08 m, else the smallest whole number that fits. */
    public static int userUnit(double widthPt, double heightPt) {
        double max = Math.max(widthPt, heightPt);
        return max <= MAX_UNITS ? 1 : (int) Math.ceil(max / MAX_UNITS);
    }

    /** The PDF file. {@code key} (a hash of the job) makes the bytes repeatable. */
    public byte[] write(List<Page> pages, String title, byte[] key) {
        Page first = pages.get(0);
        int unit = 1;
        for (Page p : pages) {
            unit = Math.max(unit, userUnit(p.width(), p.height()));
        }
        float u = unit;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        Document pdf = new Document(new Rectangle((float) (first.width() / u), (float) (first.height() / u)), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        try {
            if (unit > 1) {
                writer.setUserunit(u);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("UserUnit needs PDF 1.6, which is set above", e);
        }
        identity(writer, pdf, title, key);
        Map<PrintFont.Face, BaseFont> fonts = new IdentityHashMap<>();
        boolean opened = false;
        for (Page p : pages) {
            pdf.setPageSize(new Rectangle((float) (p.width() / u), (float) (p.height() / u)));
            writer.setBoxSize("trim", rect(p.trim(), u));
            writer.setBoxSize("bleed", rect(p.bleed(), u));
            if (!opened) {
                pdf.open();
                opened = true;
            } else {
                pdf.newPage();
            }
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            if (unit > 1) {
                cb.concatCTM(1 / u, 0, 0, 1 / u, 0, 0);
            }
            for (Element e : p.elements()) {
                draw(cb, e, fonts, key);
            }
            cb.restoreState();
        }
        pdf.close();
        return vn.vanban.render.internal.XrefDigits.ascii(buffer.toByteArray());
    }

    private static Rectangle rect(Element.Box b, float u) {
        return new Rectangle((float) (b.x() / u), (float) (b.y() / u), (float) (b.right() / u), (float) (b.top() / u));
    }

    private void draw(PdfContentByte cb, Element e, Map<PrintFont.Face, BaseFont> fonts, byte[] key) {
        switch (e) {
            case Element.Fill f -> {
                cb.setColorFill(cmyk(f.color()));
                cb.rectangle((float) f.x(), (float) f.y(), (float) f.width(), (float) f.height());
                cb.fill();
            }
            case Element.Mark m -> {
                cb.saveState();
                cb.setColorStroke(cmyk(m.color()));
                cb.setLineWidth((float) m.width());
                if (m.dashed()) {
                    cb.setLineDash(2f, 2f, 0f);
                }
                cb.moveTo((float) m.x1(), (float) m.y1());
                cb.lineTo((float) m.x2(), (float) m.y2());
                cb.stroke();
                cb.restoreState();
            }
            case Element.Text t -> {
                if (outlines) {
                    cb.setColorFill(cmyk(t.color()));
                    path(cb, outline(t));
                    cb.fill();
                } else {
                    BaseFont bf = fonts.computeIfAbsent(t.face(), f -> baseFont(f, key));
                    cb.beginText();
                    cb.setColorFill(cmyk(t.color()));
                    cb.setFontAndSize(bf, (float) t.size());
                    if (t.upsideDown()) {
                        cb.setTextMatrix(-1, 0, 0, -1, (float) t.x(), (float) t.y());
                    } else {
                        cb.setTextMatrix(1, 0, 0, 1, (float) t.x(), (float) t.y());
                    }
                    cb.showText(t.text());
                    cb.endText();
                }
            }
        }
    }

    /** The glyph outlines of a line, placed on the page (y up). Shared with the PNG preview. */
    public static Shape outline(Element.Text t) {
        // Outlines taken at the fitter's reference size and scaled: unhinted, as the fitter measured them.
        Shape glyphs = t.face().awt().deriveFont((float) Fitter.REF).createGlyphVector(FRC, t.text()).getOutline();
        double f = t.size() / Fitter.REF;
        AffineTransform at = t.upsideDown() ? new AffineTransform(-f, 0, 0, f, t.x(), t.y())
                : new AffineTransform(f, 0, 0, -f, t.x(), t.y());
        return at.createTransformedShape(glyphs);
    }

    private static void path(PdfContentByte cb, Shape s) {
        PathIterator it = s.getPathIterator(null);
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cb.moveTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cb.lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic Bézier as the cubic PDF draws.
                    double c1x = lastX + 2.0 / 3 * (c[0] - lastX);
                    double c1y = lastY + 2.0 / 3 * (c[1] - lastY);
                    double c2x = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double c2y = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    cb.curveTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) c[2], (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cb.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cb.closePath();
            }
            it.next();
        }
    }

    private static BaseFont baseFont(PrintFont.Face f, byte[] key) {
        try {
            BaseFont bf = BaseFont.createFont(f.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, f.bytes(), null);
            bf.setSubset(true);
            bf.setSecureRandom(new vn.vanban.render.pdf.SubsetPrefixes(key, f.name()));
            return bf;
        } catch (DocumentException e) {
            throw new IllegalStateException("font " + f.name() + " was read before but OpenPDF refuses it: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CMYKColor cmyk(Cmyk c) {
        return new CMYKColor(c.c() / 100f, c.m() / 100f, c.y() / 100f, c.k() / 100f);
    }

    /** Fixed dates and a /ID from the job's hash: the same job gives the same bytes. */
    private static void identity(PdfWriter writer, Document pdf, String title, byte[] key) {
        pdf.addTitle(title);
        pdf.addCreator("vanban print");
        Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        day.clear();
        day.set(2000, Calendar.JANUARY, 1);
        PdfDate date = new PdfDate(day);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = Arrays.copyOf(key, 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
    }
}
