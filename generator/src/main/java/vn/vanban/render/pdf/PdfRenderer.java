package vn.vanban.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import vn.vanban.doc.Document;
import vn.vanban.render.pdf.internal.FaceSet;
import vn.vanban.render.pdf.internal.GlyphCheck;
import vn.vanban.render.pdf.internal.PdfJob;
import vn.vanban.style.Nd30Style;

/**
 * Writes a {@link Document} as a PDF laid out by the ND30 style sheet, with embedded Liberation
 * Serif (metric-compatible with Times New Roman) and searchable Vietnamese text.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().style(Nd30Style.standard()).build();
 * renderer.render(document, out);   // same document → same bytes
 * }</pre>
 *
 * <p>A renderer is immutable and safe to share between threads; the fonts are parsed once per
 * process and shared. Rendering happens in memory: {@code out} receives the whole file or nothing.
 */
public final class PdfRenderer {
    private final Nd30Style style;
    private final FaceSet faces;

    private PdfRenderer(Builder b) {
        this.style = b.style;
        this.faces = FaceSet.standard();
    }

    /** A builder with the standard style sheet ({@link Nd30Style#standard()}). */
    public static Builder builder() {
        return new Builder();
    }

    /** The style sheet this renderer lays documents out with; each document brings its own size profile. */
    public Nd30Style style() {
        return style;
    }

    /**
     * Renders {@code doc} and writes the PDF to {@code out} (which is not closed).
     *
     * @throws MissingGlyphException if a character of the document is not in the font; nothing is
     *                               written to {@code out} then
     * @throws IOException           if {@code out} fails
     */
    public void render(Document doc, OutputStream out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        GlyphCheck.requireCoverage(doc, faces);
        out.write(new PdfJob(style.withProfile(doc.metadata().profile()), faces, doc).write());
    }

    /** Builds a {@link PdfRenderer}. */
    public static final class Builder {
        private Nd30Style style = Nd30Style.standard();

        private Builder() {
        }

        /** The style sheet; {@link Nd30Style#standard()} unless set. */
        public Builder style(Nd30Style style) {
            this.style = Objects.requireNonNull(style, "style");
            return this;
        }

        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
