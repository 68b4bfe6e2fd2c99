package vn.vanban.audit;

import java.util.Objects;

/**
 * One departure from ND30 found in a DOCX: where it is, which rule it breaks and where that rule
 * comes from, what was found and what the rule expects.
 *
 * <pre>{@code
 * for (AuditFinding f : report.findings()) {
 *     System.out.println(f.location() + ": " + f.rule() + " (" + f.source() + ")");
 * }
 * }</pre>
 *
 * @param paragraph the paragraph's number in document order (1 = first, counting paragraphs in
 *                  tables and empty ones), or 0 for a finding about the page or the document
 * @param excerpt   the paragraph's first words ("" for a document finding)
 * @param element   the element the paragraph was identified as ("Quốc hiệu", "Nội dung", …), or
 *                  what the finding is about ("Trang", "Số trang")
 * @param rule      the rule's id, e.g. {@code quoc_hieu.co_chu}
 * @param source    where the rule comes from, e.g. "NĐ 30/2020, Phụ lục I, mục II.1.a"
 * @param found     what the document has
 * @param expected  what the rule asks for
 * @param fixable   whether {@code --fix} corrects it
 */
public record AuditFinding(int paragraph, String excerpt, String element, String rule, String source,
                           String found, String expected, boolean fixable) {
    public AuditFinding {
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /** "đoạn 12 «Độc lập – Tự do…»", or "toàn văn bản" for a document finding. */
    public String location() {
        return paragraph == 0 ? "toàn văn bản" : "đoạn " + paragraph + " «" + excerpt + "»";
    }
}
