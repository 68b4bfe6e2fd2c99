import java.io.File;
import java.util.Arrays;
import java.util.Locale;

import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.NoopFilter;
import org.jodconverter.local.office.LocalOfficeManager;

/**
 * LibreOffice kept running: converts each DOCX to PDF through JODConverter's local office manager
 * (one soffice process started once, as document services run it) and prints, per file, one
 * tab-separated row "name  min_ms  median_ms  runs" after 2 warm-up conversions.
 *
 * <pre>
 * java -cp "$(cat cp.txt)" bench/jodconverter/JodBench.java OUTDIR RUNS a.docx b.docx …
 * </pre>
 * Run by scripts/benchmark; not part of vanban.
 */
public final class JodBench {
    public static void main(String[] args) throws Exception {
        File outDir = new File(args[0]);
        int runs = Integer.parseInt(args[1]);
        String officeHome = System.getenv().getOrDefault("OFFICE_HOME", "/usr/lib/libreoffice");
        OfficeManager manager = LocalOfficeManager.builder().officeHome(officeHome).portNumbers(2099)
                .processTimeout(120_000L).taskExecutionTimeout(600_000L).build();
        manager.start();
        try {
            // JOD_FILTERS=none: skip JODConverter's default RefreshFilter (which refreshes the whole
            // document before export); the default is what a document service gets out of the box.
            LocalConverter converter = "none".equals(System.getenv("JOD_FILTERS"))
                    ? LocalConverter.builder().officeManager(manager).filterChain(NoopFilter.CHAIN).build()
                    : LocalConverter.make(manager);
            for (int i = 2; i < args.length; i++) {
                File in = new File(args[i]);
                File out = new File(outDir, in.getName().replaceFirst("\\.docx$", ".lo.pdf"));
                long[] ns = new long[runs];
                for (int w = 0; w < 2; w++) {
                    converter.convert(in).to(out).execute();
                }
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    converter.convert(in).to(out).execute();
                    ns[r] = System.nanoTime() - t;
                }
                Arrays.sort(ns);
                System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%d%n", in.getName().replaceFirst("\\.docx$", ""),
                        ns[0] / 1e6, ns[runs / 2] / 1e6, runs);
                System.out.flush();
            }
        } finally {
            manager.stop();
        }
    }
}
