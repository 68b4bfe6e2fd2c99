package vn.vanban.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.vanban.Format;
import vn.vanban.Vanban;
import vn.vanban.doc.Document;
import vn.vanban.event.EventFile;
import vn.vanban.style.Nd30Style;

/**
 * Warm throughput of the whole kit in one JVM: documents per second (each DOCX + PDF, from the
 * event file read and templated again every time), on one thread and on several.
 *
 * <pre>{@code
 * String line = ThroughputBenchmark.run(events, 2, 5.0);   // "2 threads: 41.3 documents/s (…)"
 * }</pre>
 *
 * <p>All threads share one {@link Vanban} as a web server would; each runs the kit over and over
 * for {@code seconds} after a warm-up of the same length.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {
    }

    /** One line: documents per second and kits per second on {@code threads} threads. */
    public static String run(List<Path> events, int threads, double seconds) throws Exception {
        Vanban vanban = Vanban.builder().build();
        int docsPerKit = kit(vanban, events);
        measure(vanban, events, threads, seconds); // warm-up
        long kits = measure(vanban, events, threads, seconds);
        double perSecond = kits / seconds;
        return String.format(Locale.ROOT, "%d thread%s: %.1f documents/s (%.1f kits/s of %d documents, DOCX + PDF each)",
                threads, threads == 1 ? "" : "s", perSecond * docsPerKit, perSecond, docsPerKit);
    }

    private static long measure(Vanban vanban, List<Path> events, int threads, double seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        kit(vanban, events);
                        n++;
                    }
                    return n;
                }));
            }
            Thread.sleep((long) (seconds * 1000));
            stop.set(true);
            long total = 0;
            for (Future<Long> f : futures) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads, templates and renders every document of every event in both formats; returns the count. */
    private static int kit(Vanban vanban, List<Path> events) throws Exception {
        int n = 0;
        for (Path p : events) {
            EventFile ev = Vanban.read(p);
            Nd30Style style = Vanban.style(ev);
            for (Document doc : vanban.documents(ev)) {
                vanban.bytes(doc, Format.DOCX, style);
                vanban.bytes(doc, Format.PDF, style);
                n++;
            }
        }
        return n;
    }
}
