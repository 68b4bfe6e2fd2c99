package vn.vanban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.cli.Main;

/**
 * What scripts/benchmark relies on: {@code vanban bench --docs} writes each document's DOCX and PDF
 * and one row per document whose page count is the PDF's; the generated scale documents have about
 * the pages asked for; {@code --throughput} reports a rate; bad input exits 2 with the location.
 */
class BenchCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void docsWritesEveryDocumentAndOneRowEachWithThePdfsPageCount(@TempDir Path dir) throws Exception {
        Run r = run("bench", "--docs", dir.toString(), "--scale", "10", "--seconds", "0.05", "examples/tam-duong-2024.yaml");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(ComparisonBenchmark.Row.header(), lines.get(0));
        assertEquals(3, lines.size(), r.out());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertEquals(12, f.length, line);
            Path pdf = dir.resolve(f[0] + ".pdf");
            Path docx = dir.resolve(f[0] + ".docx");
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertEquals(d.getNumberOfPages(), Integer.parseInt(f[1]), "pages column of " + f[0]);
                assertEquals(Files.size(pdf), Long.parseLong(f[3]));
            }
            try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
                assertTrue(d.getParagraphs().size() > 10, f[0] + ".docx has its paragraphs");
            }
            assertEquals(Files.size(docx), Long.parseLong(f[2]));
            for (int i = 4; i < f.length; i++) {
                assertTrue(Double.parseDouble(f[i]) > 0, "column " + i + " of " + line);
            }
        }
        assertTrue(lines.get(1).startsWith("tam-duong-2024-huong-dan\t"), lines.get(1));
        assertTrue(lines.get(2).startsWith("scale-10-ke-hoach\t"), lines.get(2));
    }

    @Test
    void aScaleDocumentHasAboutThePagesAskedForAndReadsAsVietnamese(@TempDir Path dir) throws Exception {
        Run r = run("bench", "--docs", dir.toString(), "--scale", "30", "--seconds", "0.05", "examples/tam-duong-2024.yaml");
        assertEquals(0, r.code(), r.err());
        int pages = Integer.parseInt(r.out().lines().toList().get(2).split("\t")[1]);
        assertTrue(pages >= 26 && pages <= 34, "30 pages asked for, " + pages + " made");
        try (PDDocument d = Loader.loadPDF(dir.resolve("scale-30-ke-hoach.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Nhiệm vụ trọng tâm số 70 của các cơ quan, đơn vị"), "numbered Khoản in the PDF");
            assertTrue(text.contains("KẾ HOẠCH"), "title in the PDF");
            assertTrue(text.contains("- Các sở, ban, ngành tỉnh;"), "one Nơi nhận item, commas kept");
        }
    }

    @Test
    void throughputReportsDocumentsPerSecondForEachThreadCount() {
        Run r = run("bench", "--throughput", "1,2", "--seconds", "0.3", "examples/tam-duong-2024.yaml");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("1 thread: \\d+\\.\\d documents/s \\(.* of 1 documents, DOCX \\+ PDF each\\)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2 threads: "), lines.get(1));
    }

    @Test
    void aBadEventFileExits2NamingItsLineAndWritesNoRow(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/tam-duong-2024.yaml")).replace("ngay: 12/2024", "ngay: 31/02/2024"));
        Run r = run("bench", "--docs", dir.resolve("out").toString(), "--seconds", "0.05", bad.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("bad.yaml:") && r.err().contains("31/02/2024"), r.err());
        assertEquals("", r.out());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
    }
}
