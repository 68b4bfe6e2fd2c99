package vn.vanban.render.pdf.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.layout.page.Page;
import vn.vanban.layout.page.PageLayout;
import vn.vanban.style.Nd30Style;

/**
 * One rendering of one document into an in-memory PDF 1.7 file: the pages laid out, each page's
 * content stream, the fonts with only the glyphs used, the information dictionary and a file
 * identity that is a function of what the file shows.
 *
 * <pre>{@code
 * byte[] pdf = new PdfJob(style, FaceSet.standard(), doc).write();
 * }</pre>
 */
public final class PdfJob {
    private static final int INITIAL_BUFFER = 64 * 1024;
    /**
     * zlib's fastest level: compressing is most of a PDF's cost, and the best level would save
     * only about a tenth of the streams' size.
     */
    private static final int COMPRESSION = Deflater.BEST_SPEED;
    private static final String CREATOR = "vanban";

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
        List<Page> pages = new PageLayout(style).layout(doc);
        PdfFile file = new PdfFile(INITIAL_BUFFER, COMPRESSION);
        try {
            return write(file, pages);
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    private byte[] write(PdfFile file, List<Page> pages) {
        int catalog = file.reserve();
        int tree = file.reserve();
        int info = file.reserve();
        DocumentFonts fonts = new DocumentFonts(faces, file);
        FileIdentity identity = new FileIdentity(doc.metadata());
        Painter painter = new Painter(fonts);
        int[] kids = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            kids[i] = page(file, tree, pages.get(i), painter, fonts, identity);
        }
        fonts.digest(identity.digest());
        byte[] key = identity.key();
        fonts.write(key);
        pageTree(file, tree, kids);
        catalog(file, catalog, tree);
        info(file, info);
        return file.finish(catalog, info, Arrays.copyOf(key, 16));
    }

    /** Writes one page and its content stream; returns the page's object number. */
    private static int page(PdfFile file, int tree, Page page, Painter painter, DocumentFonts fonts,
                            FileIdentity identity) {
        PdfBuffer content = painter.paint(page);
        long w = PdfBuffer.hundredthsOf((float) page.geometry().width());
        long h = PdfBuffer.hundredthsOf((float) page.geometry().height());
        identity.page(w, h, content);
        int contents = file.reserve();
        file.stream(contents, "", content.array(), content.size());
        int number = file.reserve();
        PdfBuffer b = file.begin(number);
        b.ascii("<</Type/Page/Parent ");
        PdfFile.ref(b, tree).ascii("/MediaBox[0 0 ").hundredths(w).append((byte) ' ').hundredths(h)
                .ascii("]/Resources<<");
        fonts.resources(b, painter.facesOnPage());
        b.ascii(">>/Contents ");
        PdfFile.ref(b, contents).ascii(">>");
        file.end();
        return number;
    }

    private static void pageTree(PdfFile file, int tree, int[] kids) {
        PdfBuffer b = file.begin(tree);
        b.ascii("<</Type/Pages/Count ").integer(kids.length).ascii("/Kids[");
        for (int i = 0; i < kids.length; i++) {
            PdfFile.ref(i == 0 ? b : b.append((byte) ' '), kids[i]);
        }
        b.ascii("]>>");
        file.end();
    }

    private void catalog(PdfFile file, int catalog, int tree) {
        PdfBuffer b = file.begin(catalog);
        b.ascii("<</Type/Catalog/Pages ");
        PdfFile.ref(b, tree).ascii("/Lang").textString(doc.metadata().language()).ascii(">>");
        file.end();
    }

    /** The information dictionary: what viewers show as title, subject, author and dates. */
    private void info(PdfFile file, int info) {
        Metadata m = doc.metadata();
        String date = pdfDate(m);
        file.begin(info).ascii("<</Title").textString(m.title()).ascii("/Subject").textString(m.subject())
                .ascii("/Author").textString(m.author()).ascii("/Creator").textString(CREATOR)
                .ascii("/Producer").textString(CREATOR).ascii("/CreationDate").textString(date)
                .ascii("/ModDate").textString(date).ascii(">>");
        file.end();
    }

    /** The document's date at midnight UTC, "D:20250105000000Z": every timestamp in the file. */
    private static String pdfDate(Metadata m) {
        return String.format(Locale.ROOT, "D:%04d%02d%02d000000Z",
                m.date().getYear(), m.date().getMonthValue(), m.date().getDayOfMonth());
    }
}
