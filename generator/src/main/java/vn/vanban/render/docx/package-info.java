/**
 * The DOCX writer: {@link vn.vanban.render.docx.DocxRenderer} turns a {@link vn.vanban.doc.Document}
 * into a Word file styled by the ND30 style sheet. Everything else lives in {@code internal}.
 */
package vn.vanban.render.docx;
