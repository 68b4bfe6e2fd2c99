package vn.vanban.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.doc.Document;
import vn.vanban.layout.page.Page;
import vn.vanban.layout.page.PageLayout;
import vn.vanban.style.Nd30Style;

/**
 * One rendering of one document into an in-memory PDF: sections on their own pages, blocks laid
 * out, page numbers, metadata and a repeatable file identity.
 *
 * <pre>{@code
 * byte[] pdf = new PdfJob(style, faces, doc).write();
 * }</pre>
 */
public final class PdfJob {
    private static final int INITIAL_BUFFER = 64 * 1024;

    private final Nd30Style style;
    private final FaceSet faces;
    private final Document doc;

    public PdfJob(Nd30Style style, FaceSet faces, Document doc) {
        this.style = style;
        this.faces = faces;
        this.doc = doc;
    }

    /** Lays the document out and returns the PDF file. */
    public byte[] write() {
        byte[] key = FileIdentity.key(doc, style);
        faces.seed(key);
        List<Page> pages = new PageLayout(style).layout(doc);
        Page first = pages.get(0);

        ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL_BUFFER);
        org.openpdf.text.Document pdf = new org.openpdf.text.Document(
                new Rectangle((float) first.geometry().width(), (float) first.geometry().height()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
        // 1.7: the info dictionary (title, author, dates) is what viewers read; 2.0 deprecates it.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        FileIdentity.apply(writer, pdf, doc.metadata(), key);
        new Painter(writer, pdf, faces).paint(pages);
        pdf.close();
        return vn.vanban.render.internal.XrefDigits.ascii(buffer.toByteArray());
    }
}
