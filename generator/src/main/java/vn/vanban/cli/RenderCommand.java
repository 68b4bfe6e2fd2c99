package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.Problem;
import vn.vanban.rules.Checker;
import vn.vanban.rules.Finding;
import vn.vanban.rules.RuleSetException;
import vn.vanban.template.TemplateException;

/** {@code vanban render}: event file → DOCX and PDF in ND30 format. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Renders every document of an event file (van_ban:) to DOCX and PDF in the format of Nghị định 30/2020/NĐ-CP.",
                "Files are named after the event file and the document: binh-phuoc-2025-ke-hoach.docx, …",
                "Nothing is written unless every document renders: no half-written files."},
        footer = {"", "Examples:",
                "  ./vanban render examples/binh-phuoc-2025.yaml -o out/",
                "  ./vanban render examples/tam-duong-2024.yaml --format pdf",
                "  ./vanban render my-event.yaml --templates my-templates/   (edited copies of templates/*.ftl)",
                "", "Exit codes: 0 written, 1 written but a rule is broken (./vanban check; with",
                "--strict nothing is written), 2 bad input (the message names the file, line",
                "and field)."})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "EVENT.yaml", description = "Event file(s) to render.")
    List<Path> events;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the output files (created if needed). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "docx,pdf",
            description = "Formats to write, comma-separated: docx, pdf, txt. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "A folder of templates (*.ftl) used before the bundled ones: copy templates/ and edit.")
    Path templates;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--strict", description = "Write nothing when the event breaks a rule (./vanban check); without it the documents are still written and the exit code is 1.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Set<Format> fs = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            Format parsed = Format.parse(f);
            if (parsed == null) {
                err.println("vanban: error: --format " + f + " is not a format: use docx, pdf or txt.");
                return ExitCode.BAD_INPUT;
            }
            fs.add(parsed);
        }
        if (fs.isEmpty()) {
            err.println("vanban: error: --format names no format: use docx, pdf or txt (e.g. --format docx,pdf).");
            return ExitCode.BAD_INPUT;
        }
        Vanban vanban;
        try {
            vanban = Vanban.builder().templates(templates).build();
        } catch (IllegalArgumentException e) {
            err.println("vanban: error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        List<RenderedFile> all = new ArrayList<>();
        int findings = 0;
        for (Path event : events) {
            try {
                EventFile ev = Vanban.read(event);
                for (Problem w : ev.warnings()) {
                    err.println(w.format().replaceFirst(": fixed: ", ": warning: fixed: "));
                }
                if (!quiet) {
                    vn.vanban.template.ToneReport.of(ev).ifPresent(note -> err.println(ev.path() + ": " + note));
                }
                List<Finding> found = Checker.check(ev, Checker.ruleSetsFor(ev, List.of()));
                FindingsReport.print(err, found);
                findings += found.size();
                all.addAll(vanban.render(ev, fs));
            } catch (RuleSetException e) {
                e.problems().forEach(p -> err.println(p.format()));
                err.println("vanban: a rule set named by " + event + " cannot be used; nothing was written.");
                return ExitCode.BAD_INPUT;
            } catch (EventFileException e) {
                e.problems().forEach(p -> err.println(p.format()));
                err.println("vanban: " + e.problems().size() + " problem" + (e.problems().size() > 1 ? "s" : "") + " in " + event + "; nothing was written.");
                return ExitCode.BAD_INPUT;
            } catch (TemplateException e) {
                err.println(e.format());
                err.println("vanban: nothing was written.");
                return ExitCode.BAD_INPUT;
            } catch (vn.vanban.render.pdf.MissingGlyphException e) {
                err.println("vanban: error: " + e.getMessage());
                err.println("vanban: nothing was written.");
                return ExitCode.BAD_INPUT;
            }
        }
        if (findings > 0 && strict) {
            err.println("vanban: " + findings + " finding" + (findings > 1 ? "s" : "") + " (--strict): nothing was written.");
            return ExitCode.FINDINGS;
        }
        try {
            for (Path p : OutputFiles.writeAll(output, all)) {
                if (!quiet) {
                    out.println(p);
                }
            }
        } catch (OutputFiles.NameClash e) {
            err.println("vanban: error: " + e.getMessage());
            err.println("vanban: nothing was written.");
            return ExitCode.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("vanban: error: cannot write to " + output + ": " + e.getMessage() + "; nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        if (findings > 0) {
            err.println("vanban: written, with " + findings + " finding" + (findings > 1 ? "s" : "") + " above (./vanban check shows them; --strict writes nothing).");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
