package vn.vanban.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.vanban.audit.AuditFinding;

/**
 * Collects findings while the rules run and hands them back page findings first, then by
 * paragraph.
 *
 * <pre>{@code
 * Findings f = new Findings();
 * f.add(para, "Quốc hiệu", "quoc_hieu.co_chu", source, "16 pt", "13 pt", true);
 * }</pre>
 */
public final class Findings {
    private final List<AuditFinding> list = new ArrayList<>();

    public void add(Para p, String element, String rule, String source, String found, String expected, boolean fixable) {
        list.add(new AuditFinding(p == null ? 0 : p.number(), p == null ? "" : p.excerpt(), element, rule, source,
                found, expected, fixable));
    }

    public void add(Para p, String element, Catalog.Rule rule, String found, String expected, boolean fixable) {
        add(p, element, rule.id(), rule.source(), found, expected, fixable);
    }

    public List<AuditFinding> sorted() {
        List<AuditFinding> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(AuditFinding::paragraph));
        return out;
    }
}
