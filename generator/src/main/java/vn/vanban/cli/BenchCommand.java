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
}
