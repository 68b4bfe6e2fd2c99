/**
 * The document model: the small tree every template produces and every renderer reads.
 *
 * <p>A {@link vn.vanban.doc.Document} holds {@link vn.vanban.doc.Section}s (the main text, each
 * phụ lục), each a list of {@link vn.vanban.doc.Block}s. Text is a list of
 * {@link vn.vanban.doc.Span}s. Nothing here knows about DOCX, PDF, YAML or FreeMarker.
 */
package vn.vanban.doc;
