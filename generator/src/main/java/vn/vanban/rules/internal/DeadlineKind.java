package vn.vanban.rules.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vanban.event.PartialDate;

/**
 * {@code han_chot}: a date in the event is no later than a deadline, one for all or one per level. A
 * deadline is {@code DD/MM/YYYY}, {@code trước DD/MM/YYYY} (the day before at the latest), {@code MM/YYYY}
 * or {@code Quý III/2025}. A partial date (a month) breaks the rule only when all of it is late.
 *
 * <pre>{@code
 * kieu: han_chot
 * tham_so: {truong: su_kien.ngay, theo_cap: {xa: trước 31/03/2025, tinh: Quý III/2025}}
 * }</pre>
 * Placeholders: {@code gia_tri} (the date found), {@code han} (the deadline as the rule set writes it).
 */
final class DeadlineKind implements Kind {
    @Override
    public String name() {
        return "han_chot";
    }

    @Override
    public String description() {
        return "a date (truong) is no later than han, or than theo_cap's deadline for the event's level";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("gia_tri", "han");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<String> fields = p.paths("truong");
        Map<String, String> texts = new LinkedHashMap<>();
        if (p.has("han")) {
            texts.put("*", p.string("han"));
        }
        if (p.has("theo_cap")) {
            texts.putAll(p.map("theo_cap"));
        }
        if (texts.isEmpty()) {
            throw new ParamException("han", "give han (one deadline) or theo_cap (a deadline per level)");
        }
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            try {
                deadlines.put(e.getKey(), Dates.deadline(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ParamException(e.getKey().equals("*") ? "han" : "theo_cap." + e.getKey(),
                        ex.getMessage() + "; write DD/MM/YYYY, trước DD/MM/YYYY, MM/YYYY or Quý III/2025");
            }
        }
        return (ev, hits) -> {
            String key = deadlines.containsKey(ev.level()) ? ev.level() : "*";
            LocalDate last = deadlines.get(key);
            if (last == null) {
                return;
            }
            for (String f : fields) {
                for (EventView.Match m : ev.find(f)) {
                    if (m.value() instanceof PartialDate d && Dates.span(d).first().isAfter(last)) {
                        hits.accept(new Hit(m.path(), Values.of("gia_tri", Dates.format(d), "han", texts.get(key))));
                    }
                }
            }
        };
    }
}
