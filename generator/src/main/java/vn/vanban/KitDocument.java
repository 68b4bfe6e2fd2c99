package vn.vanban;

import java.util.List;

import vn.vanban.doc.Document;
import vn.vanban.event.EventFile;

/**
 * One document of a kit: what it is, its model, and its files in the formats asked for.
 *
 * @param spec  the planned document (kind, number, date, proposal)
 * @param model the document model the renderers read
 * @param name  the file name without extension, e.g. {@code tan-hop-2025-chuong-trinh}
 * @param files its files, e.g. the DOCX and the PDF
 */
public record KitDocument(EventFile.DocumentSpec spec, Document model, String name, List<RenderedFile> files) {
    public KitDocument {
        files = List.copyOf(files);
    }
}
