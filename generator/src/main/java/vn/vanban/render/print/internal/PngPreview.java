package vn.vanban.render.print.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import vn.vanban.render.print.Cmyk;

/**
 * A PNG of a page, drawn in Java from the same elements as the PDF (no external tool): type as
 * its glyph outlines, colours converted naively from CMYK (a preview, not a proof).
 *
 * <pre>{@code
 * byte[] png = PngPreview.render(page, 1600);
 * }</pre>
 */
public final class PngPreview {
    private PngPreview() {
    }

    /** The page at {@code longSidePx} pixels on its long side. */
    public static byte[] render(Page page, int longSidePx) {
        double scale = longSidePx / Math.max(page.width(), page.height());
        int w = Math.max(1, (int) Math.round(page.width() * scale));
        int h = Math.max(1, (int) Math.round(page.height() * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            // Page points (y up) to pixels (y down).
            g.transform(new AffineTransform(scale, 0, 0, -scale, 0, h));
            for (Element e : page.elements()) {
                switch (e) {
                    case Element.Fill f -> {
                        g.setColor(rgb(f.color()));
                        g.fill(new Rectangle2D.Double(f.x(), f.y(), f.width(), f.height()));
                    }
                    case Element.Mark m -> {
                        g.setColor(m.color().equals(Composer.REGISTRATION) ? Color.BLACK : rgb(m.color()));
                        float lw = (float) Math.max(m.width(), 1 / scale);
                        g.setStroke(m.dashed() ? new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                                new float[] {(float) (4 / scale), (float) (3 / scale)}, 0) : new BasicStroke(lw));
                        g.draw(new Line2D.Double(m.x1(), m.y1(), m.x2(), m.y2()));
                    }
                    case Element.Text t -> {
                        g.setColor(rgb(t.color()));
                        g.fill(PdfItemWriter.outline(t));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color rgb(Cmyk c) {
        return new Color(c.previewRgb());
    }
}
