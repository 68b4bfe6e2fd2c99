package vn.vanban.rules.internal;

import java.util.List;
import java.util.Set;

/**
 * {@code bat_buoc}: a field the rule set needs is given, e.g. an enterprise's worker count.
 *
 * <pre>{@code
 * kieu: bat_buoc
 * cap: [doanh_nghiep]
 * tham_so: {truong: su_kien.so_lao_dong}
 * }</pre>
 * Placeholders: none besides {@code truong}.
 */
final class RequiredKind implements Kind {
    @Override
    public String name() {
        return "bat_buoc";
    }

    @Override
    public String description() {
        return "each field named in truong is given";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of();
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<String> fields = p.paths("truong");
        return (ev, hits) -> {
            for (String f : fields) {
                if (ev.find(f).isEmpty()) {
                    hits.accept(new Hit(f, Values.of()));
                }
            }
        };
    }
}
