package vn.vanban.render.print;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Every glyph a PDF page draws, read back with PDFBox: its character and the bounds of its real
 * outline on the page, in points (the page's UserUnit applied), so tests check ink, not font boxes.
 *
 * <pre>{@code
 * List<PdfGlyphShapes.Glyph> glyphs = PdfGlyphShapes.of(doc.getPage(0));
 * }</pre>
 */
final class PdfGlyphShapes extends PDFGraphicsStreamEngine {
    /**
     * One drawn glyph.
     *
     * @param text     its Unicode text
     * @param ink      outline bounds on the page, points from the media box's lower left
     * @param baseline y of its origin, points
     * @param font     the font's name
     */
    record Glyph(String text, Rectangle2D ink, double baseline, String font) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final double unit;

    private PdfGlyphShapes(PDPage page) {
        super(page);
        this.unit = page.getUserUnit();
    }

    static List<Glyph> of(PDPage page) throws IOException {
        PdfGlyphShapes e = new PdfGlyphShapes(page);
        e.processPage(page);
        return e.glyphs;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code);
        GeneralPath path = ((PDVectorFont) font).getNormalizedPath(code);
        AffineTransform at = trm.createAffineTransform();
        at.concatenate(font.getFontMatrix().createAffineTransform());
        Rectangle2D b = at.createTransformedShape(path).getBounds2D();
        Rectangle2D pt = new Rectangle2D.Double(b.getX() * unit, b.getY() * unit, b.getWidth() * unit, b.getHeight() * unit);
        glyphs.add(new Glyph(text == null ? "" : text, pt, trm.getTranslateY() * unit, font.getName()));
        super.showGlyph(trm, font, code, displacement);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
