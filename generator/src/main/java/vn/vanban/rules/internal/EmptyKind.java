package vn.vanban.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code khong_rong}: no empty body and no empty section. With {@code pham_vi: than} a document of the kinds
 * named in {@code loai} has a body ({@code noi_dung}); with {@code pham_vi: muc} every titled Phần, Mục,
 * Khoản or Điểm has text, children or a part vanban writes.
 *
 * <pre>{@code
 * kieu: khong_rong
 * tham_so: {pham_vi: than, loai: [ke_hoach, huong_dan]}
 * }</pre>
 * Placeholders: {@code loai} (the document kind), {@code cap_do} (Mục …), {@code ten} (the empty item's
 * title; empty for a whole body).
 */
final class EmptyKind implements Kind {
    @Override
    public String name() {
        return "khong_rong";
    }

    @Override
    public String description() {
        return "pham_vi: than: documents of the kinds in loai have a body (noi_dung); pham_vi: muc: no titled outline item is empty";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("loai", "cap_do", "ten");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String scope = p.string("pham_vi");
        if (!scope.equals("than") && !scope.equals("muc")) {
            throw new ParamException("pham_vi", "should be than (the document's body) or muc (each section), found " + scope);
        }
        boolean body = scope.equals("than");
        List<String> kinds = body ? p.strings("loai") : List.of();
        return (ev, hits) -> {
            for (EventView.Match m : ev.find("van_ban[*]")) {
                if (!(m.value() instanceof Map<?, ?> d)) {
                    continue;
                }
                String kind = String.valueOf(d.get("loai"));
                if (body) {
                    if (kinds.contains(kind) && !(d.get("noi_dung") instanceof List<?> l && !l.isEmpty())) {
                        hits.accept(new Hit(m.path() + (d.containsKey("noi_dung") ? ".noi_dung" : ".loai"), Values.of("loai", kind, "cap_do", "", "ten", "")));
                    }
                    continue;
                }
                if (d.get("noi_dung") instanceof List<?> nodes) {
                    walk(nodes, m.path() + ".noi_dung", kind, hits);
                }
                if (d.get("phu_luc") instanceof List<?> apps) {
                    for (int i = 0; i < apps.size(); i++) {
                        if (apps.get(i) instanceof Map<?, ?> a && a.get("noi_dung") instanceof List<?> nodes) {
                            walk(nodes, m.path() + ".phu_luc[" + i + "].noi_dung", kind, hits);
                        }
                    }
                }
            }
        };
    }

    private static void walk(List<?> nodes, String path, String kind, java.util.function.Consumer<Hit> hits) {
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Map<?, ?> node)) {
                continue;
            }
            String at = path + "[" + i + "]";
            int level = OutlineKind.levelOf(node);
            boolean hasBody = isText(node.get("van_ban")) || isText(node.get("sau")) || node.get("tu_dong") != null
                    || node.get("con") instanceof List<?> c && !c.isEmpty();
            if (level >= 0 && !hasBody) {
                hits.accept(new Hit(at + "." + OutlineKind.LEVELS.get(level), Values.of("loai", kind,
                        "cap_do", OutlineKind.NAMES.get(level), "ten", String.valueOf(node.get(OutlineKind.LEVELS.get(level))))));
            }
            if (node.get("con") instanceof List<?> children) {
                walk(children, at + ".con", kind, hits);
            }
        }
    }

    private static boolean isText(Object o) {
        return o instanceof String s && !s.isBlank();
    }
}
