package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A whole document: metadata and sections (the main text, then each phụ lục).
 *
 * <p>This is the contract between the reader side (event file, templates) and the writers (DOCX,
 * PDF): a writer sees only this, never the event file.
 *
 * <pre>{@code
 * Document doc = new Document(meta, List.of(new Section(Orientation.PORTRAIT, blocks)));
 * }</pre>
 */
public record Document(Metadata metadata, List<Section> sections) {
    public Document {
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one section");
        }
    }

    /** Every block of every section, in order. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }
}
