package vn.vanban.event;

import java.util.List;
import java.util.stream.Collectors;

/** An event file that cannot be used, with every problem found in it. */
public final class EventFileException extends Exception {
    private final transient List<Problem> problems;

    public EventFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public EventFileException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
