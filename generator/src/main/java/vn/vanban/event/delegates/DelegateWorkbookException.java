package vn.vanban.event.delegates;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A delegates workbook that cannot be used, with every problem found in it (all bad rows at once).
 *
 * <pre>{@code
 * try {
 *     DelegateWorkbook.read(path);
 * } catch (DelegateWorkbookException e) {
 *     e.problems().forEach(p -> System.err.println(p.format()));
 * }
 * }</pre>
 */
public final class DelegateWorkbookException extends Exception {
    private final transient List<WorkbookProblem> problems;
    private final int total;

    /**
     * @param problems the problems kept (at most a few hundred)
     * @param total    how many were found in all, at least {@code problems.size()}
     */
    public DelegateWorkbookException(List<WorkbookProblem> problems, int total) {
        super(problems.stream().map(WorkbookProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    public DelegateWorkbookException(WorkbookProblem problem) {
        this(List.of(problem), 1);
    }

    /** The problems kept, in sheet order. */
    public List<WorkbookProblem> problems() {
        return problems;
    }

    /** How many problems were found, including those not kept in {@link #problems()}. */
    public int total() {
        return total;
    }
}
