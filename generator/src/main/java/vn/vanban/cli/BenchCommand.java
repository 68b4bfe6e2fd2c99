package vn.vanban.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.bench.DelegatesBenchmark;
import vn.vanban.bench.RenderBenchmark;
import vn.vanban.bench.TextBenchmark;
import vn.vanban.event.EventFileException;

/** {@code vanban bench}: warm timings in one JVM (the cold ones: scripts/benchmark). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures rendering in one warm JVM (event file → model → DOCX, PDF) and the text toolkit's throughput.",
                "For whole-process (cold) timings run scripts/benchmark, which also runs this."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "EVENT.yaml", description = "Event files; default: the two seed examples.")
    List<Path> events;

    @Option(names = {"-n", "--iterations"}, defaultValue = "200", description = "Timed runs per stage (after as many warm-up runs). Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--text-mb", defaultValue = "10", description = "Megabytes of mixed Vietnamese text for the toolkit benchmark (0 to skip). Default: ${DEFAULT-VALUE}.")
    int textMb;

    @Option(names = "--print", description = "Time the print items instead (12 m backdrop, 200 name cards).")
    boolean print;

    @Option(names = "--delegates", split = ",", arity = "0..1", fallbackValue = "100,1000,10000,100000", paramLabel = "ROWS",
            description = "Only the delegates-from-Excel benchmark, for these row counts (default 100,1000,10000,100000); run with -Xmx256m to check the heap.")
    List<Integer> delegateRows;

    @Option(names = "--docs", paramLabel = "DIR", description = {"Instead: time each document's DOCX and PDF warm, write them into DIR "
            + "(for LibreOffice to convert the same DOCX) and print one tab-separated row per document (scripts/benchmark reads it).",
            "Default events: the three examples."})
    Path docs;

    @Option(names = "--scale", split = ",", paramLabel = "PAGES", description = "With --docs: also generated Kế hoạch of about these page counts, e.g. 10,100,1000.")
    List<Integer> scale;

    @Option(names = "--seconds", defaultValue = "2", description = "With --docs or --throughput: seconds of timed runs per document and format, or per thread count. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--throughput", split = ",", paramLabel = "THREADS", description = "Instead: documents per second of the whole kit (DOCX + PDF) on these thread counts, e.g. 1,2.")
    List<Integer> throughput;

    @Override
    public Integer call() throws Exception {
        if (delegateRows != null) {
            if (delegateRows.stream().anyMatch(n -> n == null || n < 1 || n > 200_000)) {
                spec.commandLine().getErr().println("vanban: error: --delegates: give row counts from 1 to 200000, e.g. --delegates 100,1000,10000");
                return ExitCode.BAD_INPUT;
            }
            spec.commandLine().getOut().print(DelegatesBenchmark.run(delegateRows));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (print) {
            spec.commandLine().getOut().print(vn.vanban.bench.PrintBenchmark.run(Math.min(iterations, 20)));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (docs != null || throughput != null) {
            return compare();
        }
        try {
            spec.commandLine().getOut().print(RenderBenchmark.run(events == null ? RenderBenchmark.seeds() : events, iterations));
        } catch (EventFileException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCode.BAD_INPUT;
        }
        if (textMb > 0) {
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().print(TextBenchmark.run(textMb));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private Integer compare() throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        List<Path> inputs = new java.util.ArrayList<>(events != null ? events
                : List.of(Path.of("examples/binh-phuoc-2025.yaml"), Path.of("examples/tam-duong-2024.yaml"), Path.of("examples/so-noi-vu-phu-tho-2025.yaml")));
        try {
            for (Path p : inputs) {
                vn.vanban.Vanban.read(p); // every file checked before any output
            }
            if (throughput != null) {
                for (int threads : throughput) {
                    out.println(vn.vanban.bench.ThroughputBenchmark.run(inputs, threads, seconds));
                    out.flush();
                }
                return ExitCode.OK;
            }
            if (scale != null) {
                inputs.addAll(vn.vanban.bench.ComparisonBenchmark.scaleEvents(docs, scale.stream().mapToInt(Integer::intValue).toArray()));
            }
            out.println(vn.vanban.bench.ComparisonBenchmark.Row.header());
            for (Path p : inputs) {
                for (vn.vanban.bench.ComparisonBenchmark.Row r : vn.vanban.bench.ComparisonBenchmark.run(List.of(p), docs, seconds)) {
                    out.println(r.tsv());
                    out.flush();
                }
            }
        } catch (EventFileException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }
}
