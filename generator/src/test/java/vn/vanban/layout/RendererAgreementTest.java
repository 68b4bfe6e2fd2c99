package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.doc.Document;
import vn.vanban.doc.SampleDocuments;
import vn.vanban.render.docx.DocxRenderer;
import vn.vanban.render.pdf.PdfRenderer;
import vn.vanban.testing.LibreOffice;
import vn.vanban.testing.PdfLines;

/**
 * Issue 7: the two renderers agree. Every block kind (header with chủ quản and DỰ THẢO, tên loại
 * and trích yếu, căn cứ, every heading level, numbered paragraphs, "-" and "+" items, centred
 * lines, a ruled table, Kính gửi, one and two signers, a phụ lục with its title) goes through
 * vanban's PDF and through LibreOffice's rendering of vanban's DOCX; every line must come out
 * with the same text, on the same page, its baseline and its start within 1 pt.
 *
 * <p>A centred line is compared by its centre as well as its start: LibreOffice draws a no-break
 * space in an italic face about 1.4 pt wider than the font's own advance, which Word and vanban
 * use, so a centred italic line with joins ("ngày 08 tháng 10") starts up to 2 pt apart while its
 * centre stays put.
 */
class RendererAgreementTest {
    private static final double TOLERANCE = 1.0;

    @Test
    void everyBlockKindIsSetAlikeByBothRenderers(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(LibreOffice.available(), "soffice is not on PATH");
        Map<String, Document> docs = new LinkedHashMap<>();
        docs.put("kehoach", SampleDocuments.kehoach());
        docs.put("bienban", SampleDocuments.twoSigners());
        Vanban v = Vanban.builder().build();
        for (String ex : List.of("binh-phuoc-2025", "tam-duong-2024", "so-noi-vu-phu-tho-2025")) {
            docs.put(ex, v.documents(Vanban.read(Path.of("examples", ex + ".yaml"))).get(0));
        }
        // The whole congress kit of a commune: agenda tables, invitations, a landscape list, Kính gửi,
        // a biên bản with two signers, reports with figure tables.
        for (vn.vanban.KitDocument d : v.kit(Vanban.read(Path.of("examples/tan-hop-2025.yaml")), Set.of(Format.TXT))) {
            docs.put(d.name(), d.model());
        }
        List<Path> docx = new ArrayList<>();
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            Path d = dir.resolve(e.getKey() + ".docx");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DocxRenderer.builder().build().render(e.getValue(), out);
            Files.write(d, out.toByteArray());
            docx.add(d);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRenderer.builder().build().render(e.getValue(), pdf);
            Files.write(dir.resolve(e.getKey() + ".pdf"), pdf.toByteArray());
        }
        List<Path> lo = LibreOffice.toPdf(docx, dir.resolve("lo"));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        int i = 0;
        for (String name : docs.keySet()) {
            List<PdfLines.Line> ours = PdfLines.read(dir.resolve(name + ".pdf"));
            List<PdfLines.Line> theirs = PdfLines.read(lo.get(i++));
            assertEquals(theirs.size(), ours.size(), name + ": the same number of lines in LibreOffice and vanban");
            for (int k = 0; k < ours.size(); k++) {
                PdfLines.Line a = ours.get(k);
                PdfLines.Line b = theirs.get(k);
                String where = name + " p" + a.page() + " \"" + a.text() + "\"";
                if (!a.text().equals(b.text()) || a.page() != b.page()) {
                    problems.add(where + ": LibreOffice has p" + b.page() + " \"" + b.text() + "\"");
                    continue;
                }
                compared++;
                double dy = Math.abs(a.baseline() - b.baseline());
                double dx = Math.min(Math.abs(a.left() - b.left()),
                        Math.abs((a.left() + a.right()) / 2 - (b.left() + b.right()) / 2));
                if (dy > TOLERANCE || dx > TOLERANCE) {
                    problems.add(String.format("%s: baseline %.2f vs %.2f, start %.2f vs %.2f", where,
                            a.baseline(), b.baseline(), a.left(), b.left()));
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared + " lines");
        assertTrue(problems.isEmpty(), problems.size() + " lines differ:\n" + String.join("\n", problems));
    }
}
