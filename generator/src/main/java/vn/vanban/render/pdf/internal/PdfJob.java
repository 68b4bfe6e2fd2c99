package vn.vanban.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.doc.Document;
import vn.vanban.doc.Section;
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
        Typesetter ts = new Typesetter(style, faces);
        List<Section> sections = doc.sections();
        PageGeometry first = PageGeometry.of(style, sections.get(0).orientation());

        ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL_BUFFER);
        org.openpdf.text.Document pdf = new org.openpdf.text.Document(first.pageSize(),
                first.left(), first.right(), first.top(), first.bottom());
        PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
        // 1.7: the info dictionary (title, author, dates) is what viewers read; 2.0 deprecates it.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        PageNumbers numbers = new PageNumbers(ts);
        writer.setPageEvent(numbers);
        FileIdentity.apply(writer, pdf, doc.metadata(), key);

        Flow flow = new Flow(pdf, writer, numbers);
        BlockLayout layout = new BlockLayout(ts, flow);
        for (Section section : sections) {
            PageGeometry g = PageGeometry.of(style, section.orientation());
            flow.startSection(g);
            layout.section(section.blocks(), g);
        }
        pdf.close();
        return buffer.toByteArray();
    }
}
