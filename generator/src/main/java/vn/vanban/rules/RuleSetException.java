package vn.vanban.rules;

import java.util.List;

import vn.vanban.event.Problem;

/**
 * A rule set that cannot be used: not found, not YAML, or a rule with a wrong key or parameter. Each problem
 * names the file, line, field and what to do.
 *
 * <pre>{@code
 * try {
 *     RuleSet.load(Path.of("rules/my-province.yaml"));
 * } catch (RuleSetException e) {
 *     e.problems().forEach(p -> System.err.println(p.format()));
 * }
 * }</pre>
 */
public final class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public RuleSetException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad rule set" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
