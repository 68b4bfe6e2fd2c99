package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.event.Problem;
import vn.vanban.rules.Checker;
import vn.vanban.rules.Finding;
import vn.vanban.rules.RuleSet;
import vn.vanban.rules.RuleSetException;

/**
 * {@code vanban check}: an event file against the ND30 rules and the rules of the plan it follows.
 *
 * <pre>{@code
 * Main.run(new String[] {"check", "xa.yaml", "--rules", "hd-tam-duong"}, out, err);   // 0, 1 or 2
 * }</pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Checks an event file against the ND30 rules and the rules of the plan it follows.",
                "Always applies nd30 (the decree's format) and chung (dates in order, votes,",
                "agenda), then the sets the file names in quy_tac: and those given with --rules.",
                "Each finding names the rule, the field and its line, the source and the fix.",
                "Bundled: nd30, chung, kh-293-binh-phuoc, hd-tam-duong; add your own .yaml."},
        footer = {"", "Examples:",
                "  ./vanban check examples/tam-duong-2024.yaml",
                "  ./vanban check my-event.yaml --rules kh-293-binh-phuoc",
                "  ./vanban check my-event.yaml --rules quy-tac/lai-chau.yaml --json",
                "", "Exit codes: 0 every rule holds, 1 a rule is broken, 2 unreadable input."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "EVENT.yaml", description = "Event file(s) to check.")
    List<Path> events = new ArrayList<>();

    @Option(names = {"-r", "--rules"}, paramLabel = "NAME|FILE",
            description = "A rule set to apply besides those the event file names: a bundled name or a .yaml file or folder. Repeatable.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--json", description = "Print the findings as JSON (fields: rule, rule_set, file, line, column, field, message, source, fix).")
    boolean json;

    @Option(names = "--list-kinds", description = "Print the rule kinds (kieu:) a rule set may use, and exit.")
    boolean listKinds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listKinds) {
            RuleSet.kinds().forEach((name, what) -> out.println(name + ": " + what + "."));
            return ExitCode.OK;
        }
        if (events.isEmpty()) {
            err.println("vanban: error: give an event file to check, e.g. ./vanban check examples/tam-duong-2024.yaml");
            return ExitCode.BAD_INPUT;
        }
        int code = ExitCode.OK;
        List<String> jsonFiles = new ArrayList<>();
        int total = 0;
        for (Path event : events) {
            List<Problem> problems = new ArrayList<>();
            List<Finding> findings = List.of();
            List<RuleSet> sets = List.of();
            try {
                EventFile ev = EventReader.read(event);
                sets = Checker.ruleSetsFor(ev, rules);
                findings = Checker.check(ev, sets);
            } catch (EventFileException e) {
                problems.addAll(e.problems());
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
            total += findings.size();
            if (!problems.isEmpty()) {
                code = ExitCode.BAD_INPUT;
            } else if (!findings.isEmpty() && code == ExitCode.OK) {
                code = ExitCode.FINDINGS;
            }
            if (json) {
                jsonFiles.add(jsonFile(event, sets, findings, problems));
                continue;
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.format()));
                err.println("vanban: " + event + " could not be checked.");
                continue;
            }
            FindingsReport.print(out, findings);
            out.println(FindingsReport.summary(event.toString(), findings, sets));
        }
        if (json) {
            out.println("{\"files\": [" + String.join(",\n  ", jsonFiles) + "],\n \"findings\": " + total + ", \"exit_code\": " + code + "}");
        }
        return code;
    }

    private static String jsonFile(Path event, List<RuleSet> sets, List<Finding> findings, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("{\"file\": ").append(FindingsReport.str(event.toString())).append(", \"rule_sets\": [");
        sb.append(String.join(", ", sets.stream().map(s -> FindingsReport.str(s.name())).toList())).append("],\n   \"findings\": [");
        sb.append(String.join(",\n    ", findings.stream().map(FindingsReport::json).toList())).append("],\n   \"errors\": [");
        sb.append(String.join(",\n    ", problems.stream().map(FindingsReport::json).toList())).append("]}");
        return sb.toString();
    }
}
