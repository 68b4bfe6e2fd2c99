package vn.vanban.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents an event file calls for: those it lists in {@code van_ban}, and for the kit (or
 * any {@code vanban: 2} file) every kind whose facts are there — a Giấy mời when there are
 * delegates, a Tờ trình when there are award proposals, one Báo cáo thành tích per proposal.
 *
 * <pre>{@code
 * List<EventFile.DocumentSpec> docs = DocumentPlan.of(ev, DocumentKinds.bundled(), true);
 * }</pre>
 */
public final class DocumentPlan {
    private DocumentPlan() {
    }

    /**
     * The documents to make, kit order (by kind, then file order).
     *
     * @param kit true for every document the facts call for; false for {@code render}, which makes
     *            only the listed documents of a {@code vanban: 1} file
     * @throws EventFileException when a listed kind is unknown
     */
    public static List<EventFile.DocumentSpec> of(EventFile ev, DocumentKinds kinds, boolean kit) throws EventFileException {
        List<Problem> errors = new ArrayList<>();
        List<EventFile.DocumentSpec> listed = new ArrayList<>();
        for (EventFile.DocumentSpec spec : ev.documents()) {
            DocumentKind kind = kinds.get(spec.kind().key());
            if (kind == null) {
                errors.add(ev.problem("van_ban[" + spec.index() + "].loai", "\"" + spec.kind().key() + "\" is not a document kind",
                        "Use one of " + String.join(", ", kinds.keys()) + "; or add the kind to kinds.yaml in your --templates folder."));
                continue;
            }
            if (kind.keys() != null) {
                for (String key : spec.data().keySet()) {
                    if (!key.equals("loai") && !kind.keys().contains(key)) {
                        errors.add(ev.problem("van_ban[" + spec.index() + "]." + key, "a " + kind.inText() + " does not use " + key,
                                kind.keys().isEmpty() ? "Delete it: a " + kind.inText() + " is made from the event's facts alone."
                                        : "Delete it; a " + kind.inText() + " reads " + String.join(", ", kind.keys()) + "."));
                    }
                }
            }
            listed.add(new EventFile.DocumentSpec(spec.index(), kind, spec.number(), spec.date() == null ? defaultDate(ev, kind) : spec.date(),
                    spec.subject(), spec.data(), -1));
        }
        if (!errors.isEmpty()) {
            throw new EventFileException(errors);
        }
        if (!kit && ev.version() < 2) {
            return listed;
        }
        Congress c = ev.congress();
        List<EventFile.DocumentSpec> out = new ArrayList<>();
        for (EventFile.DocumentSpec spec : listed) {
            if (spec.kind().when() == DocumentKind.When.EACH_PROPOSAL) {
                for (Congress.Proposal p : c.proposals()) {
                    out.add(new EventFile.DocumentSpec(spec.index(), spec.kind(), spec.number(), spec.date(), spec.subject(), spec.data(), p.index()));
                }
            } else {
                out.add(spec);
            }
        }
        for (DocumentKind kind : kinds.all()) {
            if (listed.stream().anyMatch(s -> s.kind().key().equals(kind.key())) || !calledFor(kind, c)) {
                continue;
            }
            if (kind.when() == DocumentKind.When.EACH_PROPOSAL) {
                for (Congress.Proposal p : c.proposals()) {
                    out.add(standard(ev, kind, p.index()));
                }
            } else {
                out.add(standard(ev, kind, -1));
            }
        }
        List<String> order = kinds.keys();
        out.sort(Comparator.comparingInt((EventFile.DocumentSpec s) -> order.indexOf(s.kind().key())));
        return out;
    }

    private static boolean calledFor(DocumentKind kind, Congress c) {
        return switch (kind.when()) {
            case ALWAYS -> true;
            case LISTED -> false;
            case DELEGATES -> !c.delegates().isEmpty();
            case RESULTS -> c.results() != null;
            case PROPOSALS, EACH_PROPOSAL -> !c.proposals().isEmpty();
            case COUNCIL -> !c.proposals().isEmpty() && c.council() != null;
        };
    }

    private static EventFile.DocumentSpec standard(EventFile ev, DocumentKind kind, int item) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("loai", kind.key());
        return new EventFile.DocumentSpec(-1, kind, null, defaultDate(ev, kind), null, data, item);
    }

    /** A draft's date: the council's day for a biên bản, else the event's month (or year). */
    private static PartialDate defaultDate(EventFile ev, DocumentKind kind) {
        Congress c = ev.congress();
        if (kind.key().equals("bien_ban") && c.council() != null) {
            java.time.LocalDate d = c.council().date();
            return new PartialDate(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
        PartialDate d = c.date();
        if (d == null) {
            return new PartialDate(null, null, c.periodFrom());
        }
        return new PartialDate(null, d.month(), d.year());
    }
}
