package vn.vanban.render.print;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.vanban.RenderedFile;
import vn.vanban.render.print.internal.Composer;
import vn.vanban.render.print.internal.Page;
import vn.vanban.render.print.internal.PdfItemWriter;
import vn.vanban.render.print.internal.PngPreview;
import vn.vanban.render.print.internal.ShopNotes;

/**
 * Renders the print items of an event (backdrop, banners, stage title, folder cover, name cards,
 * badges) as one PDF each at real size, a PNG preview of each, and README.txt for the print shop.
 *
 * <pre>{@code
 * PrintRenderer r = PrintRenderer.builder().font(PrintFont.load(Path.of("my.ttf"))).outlines(true).build();
 * List<RenderedFile> files = r.render(job);   // phong.pdf, phong.png, …, README.txt
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same job gives the same bytes.
 */
public final class PrintRenderer {
    private final PrintFont font;
    private final boolean outlines;
    private final int previewPx;

    private PrintRenderer(Builder b) {
        this.font = b.font;
        this.outlines = b.outlines;
        this.previewPx = b.previewPx;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a renderer. */
    public static final class Builder {
        private PrintFont font = PrintFont.bundled();
        private boolean outlines;
        private int previewPx = 1600;

        private Builder() {
        }

        /** The typefaces; default: the bundled Be Vietnam Pro. */
        public Builder font(PrintFont f) {
            this.font = Objects.requireNonNull(f, "font");
            return this;
        }

        /** Type as outlines (no fonts in the PDF, no extractable text) for shops that ask for it. */
        public Builder outlines(boolean on) {
            this.outlines = on;
            return this;
        }

        /** Long side of the PNG previews in pixels; 0 for no previews. */
        public Builder previewPixels(int px) {
            if (px < 0 || px > 10_000) {
                throw new IllegalArgumentException("preview size must be 0 to 10000 pixels, got " + px);
            }
            this.previewPx = px;
            return this;
        }

        public PrintRenderer build() {
            return new PrintRenderer(this);
        }
    }

    /** Every file of the job, or an exception and nothing. */
    public List<RenderedFile> render(PrintJob job) throws PrintException {
        if (job.title().name().isBlank()) {
            throw new PrintException("su_kien.ten", "the event's name is empty: every print item shows it; write su_kien.ten");
        }
        Composer composer = new Composer(job, font);
        byte[] jobKey = key(job);
        List<RenderedFile> out = new ArrayList<>();
        List<ShopNotes.Entry> notes = new ArrayList<>();
        for (PrintItem item : job.items()) {
            List<Page> pages = composer.compose(item);
            String pdfName = item.fileName() + ".pdf";
            byte[] itemKey = key(jobKey, item.toString());
            out.add(new RenderedFile(pdfName, new PdfItemWriter(outlines).write(pages, item.label(), itemKey)));
            if (previewPx > 0) {
                out.add(new RenderedFile(item.fileName() + ".png", PngPreview.render(pages.get(0), previewPx)));
            }
            int perSheet = item instanceof PrintItem.NameCards || item instanceof PrintItem.Badges
                    ? (int) Math.ceil(job.people().size() / (double) pages.size()) : 0;
            notes.add(new ShopNotes.Entry(pdfName, item, pages.size(), pages.get(0), perSheet));
        }
        out.add(new RenderedFile("README.txt", ShopNotes.write(job, font, outlines, notes).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** The pages of one item, as laid out (for tests and tools that check geometry). */
    public List<Page> layout(PrintJob job, PrintItem item) throws PrintException {
        return new Composer(job, font).compose(item);
    }

    private byte[] key(PrintJob job) {
        return key(new byte[0], job.toString() + "|" + font.display().name() + "|" + font.text().name() + "|" + outlines);
    }

    private static byte[] key(byte[] base, String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(base);
            md.update(s.getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
