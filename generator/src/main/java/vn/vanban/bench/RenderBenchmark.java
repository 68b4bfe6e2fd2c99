package vn.vanban.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.vanban.Format;
import vn.vanban.Vanban;
import vn.vanban.doc.Document;
import vn.vanban.event.EventFile;
import vn.vanban.style.Nd30Style;

/**
 * Warm timings of the pipeline in one JVM: event file → document model, → DOCX, → PDF.
 *
 * <pre>{@code
 * System.out.print(RenderBenchmark.run(List.of(Path.of("examples/binh-phuoc-2025.yaml")), 200));
 * }</pre>
 *
 * <p>Each stage runs {@code iterations} times after as many warm-up runs; the report gives the
 * median and the 90th percentile in milliseconds, and the output sizes.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    /** Runs the benchmark over the event files and returns the report. */
    public static String run(List<Path> events, int iterations) throws Exception {
        Vanban vanban = Vanban.builder().build();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Warm, one JVM (%s %s), %d runs after %d warm-up runs; ms median / p90%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), iterations, iterations));
        sb.append(String.format(Locale.ROOT, "%-32s %16s %16s %16s %16s %12s%n", "event file", "read+template", "DOCX", "PDF", "DOCX+PDF", "sizes KB"));
        for (Path p : events) {
            EventFile ev = Vanban.read(p);
            Nd30Style style = Vanban.style(ev);
            Document doc = vanban.documents(ev).get(0);
            double[] build = time(iterations, () -> vanban.documents(Vanban.read(p)));
            double[] docx = time(iterations, () -> vanban.bytes(doc, Format.DOCX, style));
            double[] pdf = time(iterations, () -> vanban.bytes(doc, Format.PDF, style));
            double[] both = time(iterations, () -> {
                vanban.bytes(doc, Format.DOCX, style);
                vanban.bytes(doc, Format.PDF, style);
            });
            int docxKb = vanban.bytes(doc, Format.DOCX, style).length / 1024;
            int pdfKb = vanban.bytes(doc, Format.PDF, style).length / 1024;
            sb.append(String.format(Locale.ROOT, "%-32s %16s %16s %16s %16s %12s%n", p.getFileName(),
                    cell(build), cell(docx), cell(pdf), cell(both), docxKb + " / " + pdfKb));
        }
        return sb.toString();
    }

    private interface Task {
        void run() throws Exception;
    }

    private static double[] time(int n, Task task) throws Exception {
        for (int i = 0; i < n; i++) {
            task.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String cell(double[] sorted) {
        return String.format(Locale.ROOT, "%.1f / %.1f", sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)]);
    }

    /** The bundled seed examples. */
    public static List<Path> seeds() {
        return new ArrayList<>(List.of(Path.of("examples/binh-phuoc-2025.yaml"), Path.of("examples/tam-duong-2024.yaml")));
    }
}
