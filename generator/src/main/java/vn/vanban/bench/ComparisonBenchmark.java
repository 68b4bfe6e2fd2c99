package vn.vanban.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openpdf.text.pdf.PdfReader;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.doc.Document;
import vn.vanban.event.EventFile;
import vn.vanban.style.Nd30Style;

/**
 * Warm per-document timings of vanban's DOCX and PDF, with the files written out so that another
 * converter (LibreOffice) can be timed on exactly the same DOCX.
 *
 * <pre>{@code
 * List<ComparisonBenchmark.Row> rows = ComparisonBenchmark.run(events, Path.of("/tmp/b"), 2.0);
 * rows.forEach(r -> out.println(r.tsv()));
 * }</pre>
 *
 * <p>Each document is rendered in each format repeatedly for about {@code seconds} seconds (at
 * least 5 runs, after as many warm-up runs); a row gives the minimum and the median in ms (and the
 * median CPU time of the thread, steadier on a shared machine), the page
 * count read back from the PDF, and the peak heap (all pools, garbage included) of one PDF render
 * after a full collection.
 */
public final class ComparisonBenchmark {
    /** One document's measurements. */
    public record Row(String name, int pages, int docxBytes, int pdfBytes, double docxMin, double docxMedian,
            double pdfMin, double pdfMedian, int runs, double peakHeapMb, double docxCpuMedian, double pdfCpuMedian) {
        /** The tab-separated header of {@link #tsv()}. */
        public static String header() {
            return "document\tpages\tdocx_bytes\tpdf_bytes\tdocx_min_ms\tdocx_median_ms\tpdf_min_ms\tpdf_median_ms\truns\tpdf_peak_heap_mb\tdocx_cpu_median_ms\tpdf_cpu_median_ms";
        }

        /** The row as one tab-separated line. */
        public String tsv() {
            return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%.1f\t%.2f\t%.2f",
                    name, pages, docxBytes, pdfBytes, docxMin, docxMedian, pdfMin, pdfMedian, runs, peakHeapMb, docxCpuMedian, pdfCpuMedian);
        }
    }

    private ComparisonBenchmark() {
    }

    /**
     * Renders every document of the event files, writes {@code NAME.docx} and {@code NAME.pdf} into
     * {@code outDir} and times each format warm, after a warm-up as long as the timing.
     */
    public static List<Row> run(List<Path> events, Path outDir, double seconds) throws Exception {
        Files.createDirectories(outDir);
        Vanban vanban = Vanban.builder().build();
        List<Row> rows = new ArrayList<>();
        for (Path p : events) {
            EventFile ev = Vanban.read(p);
            Nd30Style style = Vanban.style(ev);
            List<Document> docs = vanban.documents(ev);
            List<RenderedFile> files = vanban.render(ev, Set.of(Format.DOCX));
            warmUp(seconds, () -> {
                for (Document doc : docs) {
                    vanban.bytes(doc, Format.DOCX, style);
                    vanban.bytes(doc, Format.PDF, style);
                }
            });
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                String name = files.get(i).name().replaceFirst("\\.docx$", "");
                byte[] docx = vanban.bytes(doc, Format.DOCX, style);
                byte[] pdf = vanban.bytes(doc, Format.PDF, style);
                Files.write(outDir.resolve(name + ".docx"), docx);
                Files.write(outDir.resolve(name + ".pdf"), pdf);
                double peak = peakHeapMb(() -> vanban.bytes(doc, Format.PDF, style));
                Timing d = time(seconds / 2, () -> vanban.bytes(doc, Format.DOCX, style));
                Timing f = time(seconds / 2, () -> vanban.bytes(doc, Format.PDF, style));
                rows.add(new Row(name, pages(pdf), docx.length, pdf.length, d.wall()[0], d.median(), f.wall()[0], f.median(),
                        Math.min(d.wall().length, f.wall().length), peak, d.cpuMedian(), f.cpuMedian()));
            }
        }
        return rows;
    }

    /** Writes {@code scale-N.yaml} for each page count into {@code dir}; returns their paths. */
    public static List<Path> scaleEvents(Path dir, int... pages) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int n : pages) {
            Path p = dir.resolve("scale-" + n + ".yaml");
            Files.writeString(p, ScaleEvent.yaml(n));
            out.add(p);
        }
        return out;
    }

    interface Task {
        void run() throws Exception;
    }

    /**
     * Sorted wall-clock ms of the runs, and sorted CPU ms of the running thread (which a loaded
     * machine disturbs far less; a serial collector's pauses are not in it).
     */
    record Timing(double[] wall, double[] cpu) {
        double median() {
            return wall[wall.length / 2];
        }

        double cpuMedian() {
            return cpu[cpu.length / 2];
        }
    }

    /**
     * Runs {@code round} for about {@code seconds} (at least 3 rounds) before anything is timed: the
     * JIT's optimising tier compiles the hot path only after thousands of calls, and a shorter
     * warm-up left part of it interpreted or in the first tier (the steady state is what a service
     * that keeps running sees).
     */
    static void warmUp(double seconds, Task round) throws Exception {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        for (int n = 0; n < 3 || System.nanoTime() - start < budget; n++) {
            round.run();
        }
    }

    /** Runs over about {@code seconds} (at least 5), after as many warm-up runs. */
    static Timing time(double seconds, Task task) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        int warm = 0;
        while (warm < 5 || (System.nanoTime() - start < budget / 2 && warm < 500)) {
            task.run();
            warm++;
        }
        double[] ms = new double[warm];
        double[] cpu = new double[warm];
        for (int i = 0; i < warm; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Timing(ms, cpu);
    }

    /** Peak heap of one run of {@code task} after a full collection: the sum over heap pools, in MB. */
    static double peakHeapMb(Task task) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        task.run();
        long sum = 0;
        for (MemoryPoolMXBean m : pools) {
            sum += m.getPeakUsage().getUsed();
        }
        return sum / (1024.0 * 1024.0);
    }

    private static int pages(byte[] pdf) throws IOException {
        PdfReader r = new PdfReader(pdf);
        try {
            return r.getNumberOfPages();
        } finally {
            r.close();
        }
    }
}
