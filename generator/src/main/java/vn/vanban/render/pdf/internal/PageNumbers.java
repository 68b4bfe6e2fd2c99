package vn.vanban.render.pdf.internal;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.style.Role;

/**
 * Prints page numbers (nd30 §1.1): Arabic, centred over the text block in the top margin, the top
 * of the line {@code pageNumberFromTopMm} below the page edge; restarting at 1 in each section and
 * not printed on a section's first page.
 *
 * <pre>{@code
 * PageNumbers numbers = new PageNumbers(typesetter);
 * writer.setPageEvent(numbers);
 * numbers.nextPageStartsSection(geometry);   // before the section's first page is opened
 * }</pre>
 */
final class PageNumbers extends PdfPageEventHelper {
    private final Typesetter ts;
    private PageGeometry geometry;
    private PageGeometry pending;
    private int sectionStart = 1;

    PageNumbers(Typesetter ts) {
        this.ts = ts;
    }

    /** The next page opened is the first of a section laid out on {@code geometry}. */
    void nextPageStartsSection(PageGeometry geometry) {
        this.pending = geometry;
    }

    /** The current, still empty, page is the first of the pending section. */
    void currentPageStartsSection(int page) {
        sectionStart = page;
        geometry = pending;
        pending = null;
    }

    /** Written when the page opens, so the number comes first in the page's text. */
    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        if (pending != null) {
            currentPageStartsSection(writer.getPageNumber());
        }
        int number = writer.getPageNumber() - sectionStart + 1;
        if (number <= 1) {
            return;
        }
        Phrase phrase = new Phrase(Integer.toString(number), ts.font(Role.PAGE_NUMBER));
        BaseFont bf = ts.font(Role.PAGE_NUMBER).getBaseFont();
        float ascent = bf.getFontDescriptor(BaseFont.ASCENT, (float) ts.text(Role.PAGE_NUMBER).sizePt());
        float baseline = geometry.height() - Units.mm(ts.style().pageNumberFromTopMm()) - ascent;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, phrase,
                geometry.textCentre(), baseline, 0);
    }
}
