/**
 * The print items of an event at real size: stage backdrop, banners and slogans, stage title, A4
 * folder cover, tent name cards and badges, one PDF each (bleed, crop/cut/fold marks, CMYK, fonts
 * embedded or outlined, UserUnit above 5.08 m), a PNG preview of each and README.txt for the shop.
 *
 * <pre>{@code
 * PrintJob job = EventPrintJob.from(EventReader.read(Path.of("examples/binh-phuoc-2025.yaml")));
 * List<RenderedFile> files = PrintRenderer.builder().build().render(job);
 * }</pre>
 *
 * <p>Type is fitted with the shared layout layer ({@link vn.vanban.layout.FontMetrics} ink bounds,
 * {@link vn.vanban.layout.PhrasePenalties}, {@link vn.vanban.layout.PageGeometry}). Everything that
 * is not the job model, the font, {@link vn.vanban.render.print.EventPrintJob} and the renderer
 * lives in {@code internal}.
 */
package vn.vanban.render.print;
