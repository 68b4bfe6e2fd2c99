package vn.vanban.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.event.Delegate;
import vn.vanban.event.delegates.DelegateWorkbook;
import vn.vanban.event.delegates.DelegateWorkbookException;
import vn.vanban.event.delegates.WorkbookProblem;

/** {@code vanban delegates}: writes the Excel template for the delegates, or checks a filled one. */
@Command(name = "delegates", mixinStandardHelpOptions = true,
        description = {"Writes the Excel template for the list of delegates (đại biểu), or checks a filled workbook.",
                "  ./vanban delegates dai-bieu.xlsx          writes the template",
                "  ./vanban delegates --check dai-bieu.xlsx  reads a filled one as vanban will",
                "The template: sheets Đại biểu (the list), Hướng dẫn (how to fill it in), Danh mục (the lists).",
                "A check reports every bad cell at once, by sheet, row and column.",
                "Exit codes: 0 ok, 2 bad input (nothing written)."})
public final class DelegatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEMPLATE.xlsx", description = "Where to write the empty template.")
    Path template;

    @Option(names = "--check", paramLabel = "WORKBOOK.xlsx", description = "Read a filled workbook and print a summary of its delegates.")
    Path check;

    @Option(names = "--force", description = "Replace TEMPLATE.xlsx if it exists (by default an existing file, maybe a filled list, is never overwritten).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if ((template == null) == (check == null)) {
            err.println("vanban: error: name either the template to write (./vanban delegates template.xlsx) or a workbook to check (--check FILE.xlsx)");
            return ExitCode.BAD_INPUT;
        }
        return check != null ? check(check) : template(template);
    }

    private int template(Path target) throws Exception {
        var err = spec.commandLine().getErr();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("vanban: error: " + target + ": the template is an Excel workbook: give it a name ending in .xlsx");
            return ExitCode.BAD_INPUT;
        }
        if (Files.exists(target) && !force) {
            err.println("vanban: error: " + target + " already exists (maybe a filled list): choose another name, or add --force to replace it; nothing was written");
            return ExitCode.BAD_INPUT;
        }
        if (Files.isDirectory(target)) {
            err.println("vanban: error: " + target + " is a folder: name the .xlsx file to write");
            return ExitCode.BAD_INPUT;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DelegateWorkbook.writeTemplate(out);
        spec.commandLine().getOut().println(OutputFiles.write(target, out.toByteArray()));
        return ExitCode.OK;
    }

    private int check(Path file) {
        try {
            List<Delegate> list = DelegateWorkbook.read(file);
            long dienHinh = list.stream().filter(d -> d.group() == Delegate.Group.DIEN_HINH).count();
            long women = list.stream().filter(d -> d.sex() == Delegate.Sex.NU).count();
            long minority = list.stream().filter(Delegate::ethnicMinority).count();
            long production = list.stream().filter(Delegate::directProduction).count();
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "%s: %d delegates: %d điển hình tiên tiến, %d khách mời; %d nữ, %d dân tộc thiểu số, %d trực tiếp sản xuất",
                    file, list.size(), dienHinh, list.size() - dienHinh, women, minority, production));
            return ExitCode.OK;
        } catch (DelegateWorkbookException e) {
            var err = spec.commandLine().getErr();
            for (WorkbookProblem p : e.problems()) {
                err.println(p.format());
            }
            if (e.total() > e.problems().size()) {
                err.println(String.format(Locale.ROOT, "… and %d more problems (%d in all): fix these and check again",
                        e.total() - e.problems().size(), e.total()));
            }
            return ExitCode.BAD_INPUT;
        }
    }
}
