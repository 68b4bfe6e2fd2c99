package vn.vanban.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import vn.vanban.audit.internal.Catalog;
import vn.vanban.audit.internal.Classifier;
import vn.vanban.audit.internal.DocxReader;
import vn.vanban.audit.internal.Findings;
import vn.vanban.audit.internal.Fixer;
import vn.vanban.audit.internal.FormRules;
import vn.vanban.audit.internal.InputGuard;
import vn.vanban.audit.internal.PageRules;
import vn.vanban.audit.internal.TextRules;
import vn.vanban.doc.Metadata;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.SizeProfile;

/**
 * Audits any DOCX against the format of Nghị định 30/2020/NĐ-CP Phụ lục I: page and margins, font,
 * the size and style of each element (identified from the text, so documents typed by hand in Word
 * are read too), date and number padding, page numbers, NFC text; and corrects the mechanical
 * findings.
 *
 * <pre>{@code
 * DocxAudit audit = DocxAudit.builder().build();
 * AuditReport report = audit.audit(Path.of("kehoach.docx"));
 * System.out.print(report.toText());
 * DocxAudit.Fixed fixed = audit.fix(Path.of("kehoach.docx"));   // fixed.docx(): the corrected bytes
 * }</pre>
 *
 * <p>Word's style inheritance (document defaults, based-on chains, table, paragraph and character
 * styles, direct formatting) is resolved by docx4j. Hostile input (not a DOCX, password-protected,
 * zip bombs, DTDs, oversized files) is refused with an {@link AuditException} before docx4j reads
 * it. Immutable and thread-safe.
 */
public final class DocxAudit {
    private final InputGuard.Limits limits;

    private DocxAudit(Builder b) {
        this.limits = new InputGuard.Limits(b.maxFileBytes, InputGuard.Limits.DEFAULT.maxTotalBytes(),
                InputGuard.Limits.DEFAULT.maxRatio(), InputGuard.Limits.DEFAULT.maxEntries());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The result of {@link #fix}: the corrected DOCX, the findings before and those left after.
     *
     * @param docx    the corrected file's bytes (the same bytes for the same input)
     * @param before  the audit of the input
     * @param after   the audit of the corrected file, named "{@code name} (đã sửa)": what --fix cannot correct
     * @param changes what was changed, one line each
     */
    public record Fixed(byte[] docx, AuditReport before, AuditReport after, List<String> changes) {
        public Fixed {
            changes = List.copyOf(changes);
        }
    }

    /** Audits a file. */
    public AuditReport audit(Path file) throws AuditException {
        return audit(file.toString(), read(file));
    }

    /** Audits a DOCX held in memory; {@code name} is used in messages. */
    public AuditReport audit(String name, byte[] docx) throws AuditException {
        InputGuard.check(name, docx, limits);
        return run(name, load(name, docx, true)).report;
    }

    /** Audits a file and corrects its mechanical findings. */
    public Fixed fix(Path file) throws AuditException {
        return fix(file.toString(), read(file));
    }

    /** Audits a DOCX held in memory and corrects its mechanical findings. */
    public Fixed fix(String name, byte[] docx) throws AuditException {
        InputGuard.check(name, docx, limits);
        Run before = run(name, load(name, docx, true));
        DocxReader.Model target = load(name, docx, false);
        byte[] out;
        List<String> changes;
        try {
            changes = Fixer.fix(target, before.model, before.classes, before.profile);
            out = Fixer.save(target.pkg());
        } catch (Exception e) {
            throw new AuditException(name + ": the corrected document could not be written (" + e.getMessage() + ").", e);
        }
        String fixedName = name + " (đã sửa)";
        AuditReport after = run(fixedName, load(fixedName, out, true)).report;
        return new Fixed(out, before.report, after, changes);
    }

    private record Run(AuditReport report, DocxReader.Model model, Classifier.Result classes, SizeProfile profile) {
    }

    private static Run run(String name, DocxReader.Model m) {
        Classifier.Result classes = Classifier.classify(m.paragraphs());
        SizeProfile profile = TextRules.profile(m.paragraphs(), classes);
        Findings f = new Findings();
        if (classes.nationalName() < 0 && classes.motto() < 0 && classes.number() < 0) {
            String category = DocxReader.category(m.pkg());
            if (category.startsWith(Metadata.NOT_ND30)) {
                // A paper that says it follows no ND30 form (vanban's agenda for the delegates'
                // folder) and has none of its header: nothing to hold to ND30.
                return new Run(new AuditReport(name, "không xác định", m.paragraphs().size(), List.of(), category),
                        m, classes, profile);
            }
            // Nothing of ô 1–3: say so once, rather than read its first lines as an agency name.
            f.add(null, "Thể thức", Catalog.NOT_ND30, "không có Quốc hiệu, Tiêu ngữ và số, ký hiệu",
                    "các thành phần thể thức của văn bản hành chính (NĐ 30/2020, Phụ lục I, Phụ lục III)", false);
            return new Run(new AuditReport(name, "không xác định", m.paragraphs().size(), f.sorted()), m, classes, profile);
        }
        Nd30Style style = Nd30Style.of(profile == null ? SizeProfile.P13_14 : profile);
        PageRules.check(m, style, f);
        FormRules.check(m.paragraphs(), classes, profile, f);
        TextRules.check(m.paragraphs(), classes, profile, f);
        String sp = profile == null ? "không xác định" : profile.toString();
        return new Run(new AuditReport(name, sp, m.paragraphs().size(), f.sorted()), m, classes, profile);
    }

    private static DocxReader.Model load(String name, byte[] docx, boolean tableStyles) throws AuditException {
        try {
            return DocxReader.read(docx, tableStyles);
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new AuditException(name + ": not a readable Word document (" + why + "); open and save it again"
                    + " in Word or LibreOffice.", e);
        }
    }

    private byte[] read(Path file) throws AuditException {
        String name = file.toString();
        try {
            InputGuard.checkSize(name, Files.size(file), limits);
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new AuditException(name + ": no such file.");
        } catch (IOException e) {
            throw new AuditException(name + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Builds a {@link DocxAudit}. */
    public static final class Builder {
        private long maxFileBytes = InputGuard.Limits.DEFAULT.maxFileBytes();

        private Builder() {
        }

        /** Largest file accepted, in bytes; 50 MB by default. */
        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the largest file size must be positive, not " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        public DocxAudit build() {
            return new DocxAudit(this);
        }
    }

    @Override
    public String toString() {
        return "DocxAudit[maxFileBytes=" + limits.maxFileBytes() + "]";
    }
}
