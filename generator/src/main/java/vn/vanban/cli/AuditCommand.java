package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.audit.AuditException;
import vn.vanban.audit.AuditReport;
import vn.vanban.audit.DocxAudit;

/** {@code vanban audit}: checks DOCX files against the format of ND30 Phụ lục I, and fixes the mechanical faults. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Checks DOCX files, vanban's or typed by hand in Word, against Nghị định 30/2020/NĐ-CP Phụ lục I:"
                        + " page and margins, font, the size and style of each element (Quốc hiệu, Tiêu ngữ and its rule,"
                        + " tên cơ quan, số, date line, tên loại, trích yếu, body, headings, signature, Nơi nhận),"
                        + " date and number padding, page numbers hidden on page 1, NFC text.",
                "Each finding names the paragraph, the rule and its source, what was found and what is expected."},
        footer = {"", "Examples:",
                "  ./vanban audit kehoach.docx",
                "  ./vanban audit out/*.docx --json",
                "  ./vanban audit kehoach.docx --fix -o kehoach-nd30.docx",
                "", "Exit codes: 0 no finding, 1 findings (after --fix: findings left), 2 unreadable input."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.docx", description = "DOCX file(s) to audit.")
    List<Path> files;

    @Option(names = "--json", description = "Print the reports as JSON (one array of reports) for tools.")
    boolean json;

    @Option(names = "--fix", description = "Correct page size, margins, font name, sizes, date padding and the Tiêu ngữ's"
            + " hyphens; write the result to -o and report what is left.")
    boolean fix;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --fix: the corrected DOCX (one input file).")
    Path output;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
            description = "Largest file accepted, in MB. Default: ${DEFAULT-VALUE}.")
    long maxSizeMb;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fix && (output == null || files.size() != 1)) {
            err.println("vanban: error: --fix needs exactly one input file and -o FILE for the corrected copy,"
                    + " e.g. ./vanban audit a.docx --fix -o a-nd30.docx");
            return ExitCode.BAD_INPUT;
        }
        if (!fix && output != null) {
            err.println("vanban: error: -o is only used with --fix.");
            return ExitCode.BAD_INPUT;
        }
        if (maxSizeMb <= 0) {
            err.println("vanban: error: --max-size must be a positive number of MB.");
            return ExitCode.BAD_INPUT;
        }
        DocxAudit audit = DocxAudit.builder().maxFileBytes(maxSizeMb << 20).build();
        if (fix) {
            return fix(audit, out, err);
        }
        List<AuditReport> reports = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            try {
                reports.add(audit.audit(f));
            } catch (AuditException e) {
                err.println("vanban: error: " + e.getMessage());
                bad = true;
            }
        }
        print(reports, out);
        if (bad) {
            return ExitCode.BAD_INPUT;
        }
        return reports.stream().allMatch(AuditReport::passed) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private int fix(DocxAudit audit, PrintWriter out, PrintWriter err) {
        Path in = files.get(0);
        if (in.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            err.println("vanban: error: -o must name a new file, not the input " + in + ": the original is kept.");
            return ExitCode.BAD_INPUT;
        }
        DocxAudit.Fixed fixed;
        try {
            fixed = audit.fix(in);
        } catch (AuditException e) {
            err.println("vanban: error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        try {
            OutputFiles.write(output, fixed.docx());
        } catch (IOException e) {
            err.println("vanban: error: cannot write " + output + " (" + e.getMessage() + ").");
            return ExitCode.BAD_INPUT;
        }
        if (json) {
            out.println("{\"fixed\":" + jsonString(output.toString()) + ",\"before\":" + fixed.before().toJson()
                    + ",\"after\":" + fixed.after().toJson() + "}");
        } else {
            out.println(in + ": " + fixed.changes().size() + " sửa đổi, ghi vào " + output);
            for (String c : fixed.changes()) {
                out.println("  " + c);
            }
            out.print(fixed.after().toText());
        }
        return fixed.after().passed() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private void print(List<AuditReport> reports, PrintWriter out) {
        if (json) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < reports.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(reports.get(i).toJson());
            }
            out.println(sb.append(']'));
        } else {
            for (AuditReport r : reports) {
                out.print(r.toText());
            }
        }
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
