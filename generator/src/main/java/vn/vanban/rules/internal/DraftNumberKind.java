package vn.vanban.rules.internal;

import java.util.Map;
import java.util.Set;

/**
 * {@code du_thao_co_so}: a document is either a draft (boxed DỰ THẢO, no số yet) or issued with its số,
 * never both: a draft carries no number, and a numbered document no DỰ THẢO.
 *
 * <pre>{@code
 * kieu: du_thao_co_so
 * }</pre>
 * Placeholders: {@code so}.
 */
final class DraftNumberKind implements Kind {
    @Override
    public String name() {
        return "du_thao_co_so";
    }

    @Override
    public String description() {
        return "no document of van_ban has both du_thao: true and a số";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("so");
    }

    @Override
    public Check compile(Params p) {
        return (ev, hits) -> {
            for (EventView.Match m : ev.find("van_ban[*]")) {
                if (m.value() instanceof Map<?, ?> d && Boolean.TRUE.equals(d.get("du_thao")) && d.get("so") != null) {
                    hits.accept(new Hit(m.path() + ".so", Values.of("so", d.get("so").toString())));
                }
            }
        };
    }
}
