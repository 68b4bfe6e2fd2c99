package vn.vanban.template.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.template.Template;

/**
 * Runs one template within limits: a running time (the template is interrupted), an output size (a bounded
 * writer) and a stack (a thread of its own, so that runaway recursion ends in an error, not a crash). Also
 * refuses, before running, the built-ins that would make the output depend on something other than the
 * model: the clock ({@code .now}) and code read from data ({@code ?eval}, {@code ?interpret}).
 *
 * <pre>{@code
 * String xml = new BoundedRun(Duration.ofSeconds(10), 32 << 20).run(template, model);
 * }</pre>
 */
public final class BoundedRun {
    /** The stack of the thread a template runs in. */
    public static final long STACK_BYTES = 8L << 20;
    private static final Pattern FORBIDDEN = Pattern.compile("(?<![\\w.])\\.now\\b|\\?\\s*(eval|eval_json|interpret)\\b");

    private final Duration timeLimit;
    private final long outputLimit;

    /** Limits: the running time and the number of characters a template may write. */
    public BoundedRun(Duration timeLimit, long outputLimit) {
        this.timeLimit = timeLimit;
        this.outputLimit = outputLimit;
    }

    /** Why a run stopped. */
    public enum Limit {
        TIME, OUTPUT, RECURSION
    }

    /** A template that hit one of the limits. */
    public static final class LimitException extends Exception {
        private final Limit limit;

        LimitException(Limit limit, String message) {
            super(message);
            this.limit = limit;
        }

        public Limit limit() {
            return limit;
        }
    }

    /** The first forbidden construct in the template ({@code .now}, {@code ?eval}, …) with its line, or null. */
    public static String forbidden(String source) {
        Matcher m = FORBIDDEN.matcher(source);
        if (!m.find()) {
            return null;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line + ":" + m.group().replaceAll("\\s", "");
    }

    /**
     * Runs {@code t} over {@code model}; its exceptions are rethrown as they are, a limit as a
     * {@link LimitException}. The template must have had {@code _CoreAPI.addThreadInterruptedChecks}.
     */
    public String run(Template t, Object model) throws freemarker.template.TemplateException, IOException, LimitException {
        BoundedWriter out = new BoundedWriter(outputLimit);
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                t.process(model, out);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "vanban-template", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(timeLimit.toMillis());
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(5_000);
                throw new LimitException(Limit.TIME, "ran for more than " + timeLimit.toSeconds() + " s and was stopped (limit: template running time)");
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new LimitException(Limit.TIME, "was interrupted");
        }
        Throwable e = failure[0];
        if (e == null) {
            return out.toString();
        }
        if (e instanceof OutputLimitReached || e.getCause() instanceof OutputLimitReached) {
            throw new LimitException(Limit.OUTPUT, "wrote more than " + outputLimit / (1 << 20)
                    + " million characters and was stopped (limit: template output size)");
        }
        if (e instanceof StackOverflowError || e.getCause() instanceof StackOverflowError) {
            throw new LimitException(Limit.RECURSION, "calls a macro or function inside itself too deeply (limit: template recursion depth)");
        }
        if (e instanceof freemarker.template.TemplateException te) {
            throw te;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e);
    }

    /** Thrown by the writer when the output limit is reached. */
    private static final class OutputLimitReached extends IOException {
        OutputLimitReached() {
            super("output limit reached");
        }
    }

    /** A writer that keeps at most {@code limit} characters. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16_384);
        private final long limit;

        BoundedWriter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (sb.length() + (long) len > limit) {
                throw new OutputLimitReached();
            }
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (sb.length() + (long) len > limit) {
                throw new OutputLimitReached();
            }
            sb.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
