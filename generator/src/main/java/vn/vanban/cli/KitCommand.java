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
import vn.vanban.KitDocument;
import vn.vanban.KitPackage;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.Problem;
import vn.vanban.template.TemplateException;

/** {@code vanban kit}: every document a congress calls for, DOCX and PDF, with an index and one zip. */
@Command(name = "kit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Makes the whole congress kit from one event file: Kế hoạch (with its Đề cương), Chương trình, Giấy mời (one page per delegate),",
                "Danh sách trích ngang đại biểu, Báo cáo tổng kết phong trào (draft), and when the file has them: Báo cáo tổng kết Đại hội / Hội nghị (ket_qua),",
                "Tờ trình đề nghị khen thưởng, Biên bản họp Hội đồng, one Báo cáo thành tích per proposal (de_nghi_khen_thuong, hoi_dong).",
                "Writes each as DOCX and PDF, index.html (kind, number, date, pages, links) and <event>-bo-van-ban.zip.",
                "Nothing is written unless every document renders."},
        footer = {"", "Examples:",
                "  ./vanban kit examples/tan-hop-2025.yaml -o out/",
                "  ./vanban new --level xa --form hoi-nghi > my-event.yaml && ./vanban kit my-event.yaml",
                "", "Exit codes: 0 written, 2 bad input (the message names the file, line and field)."})
public final class KitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT.yaml", description = "The event file.")
    Path event;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the kit (created if needed). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "docx,pdf",
            description = "Formats to write, comma-separated: docx, pdf, txt. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "A folder of templates used before the bundled ones; its kinds.yaml may add document kinds.")
    Path templates;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--strict", description = "Write nothing when the event breaks a rule (./vanban check); without it the kit is still written and the exit code is 1.")
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
        List<RenderedFile> all = new ArrayList<>();
        int findings;
        try {
            Vanban vanban = Vanban.builder().templates(templates).build();
            EventFile ev = Vanban.read(event);
            for (Problem w : ev.warnings()) {
                err.println(w.format().replaceFirst(": fixed: ", ": warning: fixed: "));
            }
            if (!quiet) {
                vn.vanban.template.ToneReport.of(ev).ifPresent(note -> err.println(ev.path() + ": " + note));
            }
            List<vn.vanban.rules.Finding> found = vn.vanban.rules.Checker.check(ev, vn.vanban.rules.Checker.ruleSetsFor(ev, List.of()));
            FindingsReport.print(err, found);
            findings = found.size();
            List<KitDocument> kit = vanban.kit(ev, fs);
            for (KitDocument d : kit) {
                all.addAll(d.files());
            }
            RenderedFile index = KitPackage.index(ev, kit);
            all.add(index);
            all.add(KitPackage.zip(ev, kit, index));
        } catch (vn.vanban.rules.RuleSetException e) {
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
        } catch (IllegalArgumentException e) {
            err.println("vanban: error: " + e.getMessage());
            err.println("vanban: nothing was written.");
            return ExitCode.BAD_INPUT;
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
        } catch (IOException | UncheckedIOException e) {
            err.println("vanban: error: cannot write to " + output + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (findings > 0) {
            err.println("vanban: written, with " + findings + " finding" + (findings > 1 ? "s" : "") + " above (./vanban check shows them; --strict writes nothing).");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
