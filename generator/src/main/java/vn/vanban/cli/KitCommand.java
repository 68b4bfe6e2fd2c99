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
import vn.vanban.KitDocument;
import vn.vanban.KitPackage;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.rules.RuleSetException;
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
                "", "Exit codes: 0 written, 1 written but a rule is broken (./vanban check; with",
                "--strict nothing is written), 2 bad input (the message names the file, line",
                "and field)."})
public final class KitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT.yaml", description = "The event file.")
    Path event;

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
        int findings;
        try (ExecutorService renderers = DocumentRun.renderers()) {
            Vanban vanban = Vanban.builder().templates(options.templates).executor(renderers).build();
            EventFile ev = Vanban.read(event);
            findings = DocumentRun.prepare(ev, err, options.quiet);
            List<KitDocument> kit = vanban.kit(ev, fs);
            for (KitDocument d : kit) {
                all.addAll(d.files());
            }
            RenderedFile index = KitPackage.index(ev, kit);
            all.add(index);
            all.add(KitPackage.zip(ev, kit, index));
        } catch (RuleSetException | EventFileException | TemplateException | IllegalArgumentException e) {
            // IllegalArgumentException: a bad --templates folder, or a character no font has (MissingGlyphException).
            return DocumentRun.failed(e, event, err);
        }
        return DocumentRun.write(options, all, findings, out, err);
    }
}
