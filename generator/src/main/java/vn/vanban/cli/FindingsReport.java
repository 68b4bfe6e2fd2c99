package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.List;

import vn.vanban.event.Problem;
import vn.vanban.rules.Finding;
import vn.vanban.rules.RuleSet;

/**
 * Prints rule findings for people ({@code check}, {@code render}) and as JSON ({@code check --json}).
 *
 * <pre>{@code
 * FindingsReport.print(out, Checker.check(event, sets));   // each finding, then a blank line
 * }</pre>
 */
final class FindingsReport {
    private FindingsReport() {
    }

    /** Each finding (rule, where, what, source, fix), a blank line between them. */
    static void print(PrintWriter w, List<Finding> findings) {
        for (Finding f : findings) {
            w.println(f.format());
            w.println();
        }
    }

    /** "x.yaml: 2 rules broken (rule sets: nd30, chung)." or "x.yaml: every rule holds (…)." */
    static String summary(String file, List<Finding> findings, List<RuleSet> sets) {
        int rules = sets.stream().mapToInt(s -> s.rules().size()).sum();
        String names = String.join(", ", sets.stream().map(RuleSet::name).toList());
        if (findings.isEmpty()) {
            return file + ": every rule holds (" + rules + " rules of " + names + ").";
        }
        return file + ": " + findings.size() + " finding" + (findings.size() > 1 ? "s" : "") + " (" + rules + " rules of " + names + ").";
    }

    /** One JSON object for a finding, fields in a fixed order. */
    static String json(Finding f) {
        return "{\"rule\": " + str(f.ruleId()) + ", \"rule_set\": " + str(f.ruleSet()) + ", \"file\": " + str(f.file() == null ? "" : f.file().toString())
                + ", \"line\": " + f.line() + ", \"column\": " + f.column() + ", \"field\": " + str(f.field())
                + ", \"message\": " + str(f.message()) + ", \"source\": " + str(f.source()) + ", \"fix\": " + str(f.fix()) + "}";
    }

    /** One JSON object for an input problem. */
    static String json(Problem p) {
        return "{\"file\": " + str(p.file() == null ? "" : p.file().toString()) + ", \"line\": " + p.line() + ", \"column\": " + p.column()
                + ", \"field\": " + str(p.field()) + ", \"message\": " + str(p.message()) + ", \"hint\": " + str(p.hint()) + "}";
    }

    /** A JSON string literal. */
    static String str(String s) {
        return vn.vanban.text.JsonStrings.quote(s);
    }
}
