package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * What the CLI says when vanban itself fails: one line naming the failure, exit code
 * {@link ExitCode#INTERNAL}, and the stack trace only with {@code --debug} or {@code VANBAN_DEBUG=1}.
 *
 * <pre>{@code
 * int code = InternalErrors.report(e, debug, err);   // "vanban: internal error: …", returns 3
 * }</pre>
 */
final class InternalErrors {
    private InternalErrors() {
    }

    /** Whether the user asked for stack traces: {@code --debug} before a lone {@code --}, or VANBAN_DEBUG=1. */
    static boolean debugRequested(String[] args, String env) {
        if (env != null && (env.equals("1") || env.equalsIgnoreCase("true"))) {
            return true;
        }
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The arguments without {@code --debug}, which every command accepts. */
    static String[] withoutDebugFlag(String[] args) {
        int end = Arrays.asList(args).indexOf("--");
        int limit = end < 0 ? args.length : end;
        String[] out = new String[args.length];
        int n = 0;
        for (int i = 0; i < args.length; i++) {
            if (i < limit && args[i].equals("--debug")) {
                continue;
            }
            out[n++] = args[i];
        }
        return Arrays.copyOf(out, n);
    }

    /** Prints one line (the trace too when {@code debug}) and returns {@link ExitCode#INTERNAL}. */
    static int report(Throwable t, boolean debug, PrintWriter err) {
        if (t instanceof OutOfMemoryError) {
            err.println("vanban: internal error: out of memory. Give Java more with VANBAN_JAVA_OPTS=-Xmx2g,"
                    + " or render fewer or shorter documents at once.");
        } else if (t instanceof StackOverflowError) {
            err.println("vanban: internal error: nesting too deep for the stack" + where(t)
                    + ". Run again with --debug and report it with the input.");
        } else {
            String msg = t.getMessage() == null ? "" : ": " + firstLine(t.getMessage());
            err.println("vanban: internal error: " + t.getClass().getSimpleName() + msg + where(t)
                    + ". Run again with --debug for the details, and report it with the command you ran.");
        }
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** " (at Class.method:line)" for the first frame in vanban, or "". */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("vn.vanban.")) {
                String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
                return " (at " + cls + "." + e.getMethodName() + ":" + e.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
