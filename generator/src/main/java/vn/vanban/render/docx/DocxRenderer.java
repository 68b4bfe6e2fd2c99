package vn.vanban.render.docx;

import java.io.IOException;
import java.io.OutputStream;

import vn.vanban.doc.Document;
import vn.vanban.style.Nd30Style;

/** Stand-in until the renderer lands. */
public final class DocxRenderer {
    private DocxRenderer() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public void render(Document doc, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static final class Builder {
        public Builder style(Nd30Style s) {
            return this;
        }

        public DocxRenderer build() {
            return new DocxRenderer();
        }
    }
}
