package vn.vanban.cli;

/** The exit codes of every vanban command. */
public final class ExitCode {
    private ExitCode() {
    }

    /** Everything went well. */
    public static final int OK = 0;
    /** The command ran and found rule or format problems to report. */
    public static final int FINDINGS = 1;
    /** Bad input: a file, an option or a template that cannot be used. Nothing was written. */
    public static final int BAD_INPUT = 2;
    /** An internal error (a bug in vanban, or the machine ran out of memory): a one-line message; --debug shows the trace. */
    public static final int INTERNAL = 3;
}
