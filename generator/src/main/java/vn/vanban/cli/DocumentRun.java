package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import vn.vanban.RenderedFile;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.Problem;
import vn.vanban.rules.Checker;
import vn.vanban.rules.Finding;
import vn.vanban.rules.RuleSetException;
import vn.vanban.template.TemplateException;
import vn.vanban.template.ToneReport;

/**
 * The steps {@code render} and {@code kit} share: say what reading fixed and what the tone-mark
 * style changes, run the check, turn an error into its message, and write all or nothing with the
 * exit code the README promises (0 written, 1 written with findings or nothing with --strict, 2 bad
 * input).
 */
final class DocumentRun {
    private DocumentRun() {
    }

    /**
     * One thread per core for the renderings of one run (a document's DOCX and PDF side by side);
     * daemon threads, so an interrupted run never waits for them. Close it when the run ends.
     */
    static ExecutorService renderers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "vanban-render-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Prints the reader's warnings, the tone note and the check's findings; returns how many findings. */
    static int prepare(EventFile ev, PrintWriter err, boolean quiet) throws RuleSetException {
        for (Problem w : ev.warnings()) {
            err.println(w.format().replaceFirst(": fixed: ", ": warning: fixed: "));
        }
        if (!quiet) {
            ToneReport.of(ev).ifPresent(note -> err.println(ev.path() + ": " + note));
        }
        List<Finding> found = Checker.check(ev, Checker.ruleSetsFor(ev, List.of()));
        FindingsReport.print(err, found);
        return found.size();
    }

    /** The message and exit code of an input error while reading or rendering {@code event}. */
    static int failed(Exception e, Path event, PrintWriter err) {
        switch (e) {
            case RuleSetException r -> {
                r.problems().forEach(p -> err.println(p.format()));
                err.println("vanban: a rule set named by " + event + " cannot be used; nothing was written.");
            }
            case EventFileException r -> {
                r.problems().forEach(p -> err.println(p.format()));
                err.println("vanban: " + r.problems().size() + " problem" + (r.problems().size() > 1 ? "s" : "") + " in "
                        + event + "; nothing was written.");
            }
            case TemplateException t -> {
                err.println(t.format());
                err.println("vanban: nothing was written.");
            }
            default -> {
                err.println("vanban: error: " + e.getMessage());
                err.println("vanban: nothing was written.");
            }
        }
        return ExitCode.BAD_INPUT;
    }

    /** Writes every file or none, and the exit code for the findings the check reported. */
    static int write(DocumentOptions o, List<RenderedFile> all, int findings, PrintWriter out, PrintWriter err) {
        if (findings > 0 && o.strict) {
            err.println("vanban: " + findings + " finding" + (findings > 1 ? "s" : "") + " (--strict): nothing was written.");
            return ExitCode.FINDINGS;
        }
        try {
            for (Path p : OutputFiles.writeAll(o.output, all)) {
                if (!o.quiet) {
                    out.println(p);
                }
            }
        } catch (OutputFiles.NameClash e) {
            err.println("vanban: error: " + e.getMessage());
            err.println("vanban: nothing was written.");
            return ExitCode.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("vanban: error: cannot write to " + o.output + ": " + e.getMessage() + "; nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        if (findings > 0) {
            err.println("vanban: written, with " + findings + " finding" + (findings > 1 ? "s" : "")
                    + " above (./vanban check shows them; --strict writes nothing).");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
