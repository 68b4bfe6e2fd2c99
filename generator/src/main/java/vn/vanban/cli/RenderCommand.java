package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.rules.RuleSetException;
import vn.vanban.render.pdf.MissingGlyphException;
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

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Set<Format> fs = options.formats(err);
        if (fs == null) {
            return ExitCode.BAD_INPUT;
        }
        List<RenderedFile> all = new ArrayList<>();
        int findings = 0;
        try (ExecutorService renderers = DocumentRun.renderers()) {
            Vanban vanban;
            try {
                vanban = Vanban.builder().templates(options.templates).executor(renderers).build();
            } catch (IllegalArgumentException e) {
                err.println("vanban: error: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            for (Path event : events) {
                try {
                    EventFile ev = Vanban.read(event);
                    findings += DocumentRun.prepare(ev, err, options.quiet);
                    all.addAll(vanban.render(ev, fs));
                } catch (RuleSetException | EventFileException | TemplateException | MissingGlyphException e) {
                    return DocumentRun.failed(e, event, err);
                }
            }
        }
        return DocumentRun.write(options, all, findings, out, err);
    }
}
