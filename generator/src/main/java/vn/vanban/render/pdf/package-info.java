/**
 * The PDF writer: lays a {@link vn.vanban.doc.Document} out on A4 pages following the ND30 style
 * sheet {@link vn.vanban.style.Nd30Style} and writes the file itself (PDF 1.7, the fonts embedded
 * as subsets), with no office suite involved.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().style(Nd30Style.standard()).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("kehoach.pdf"))) {
 *     renderer.render(document, out);
 * }
 * }</pre>
 *
 * <p>Everything that is not the public classes lives in {@code internal}.
 */
package vn.vanban.render.pdf;
