package vn.vanban.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import vn.vanban.doc.Document;
import vn.vanban.render.docx.internal.DocumentWriter;
import vn.vanban.style.Nd30Style;

/**
 * Renders a {@link Document} as a DOCX that an officer can go on editing in Word: one named
 * paragraph style per ND30 role, the header and signature blocks as borderless tables, page
 * numbers in the header, and the same bytes for the same input.
 *
 * <pre>{@code
 * DocxRenderer renderer = DocxRenderer.builder().style(Nd30Style.standard()).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("kehoach.docx"))) {
 *     renderer.render(document, out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build it once and reuse it.
 */
public final class DocxRenderer {
    private final Nd30Style style;

    private DocxRenderer(Builder b) {
        this.style = b.style;
    }

    /** A builder with the standard ND30 style sheet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The style sheet this renderer uses; each document brings its own size profile. */
    public Nd30Style style() {
        return style;
    }

    /**
     * Writes the document as one .docx file to {@code out}. The stream is not closed.
     *
     * @throws IOException if writing to {@code out} fails
     */
    public void render(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        new DocumentWriter(style.withProfile(document.metadata().profile())).write(document, out);
    }

    /** Builds a {@link DocxRenderer}. */
    public static final class Builder {
        private Nd30Style style = Nd30Style.standard();

        private Builder() {
        }

        /** The ND30 style sheet; {@link Nd30Style#standard()} by default. */
        public Builder style(Nd30Style style) {
            this.style = Objects.requireNonNull(style, "style");
            return this;
        }

        public DocxRenderer build() {
            return new DocxRenderer(this);
        }
    }
}
