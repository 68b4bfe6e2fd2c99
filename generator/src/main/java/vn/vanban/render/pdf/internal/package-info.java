/**
 * Internals of the PDF writer: fonts, glyph check, block layout, page numbers, file identity.
 * Not API: anything here may change.
 */
package vn.vanban.render.pdf.internal;
