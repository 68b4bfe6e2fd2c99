/**
 * Internals of the PDF writer: the embedded faces and their subsets, the glyph check, the content
 * streams, the file's objects and its identity. Not API: anything here may change.
 */
package vn.vanban.render.pdf.internal;
