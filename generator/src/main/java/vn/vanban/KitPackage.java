package vn.vanban;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.vanban.doc.Block;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.TitleBlock;
import vn.vanban.event.EventFile;

/**
 * The kit's cover files: {@code index.html} listing every document (kind, number, date, pages,
 * links) and one zip of the lot for sending. Both are deterministic: same kit, same bytes.
 *
 * <pre>{@code
 * List<KitDocument> kit = vanban.kit(ev, Set.of(Format.DOCX, Format.PDF));
 * RenderedFile index = KitPackage.index(ev, kit);
 * RenderedFile zip = KitPackage.zip(ev, kit, index);
 * }</pre>
 */
public final class KitPackage {
    private KitPackage() {
    }

    /** {@code index.html}: one row per document, links relative to the output folder. */
    public static RenderedFile index(EventFile ev, List<KitDocument> kit) {
        StringBuilder sb = new StringBuilder(4096);
        String title = ev.congress().name();
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:'Times New Roman',serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px 8px;text-align:left}"
                        + "td.n{text-align:right}</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<p>")
                .append(kit.size()).append(" văn bản, từ tệp ").append(esc(ev.path().getFileName().toString()))
                .append(".</p>\n<table>\n<tr><th>STT</th><th>Văn bản</th><th>Trích yếu</th><th>Số, ký hiệu</th><th>Ngày</th><th>Số trang</th><th>Tệp</th></tr>\n");
        int i = 0;
        for (KitDocument d : kit) {
            HeaderBlock h = first(d, HeaderBlock.class);
            TitleBlock t = first(d, TitleBlock.class);
            sb.append("<tr><td class=\"n\">").append(++i).append("</td><td>").append(esc(d.spec().kind().inText()))
                    .append("</td><td>").append(esc(t == null ? "" : String.join(" ", t.subject())))
                    .append("</td><td>").append(esc(h == null ? "" : h.number())).append("</td><td>")
                    .append(esc(h == null ? "" : h.placeAndDate())).append("</td><td class=\"n\">").append(pages(d)).append("</td><td>");
            List<String> links = new ArrayList<>();
            for (RenderedFile f : d.files()) {
                String ext = f.name().substring(f.name().lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
                links.add("<a href=\"" + esc(f.name()) + "\">" + ext + "</a>");
            }
            sb.append(String.join(" ", links)).append("</td></tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        return new RenderedFile("index.html", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One zip of every file and the index, named after the event file: {@code tan-hop-2025-bo-van-ban.zip}. */
    public static RenderedFile zip(EventFile ev, List<KitDocument> kit, RenderedFile index) {
        LocalDateTime stamp = kit.isEmpty() ? LocalDateTime.of(2000, 1, 1, 0, 0)
                : kit.get(0).model().metadata().date().atStartOfDay();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(buf, StandardCharsets.UTF_8)) {
            List<RenderedFile> all = new ArrayList<>();
            for (KitDocument d : kit) {
                all.addAll(d.files());
            }
            all.add(index);
            for (RenderedFile f : all) {
                ZipEntry e = new ZipEntry(f.name());
                e.setTimeLocal(stamp);
                zip.putNextEntry(e);
                zip.write(f.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = ev.path().getFileName().toString().replaceFirst("\\.[^.]+$", "") + "-bo-van-ban.zip";
        return new RenderedFile(name, buf.toByteArray());
    }

    /** The PDF's page count, or an empty string when the kit has no PDF. */
    static String pages(KitDocument d) {
        for (RenderedFile f : d.files()) {
            if (f.name().endsWith(".pdf")) {
                try (org.openpdf.text.pdf.PdfReader r = new org.openpdf.text.pdf.PdfReader(f.bytes())) {
                    return String.valueOf(r.getNumberOfPages());
                } catch (IOException e) {
                    return "";
                }
            }
        }
        return "";
    }

    private static <T extends Block> T first(KitDocument d, Class<T> type) {
        for (Block b : d.model().sections().get(0).blocks()) {
            if (type.isInstance(b)) {
                return type.cast(b);
            }
        }
        return null;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
