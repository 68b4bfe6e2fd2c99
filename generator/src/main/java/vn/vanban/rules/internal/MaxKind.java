package vn.vanban.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code toi_da}: a number in the event is at most a limit, one limit for all or one per level.
 *
 * <pre>{@code
 * kieu: toi_da
 * tham_so: {truong: [su_kien.dai_bieu.toi_da, su_kien.dai_bieu.du_kien], theo_cap: {xa: 200, tinh: 500}}
 * }</pre>
 * A list counts its items (e.g. {@code su_kien.dai_bieu.danh_sach}). Placeholders: {@code gia_tri} (found),
 * {@code gioi_han} (the limit).
 */
final class MaxKind implements Kind {
    @Override
    public String name() {
        return "toi_da";
    }

    @Override
    public String description() {
        return "a number (truong) is at most gia_tri, or at most theo_cap's value for the event's level";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("gia_tri", "gioi_han");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<String> fields = p.paths("truong");
        Map<String, Integer> byLevel = p.has("theo_cap") ? p.intMap("theo_cap") : null;
        Integer all = p.has("gia_tri") ? p.integer("gia_tri") : null;
        if ((byLevel == null) == (all == null)) {
            throw new ParamException("gia_tri", "give either gia_tri (one limit) or theo_cap (a limit per level)");
        }
        return (ev, hits) -> {
            Integer limit = all != null ? all : byLevel.get(ev.level());
            if (limit == null) {
                return;
            }
            for (String f : fields) {
                for (EventView.Match m : ev.find(f)) {
                    Integer v = m.value() instanceof Integer i ? i : m.value() instanceof List<?> l ? l.size() : null;
                    if (v != null && v > limit) {
                        hits.accept(new Hit(m.path(), Values.of("gia_tri", v.toString(), "gioi_han", limit.toString())));
                    }
                }
            }
        };
    }
}
