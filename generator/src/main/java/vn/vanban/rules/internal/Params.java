package vn.vanban.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule's {@code tham_so}, read with types; every wrong or missing value is a {@link ParamException}
 * naming the parameter, found when the rule set is loaded.
 *
 * <pre>{@code
 * Params p = new Params(Map.of("gia_tri", "200"));
 * p.integer("gia_tri");   // 200
 * }</pre>
 */
public final class Params {
    private final Map<String, Object> values;
    private final Set<String> read = new TreeSet<>();

    public Params(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** Whether the parameter is given. */
    public boolean has(String name) {
        read.add(name);
        return values.get(name) != null;
    }

    /** A required text. */
    public String string(String name) throws ParamException {
        Object v = raw(name, true);
        if (!(v instanceof String s)) {
            throw new ParamException(name, "should be a value, found " + describe(v));
        }
        return s;
    }

    /** An optional text, or {@code dflt}. */
    public String string(String name, String dflt) throws ParamException {
        return has(name) ? string(name) : dflt;
    }

    /** A required whole number. */
    public int integer(String name) throws ParamException {
        return toInt(name, string(name));
    }

    /** An optional whole number, or {@code dflt}. */
    public int integer(String name, int dflt) throws ParamException {
        return has(name) ? integer(name) : dflt;
    }

    /** An optional yes/no, or {@code dflt}. */
    public boolean bool(String name, boolean dflt) throws ParamException {
        if (!has(name)) {
            return dflt;
        }
        String s = string(name);
        return switch (s) {
            case "true", "co", "có" -> true;
            case "false", "khong", "không" -> false;
            default -> throw new ParamException(name, "should be true or false, found " + s);
        };
    }

    /** A required list of texts; a single value counts as a list of one. */
    public List<String> strings(String name) throws ParamException {
        Object v = raw(name, true);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof String s)) {
                    throw new ParamException(name, "should be a list of values, found an item that is " + describe(o));
                }
                out.add(s);
            }
            return out;
        }
        throw new ParamException(name, "should be a value or a list of values, found " + describe(v));
    }

    /** An optional list of texts, or an empty list. */
    public List<String> stringsOrEmpty(String name) throws ParamException {
        return has(name) ? strings(name) : List.of();
    }

    /** A required list of field paths, each checked for form. */
    public List<String> paths(String name) throws ParamException {
        List<String> out = strings(name);
        for (String p : out) {
            path(name, p);
        }
        return out;
    }

    /** A required field path. */
    public String path(String name) throws ParamException {
        return path(name, string(name));
    }

    private static String path(String name, String p) throws ParamException {
        try {
            EventView.Path.split(p);
        } catch (IllegalArgumentException e) {
            throw new ParamException(name, e.getMessage());
        }
        return p;
    }

    /** A required map of texts, e.g. a value by level, in file order. */
    public Map<String, String> map(String name) throws ParamException {
        Object v = raw(name, true);
        if (!(v instanceof Map<?, ?> m) || m.isEmpty()) {
            throw new ParamException(name, "should be a group of key: value lines, found " + describe(v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new ParamException(name + "." + e.getKey(), "should be a value, found " + describe(e.getValue()));
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return out;
    }

    /** A required map of whole numbers. */
    public Map<String, Integer> intMap(String name) throws ParamException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : map(name).entrySet()) {
            out.put(e.getKey(), toInt(name + "." + e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Parameters given that the kind never read: misspellings, reported at load. */
    public List<String> unread() {
        List<String> out = new ArrayList<>();
        for (String k : values.keySet()) {
            if (!read.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private Object raw(String name, boolean required) throws ParamException {
        read.add(name);
        Object v = values.get(name);
        if (v == null && required) {
            throw new ParamException(name, "is missing");
        }
        return v;
    }

    static int toInt(String name, String s) throws ParamException {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new ParamException(name, "should be a whole number, found \"" + s + "\"");
        }
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a group of fields";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "\"" + v + "\"";
    }
}
