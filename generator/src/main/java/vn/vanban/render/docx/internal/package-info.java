/** Not API: the pieces {@link vn.vanban.render.docx.DocxRenderer} is built from, one block type or part per class. */
package vn.vanban.render.docx.internal;
