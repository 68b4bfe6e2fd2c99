package vn.vanban.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read access to an event file's plain value tree by field paths with wildcards, the way rule sets name
 * fields: {@code su_kien.dai_bieu.toi_da}, {@code van_ban[*].ngay}, {@code van_ban[loai=ke_hoach].ngay}.
 *
 * <pre>{@code
 * EventView ev = new EventView(eventFile.data());
 * ev.find("van_ban[*].so");   // [Match("van_ban[0].so", 293)]
 * ev.level();                 // "tinh"
 * ev.form();                  // "dai_hoi"
 * }</pre>
 */
public final class EventView {
    /** One value found, with its concrete path (no wildcards). */
    public record Match(String path, Object value) {
    }

    private final Map<String, Object> data;

    public EventView(Map<String, Object> data) {
        this.data = data;
    }

    /** The whole tree. */
    public Map<String, Object> data() {
        return data;
    }

    /** The event's level ({@code su_kien.cap}), or null. */
    public String level() {
        return first("su_kien.cap") instanceof String s ? s : null;
    }

    /**
     * The event's form, {@code dai_hoi} or {@code hoi_nghi}, derived as the event file's reader does
     * (EVENT-KEYS.md): {@code su_kien.hinh_thuc_loai} when given; else {@code su_kien.hinh_thuc} (or else
     * {@code su_kien.ten}) starting "Đại hội" is a Đại hội and anything else a Hội nghị; with neither, the level:
     * tinh and huyen hold a Đại hội, the others a Hội nghị.
     */
    public String form() {
        if (first("su_kien.hinh_thuc_loai") instanceof String s) {
            return s;
        }
        for (String p : List.of("su_kien.hinh_thuc", "su_kien.ten")) {
            if (first(p) instanceof String s) {
                String lower = s.strip().toLowerCase(Locale.ROOT);
                if (lower.startsWith("đại hội")) {
                    return "dai_hoi";
                }
                return "hoi_nghi";
            }
        }
        String level = level();
        if (level == null) {
            return null;
        }
        return level.equals("tinh") || level.equals("huyen") ? "dai_hoi" : "hoi_nghi";
    }

    /** The first value at {@code path}, or null. */
    public Object first(String path) {
        List<Match> m = find(path);
        return m.isEmpty() ? null : m.get(0).value();
    }

    /** Every value at {@code path} (wildcards expanded), in file order. */
    public List<Match> find(String path) {
        List<Match> out = new ArrayList<>();
        walk(data, "", Path.split(path), 0, out);
        return out;
    }

    /** Every value under {@code value} (itself included), depth first, with paths from {@code path}. */
    public static void walkAll(Object value, String path, List<Match> out) {
        out.add(new Match(path, value));
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walkAll(e.getValue(), path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(), out);
            }
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walkAll(l.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void walk(Object node, String at, List<Path.Step> steps, int i, List<Match> out) {
        if (i == steps.size()) {
            if (node != null) {
                out.add(new Match(at, node));
            }
            return;
        }
        Path.Step step = steps.get(i);
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        Object child = map.get(step.key());
        String childAt = at.isEmpty() ? step.key() : at + "." + step.key();
        if (step.selector() == null) {
            walk(child, childAt, steps, i + 1, out);
            return;
        }
        if (!(child instanceof List<?> list)) {
            return;
        }
        for (int k = 0; k < list.size(); k++) {
            if (step.selects(k, list.get(k))) {
                walk(list.get(k), childAt + "[" + k + "]", steps, i + 1, out);
            }
        }
    }

    /** Field paths with selectors: {@code key}, {@code key[*]}, {@code key[2]}, {@code key[field=value]}. */
    public static final class Path {
        private Path() {
        }

        /** One step: a key and an optional list selector. */
        public record Step(String key, String selector) {
            boolean selects(int index, Object item) {
                if (selector.equals("*")) {
                    return true;
                }
                int eq = selector.indexOf('=');
                if (eq < 0) {
                    return selector.equals(Integer.toString(index));
                }
                return item instanceof Map<?, ?> m && selector.substring(eq + 1).equals(String.valueOf(m.get(selector.substring(0, eq))));
            }
        }

        /**
         * Splits a path into steps.
         *
         * @throws IllegalArgumentException naming what is wrong
         */
        public static List<Step> split(String path) {
            List<Step> out = new ArrayList<>();
            for (String part : path.split("\\.(?![^\\[]*\\])")) {
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("\"" + path + "\" has an empty step");
                }
                int open = part.indexOf('[');
                if (open < 0) {
                    out.add(new Step(part, null));
                } else if (!part.endsWith("]") || open == 0) {
                    throw new IllegalArgumentException("\"" + path + "\": write a list step as key[*], key[0] or key[field=value]");
                } else {
                    out.add(new Step(part.substring(0, open), part.substring(open + 1, part.length() - 1)));
                }
            }
            return out;
        }
    }
}
