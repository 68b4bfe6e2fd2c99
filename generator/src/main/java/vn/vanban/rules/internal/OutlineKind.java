package vn.vanban.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code dan_y}: the outline only goes down, Phần ⊃ Mục ⊃ Khoản ⊃ Điểm (ND30 Phụ lục I mục II.6.đ): no item
 * holds one of its own level or above, neither as a child ({@code con:}) nor as a numbered paragraph typed in
 * its text ("I." is a Mục, "1." a Khoản, "a)" an Điểm).
 *
 * <pre>{@code
 * kieu: dan_y
 * }</pre>
 * Placeholders: {@code cap_tren} (the item's level: Mục), {@code ten} (its title), {@code cap_duoi} (the level
 * found inside it), {@code dong} (the start of the paragraph, or the child's title).
 */
final class OutlineKind implements Kind {
    static final List<String> LEVELS = List.of("phan", "muc", "khoan", "diem");
    static final List<String> NAMES = List.of("Phần", "Mục", "Khoản", "Điểm");
    private static final List<Pattern> TYPED = List.of(
            Pattern.compile("(?i)^phần\\s+(thứ\\s+\\p{L}+|[IVXLC]+)\\b.*"),
            Pattern.compile("^[IVXLC]+\\.\\s.*"),
            Pattern.compile("^\\d+\\.\\s.*"),
            Pattern.compile("^[a-zđ]\\)\\s.*"));

    @Override
    public String name() {
        return "dan_y";
    }

    @Override
    public String description() {
        return "in every noi_dung outline, no Phần/Mục/Khoản/Điểm holds an item or a typed numbered paragraph of its own level or above";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("cap_tren", "ten", "cap_duoi", "dong");
    }

    @Override
    public Check compile(Params p) {
        return (ev, hits) -> {
            for (String root : List.of("van_ban[*].noi_dung", "van_ban[*].phu_luc[*].noi_dung")) {
                for (EventView.Match m : ev.find(root)) {
                    if (m.value() instanceof List<?> nodes) {
                        walk(nodes, m.path(), -1, hits);
                    }
                }
            }
        };
    }

    private static void walk(List<?> nodes, String path, int parentLevel, java.util.function.Consumer<Hit> hits) {
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Map<?, ?> node)) {
                continue;
            }
            String at = path + "[" + i + "]";
            int level = levelOf(node);
            String title = level < 0 ? "" : String.valueOf(node.get(LEVELS.get(level)));
            if (level >= 0 && level <= parentLevel) {
                hits.accept(new Hit(at + "." + LEVELS.get(level), Values.of("cap_tren", NAMES.get(parentLevel), "ten", "",
                        "cap_duoi", NAMES.get(level), "dong", title)));
            }
            int mine = level >= 0 ? level : parentLevel;
            if (mine >= 0) {
                for (String key : List.of("van_ban", "sau")) {
                    if (node.get(key) instanceof String text) {
                        for (String line : text.split("\n")) {
                            String l = line.strip();
                            for (int k = 0; k <= mine && k < TYPED.size(); k++) {
                                if (TYPED.get(k).matcher(l).matches()) {
                                    hits.accept(new Hit(at + "." + key, Values.of("cap_tren", NAMES.get(mine), "ten", level >= 0 ? title : "",
                                            "cap_duoi", NAMES.get(k), "dong", l.length() > 60 ? l.substring(0, 60) + "…" : l)));
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            if (node.get("con") instanceof List<?> children) {
                walk(children, at + ".con", mine, hits);
            }
        }
    }

    static int levelOf(Map<?, ?> node) {
        for (int k = 0; k < LEVELS.size(); k++) {
            if (node.containsKey(LEVELS.get(k))) {
                return k;
            }
        }
        return -1;
    }
}
