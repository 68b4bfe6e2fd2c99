package vn.vanban.render.pdf.internal;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running text column: pours elements down the text block of the current page and onto new
 * pages, all into one content stream so a viewer reads the text in document order.
 *
 * <pre>{@code
 * Flow flow = new Flow(pdf, writer, numbers);
 * flow.startSection(geometry);
 * flow.add(paragraph);
 * }</pre>
 *
 * <p>A paragraph's space before is dropped at the top of a page, as in Word. A table marked
 * keep-together moves whole to the next page when it does not fit. Paragraphs follow Word's
 * widow and orphan control, on by default in Word and LibreOffice: a page never ends with the
 * first line of a paragraph alone, nor starts with its last line alone.
 */
final class Flow {
    private final org.openpdf.text.Document pdf;
    private final PdfWriter writer;
    private final PageNumbers numbers;
    private ColumnText column;
    private PageGeometry geometry;
    private boolean started;

    Flow(org.openpdf.text.Document pdf, PdfWriter writer, PageNumbers numbers) {
        this.pdf = pdf;
        this.writer = writer;
        this.numbers = numbers;
    }

    /** Starts a section on a new page of its own size; the first call opens the document. */
    void startSection(PageGeometry g) {
        this.geometry = g;
        pdf.setPageSize(g.pageSize());
        pdf.setMargins(g.left(), g.right(), g.top(), g.bottom());
        numbers.nextPageStartsSection(g);
        if (!started) {
            pdf.open();
            started = true;
            column = new ColumnText(writer.getDirectContent());
            // Justify by stretching word spaces only, as Word does.
            column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        } else if (!pdf.newPage()) {
            numbers.currentPageStartsSection(writer.getPageNumber());
        }
        resetColumn();
    }

    /** Adds an element, breaking pages as needed. */
    void add(Element e) {
        if (e instanceof PdfPTable t && t.getKeepTogether() && !atTop()
                && y() - t.spacingBefore() - t.getTotalHeight() < bottom()) {
            newPage();
        }
        if (e instanceof org.openpdf.text.Paragraph p && !atTop()) {
            widowOrphanControl(p);
        }
        column.addElement(e);
        try {
            column.setAdjustFirstLine(atTop());
            while (ColumnText.hasMoreText(column.go())) {
                newPage();
                column.setAdjustFirstLine(true);
            }
        } catch (DocumentException ex) {
            throw new IllegalStateException("cannot lay out " + e.getClass().getSimpleName(), ex);
        }
    }

    /**
     * Before a paragraph that will break across pages: a new page when only its first line would
     * fit (orphan), or a lower page end when only its last line would go over (widow).
     */
    private void widowOrphanControl(org.openpdf.text.Paragraph p) {
        float lead = p.getTotalLeading();
        if (lead <= 0) {
            return;
        }
        int lines = Math.round(BlockLayout.height(p, geometry.textWidth()) / lead);
        int fit = (int) Math.floor((y() - p.getSpacingBefore() - bottom() + 0.01f) / lead);
        if (lines < 2 || fit >= lines) {
            return;
        }
        int keep = lines - fit < 2 ? lines - 2 : fit;
        if (keep < 2) {
            newPage();
        } else if (keep < fit) {
            float end = y() - p.getSpacingBefore() - keep * lead - lead / 2;
            column.setSimpleColumn(geometry.left(), end, geometry.width() - geometry.right(), y());
        }
    }

    /** The current baseline position: where the next line's top goes. */
    float y() {
        return column.getYLine();
    }

    float bottom() {
        return geometry.bottom();
    }

    /** Whether nothing has been set on this page yet. */
    boolean atTop() {
        return column.getYLine() >= top() - 0.001f;
    }

    void newPage() {
        pdf.newPage();
        resetColumn();
    }

    private float top() {
        return geometry.height() - geometry.top();
    }

    private void resetColumn() {
        column.setSimpleColumn(geometry.left(), geometry.bottom(), geometry.width() - geometry.right(), top());
        column.setYLine(top());
    }
}
