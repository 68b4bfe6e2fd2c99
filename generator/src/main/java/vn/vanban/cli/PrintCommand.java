package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.RenderedFile;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.event.Problem;
import vn.vanban.render.print.EventPrintJob;
import vn.vanban.render.print.PrintException;
import vn.vanban.render.print.PrintFont;
import vn.vanban.render.print.PrintJob;
import vn.vanban.render.print.PrintRenderer;

/** {@code vanban print}: the event's backdrop, banners, stage title, cover, name cards and badges at real size. */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Writes the print items of an event file, one PDF each at real size (bleed, crop marks, CMYK, fonts embedded),",
                "a PNG preview of each, and README.txt for the print shop (sizes, bleed, fonts, colours, scale).",
                "Items, sizes, slogans and colours come from the event file's in_an: key; without it, customary defaults.",
                "Nothing is written unless every item renders: no half-written files."},
        footer = {"", "Examples:",
                "  ./vanban print examples/binh-phuoc-2025.yaml -o out/print/",
                "  ./vanban print my-event.yaml --font UTM-Impact.ttf --outlines",
                "", "Exit codes: 0 written, 2 bad input (the message names the file, line and key, or the line of text that does not fit)."})
public final class PrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "EVENT.yaml", description = "The event file.")
    Path event;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out/print",
            description = "Folder for the files (created if needed). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--font", paramLabel = "FILE.ttf",
            description = "A TrueType/OpenType font for every line instead of the bundled Be Vietnam Pro; it must have every Vietnamese letter.")
    Path font;

    @Option(names = "--outlines", description = "Turn the type into outlines (no fonts in the PDFs) for shops that ask for it.")
    boolean outlines;

    @Option(names = "--preview-px", paramLabel = "N", defaultValue = "1600",
            description = "Long side of the PNG previews in pixels; 0 for none. Default: ${DEFAULT-VALUE}.")
    int previewPx;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (previewPx < 0 || previewPx > 10_000) {
            err.println("vanban: error: --preview-px " + previewPx + " is out of range: use 0 (no previews) to 10000.");
            return ExitCode.BAD_INPUT;
        }
        EventFile ev;
        try {
            ev = EventReader.read(event);
        } catch (EventFileException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.println("vanban: " + e.problems().size() + " problem" + (e.problems().size() > 1 ? "s" : "") + " in " + event + "; nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        for (Problem w : ev.warnings()) {
            err.println(w.format().replaceFirst(": fixed: ", ": warning: fixed: "));
        }
        List<RenderedFile> files;
        try {
            PrintRenderer.Builder b = PrintRenderer.builder().outlines(outlines).previewPixels(previewPx);
            if (font != null) {
                b.font(PrintFont.load(font));
            }
            PrintJob job;
            try {
                job = EventPrintJob.from(ev);
                files = b.build().render(job);
            } catch (PrintException e) {
                err.println(EventPrintJob.problem(event, e).format());
                err.println("vanban: nothing was written.");
                return ExitCode.BAD_INPUT;
            }
        } catch (PrintException e) {
            err.println("vanban: error: " + e.getMessage());
            err.println("vanban: nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        try {
            for (Path p : OutputFiles.writeAll(output, files)) {
                if (!quiet) {
                    out.println(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("vanban: error: cannot write to " + output + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }
}
