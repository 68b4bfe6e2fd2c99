package vn.vanban.render.pdf.internal;

import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Table cells and layout tables: borderless, unpadded columns for the header and signature
 * blocks, and fixed-width tables.
 *
 * <pre>{@code
 * PdfPTable t = Cells.table(new float[] {175.7f, 292f});
 * PdfPCell c = Cells.blank();
 * }</pre>
 */
final class Cells {
    private Cells() {
    }

    /** A borderless cell with no padding, its content laid out element by element. */
    static PdfPCell blank() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setUseAscender(false);
        c.setUseDescender(false);
        return c;
    }

    /** A table whose columns are exactly {@code widths} points wide. */
    static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths.length);
        try {
            t.setTotalWidth(widths);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        return t;
    }
}
