package vn.vanban.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.vanban.audit.internal.Json;

/**
 * What an audit found in one DOCX: its findings in document order, as a readable report or JSON.
 *
 * <pre>{@code
 * AuditReport report = DocxAudit.builder().build().audit(Path.of("kehoach.docx"));
 * if (!report.passed()) {
 *     System.out.print(report.toText());
 * }
 * }</pre>
 *
 * @param file        the file's name as given
 * @param sizeProfile the ND30 size profile the document was read as ("13/14" or "12/13")
 * @param paragraphs  how many paragraphs the document has
 * @param findings    the findings, page and document findings first, then by paragraph
 * @param outsideNd30 why the file follows no ND30 form, as it says itself (its category begins
 *                    "không theo ND30", as vanban writes on the delegates' agenda) when it also has
 *                    no Quốc hiệu, Tiêu ngữ or số; null for every other file
 */
public record AuditReport(String file, String sizeProfile, int paragraphs, List<AuditFinding> findings,
                          String outsideNd30) {
    /** Findings of the same rule, value and expectation beyond this many are summarised in the text. */
    private static final int SHOWN_PER_GROUP = 3;

    public AuditReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sizeProfile, "sizeProfile");
        findings = List.copyOf(findings);
    }

    /** The report of a file held to ND30. */
    public AuditReport(String file, String sizeProfile, int paragraphs, List<AuditFinding> findings) {
        this(file, sizeProfile, paragraphs, findings, null);
    }

    /** True when nothing departs from ND30. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /**
     * The readable report: one line per finding (the paragraph, the element, the rule and its
     * source, found and expected); a rule broken the same way in many paragraphs shows its first
     * three and a count.
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ");
        if (outsideNd30 != null) {
            sb.append("không kiểm tra thể thức: tệp tự ghi “").append(outsideNd30)
                    .append("” và không có Quốc hiệu, Tiêu ngữ, số, ký hiệu (").append(paragraphs).append(" đoạn).\n");
            return sb.toString();
        }
        if (findings.isEmpty()) {
            sb.append("đạt thể thức NĐ 30/2020 (").append(paragraphs).append(" đoạn, cỡ chữ ")
                    .append(sizeProfile).append("), không có lỗi.\n");
            return sb.toString();
        }
        long fixable = findings.stream().filter(AuditFinding::fixable).count();
        sb.append(findings.size()).append(" lỗi thể thức (").append(fixable).append(" sửa được bằng --fix; cỡ chữ ")
                .append(sizeProfile).append(")\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> hidden = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (AuditFinding f : findings) {
            String key = f.rule() + "\u0000" + f.found() + "\u0000" + f.expected();
            int n = seen.merge(key, 1, Integer::sum);
            if (n <= SHOWN_PER_GROUP) {
                sb.append("  ").append(f.location()).append(" [").append(f.element()).append("]\n")
                        .append("    ").append(f.rule()).append(": ").append(f.found().startsWith("không ") ? "" : "có ").append(f.found())
                        .append(", cần ").append(f.expected()).append(f.fixable() ? " (--fix)" : "")
                        .append("\n    nguồn: ").append(f.source()).append('\n');
            } else {
                if (!hidden.containsKey(key)) {
                    order.add(key);
                }
                hidden.merge(key, 1, Integer::sum);
            }
        }
        for (String key : order) {
            String[] parts = key.split("\u0000", -1);
            sb.append("  … và ").append(hidden.get(key)).append(" đoạn khác cùng lỗi ").append(parts[0])
                    .append(" (có ").append(parts[1]).append(")\n");
        }
        return sb.toString();
    }

    /** The report as one JSON object: file, sizeProfile, paragraphs, passed, findings[]. */
    public String toJson() {
        Json j = new Json();
        j.begin().field("file", file).field("sizeProfile", sizeProfile).field("paragraphs", paragraphs)
                .field("passed", passed());
        if (outsideNd30 != null) {
            j.field("outsideNd30", outsideNd30);
        }
        j.array("findings");
        for (AuditFinding f : findings) {
            j.begin().field("paragraph", f.paragraph()).field("excerpt", f.excerpt()).field("element", f.element())
                    .field("rule", f.rule()).field("source", f.source()).field("found", f.found())
                    .field("expected", f.expected()).field("fixable", f.fixable()).end();
        }
        return j.endArray().end().toString();
    }
}
