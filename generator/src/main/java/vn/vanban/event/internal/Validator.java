package vn.vanban.event.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import vn.vanban.event.EventSchema;
import vn.vanban.event.PartialDate;
import vn.vanban.event.Problem;
import vn.vanban.event.schema.Field;
import vn.vanban.event.schema.FieldType;
import vn.vanban.text.TextNormalizer;

/**
 * Checks a YAML node tree against the event schema and turns it into plain values (maps, lists,
 * strings, integers, booleans, {@link PartialDate}s), collecting every problem with its line.
 */
public final class Validator {
    private final Path file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Mark> positions = new HashMap<>();

    public Validator(Path file) {
        this.file = file;
    }

    public List<Problem> errors() {
        return errors;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** Where each field path starts in the file. */
    public Map<String, Mark> positions() {
        return positions;
    }

    /** Validates the root node; returns the plain tree (never null; check {@link #errors()}). */
    public Map<String, Object> validateRoot(Node root) {
        Object v = value(root, EventSchema.ROOT, "");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = v instanceof Map ? (Map<String, Object>) v : new LinkedHashMap<>();
        return m;
    }

    private Object value(Node node, FieldType type, String path) {
        positions.put(path, node.getStartMark().orElse(null));
        return switch (type) {
            case FieldType.Obj obj -> object(node, obj, path);
            case FieldType.ListOf list -> list(node, list, path);
            case FieldType.Lines lines -> lines(node, path);
            case FieldType.Text t -> text(node, path, false);
            case FieldType.Markup m -> text(node, path, true);
            case FieldType.Int i -> integer(node, i, path);
            case FieldType.Bool b -> bool(node, path);
            case FieldType.Date d -> date(node, d, path);
            case FieldType.Choice c -> choice(node, c, path);
        };
    }

    private Map<String, Object> object(Node node, FieldType.Obj obj, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            error(node, path, "should be a group of fields (key: value lines), found " + describe(node),
                    "Indent the fields under " + (path.isEmpty() ? "the file" : lastKey(path) + ":") + " by two spaces.");
            return out;
        }
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                error(t.getKeyNode(), path, "a key must be a plain word", "Write keys like trich_yeu: …");
                continue;
            }
            String key = k.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (seen.put(key, k) != null) {
                error(k, childPath, "appears twice", "Keep one " + key + ": and delete the other.");
                continue;
            }
            Field f = obj.field(key);
            if (f == null) {
                error(k, childPath, "unknown key", unknownHint(key, obj));
                continue;
            }
            if (isNull(t.getValueNode())) {
                if (f.required()) {
                    error(t.getValueNode(), childPath, "is empty", "Fill it in: " + f.description());
                }
                continue;
            }
            Object v = value(t.getValueNode(), f.type(), childPath);
            if (v != null) {
                out.put(key, v);
            }
        }
        for (Field f : obj.fields()) {
            // A misspelt required key is reported once, as the unknown key with its suggestion.
            boolean misspelt = seen.keySet().stream().anyMatch(k -> obj.field(k) == null && Levenshtein.distance(k, f.name()) <= 2);
            if (f.required() && !seen.containsKey(f.name()) && !misspelt) {
                String childPath = path.isEmpty() ? f.name() : path + "." + f.name();
                error(node, childPath, "is missing", "Add " + f.name() + ": under " + (path.isEmpty() ? "the top level" : lastKey(path)) + ". " + f.description());
            }
        }
        if (EventSchema.isOutlineNode(obj)) {
            checkOutlineNode(node, out, path);
        }
        return out;
    }

    private void checkOutlineNode(Node node, Map<String, Object> values, String path) {
        List<String> levels = new ArrayList<>();
        for (String k : EventSchema.LEVEL_KEYS) {
            if (values.containsKey(k)) {
                levels.add(k);
            }
        }
        if (levels.size() > 1) {
            error(node, path, "has both " + String.join(" and ", levels), "An outline item is one level: keep one of phan, muc, khoan, diem and move the other into con:.");
        }
        if (levels.isEmpty() && !values.containsKey("van_ban") && !values.containsKey("tu_dong")) {
            error(node, path, "has no title and no text", "Give it a title (muc:, khoan: …) or a van_ban: text.");
        }
        if (values.get("con") instanceof List<?> children && levels.size() == 1) {
            int mine = EventSchema.LEVEL_KEYS.indexOf(levels.get(0));
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof Map<?, ?> child) {
                    for (String k : EventSchema.LEVEL_KEYS) {
                        if (child.containsKey(k) && EventSchema.LEVEL_KEYS.indexOf(k) <= mine) {
                            Mark m = positions.get(path + ".con[" + i + "]");
                            error(m, path + ".con[" + i + "]." + k, "a " + k + " cannot stand under a " + levels.get(0),
                                    "Under a " + levels.get(0) + " use a smaller level (phan > muc > khoan > diem), or move it up.");
                        }
                    }
                }
            }
        }
    }

    private List<Object> list(Node node, FieldType.ListOf list, String path) {
        List<Object> out = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            error(node, path, "should be a list, found " + describe(node), "Write each item on its own line starting with \"- \".");
            return out;
        }
        int i = 0;
        for (Node item : seq.getValue()) {
            String p = path + "[" + i++ + "]";
            if (isNull(item)) {
                error(item, p, "is an empty item", "Delete the empty \"- \" line or fill it in.");
                continue;
            }
            Object v = value(item, list.item(), p);
            if (v != null) {
                out.add(v);
            }
        }
        if (out.size() < list.min() && errors.stream().noneMatch(e -> e.field().startsWith(path))) {
            error(node, path, "needs at least " + list.min() + " item" + (list.min() > 1 ? "s" : ""), "Add an item starting with \"- \".");
        }
        return out;
    }

    private List<String> lines(Node node, String path) {
        if (node instanceof SequenceNode) {
            List<String> out = new ArrayList<>();
            for (Object o : list(node, new FieldType.ListOf(new FieldType.Text(), 1), path)) {
                out.add((String) o);
            }
            return out;
        }
        String s = text(node, path, false);
        return s == null ? null : List.of(s);
    }

    private String text(Node node, String path, boolean markup) {
        ScalarNode s = scalar(node, path, markup ? "text" : "a line of text");
        if (s == null) {
            return null;
        }
        String raw = s.getValue();
        if (!markup && raw.strip().contains("\n")) {
            error(node, path, "should be one line", "Join the lines, or remove the | or > after the colon.");
            return null;
        }
        TextNormalizer.Result r = TextNormalizer.normalize(raw);
        vn.vanban.text.internal.LineCursor cursor = new vn.vanban.text.internal.LineCursor(raw);
        for (TextNormalizer.Fix fix : r.fixes()) {
            warn(s, fix.offset(), cursor, path, fix.detail());
        }
        String value = markup ? r.text() : r.text().strip();
        if (value.isBlank()) {
            error(node, path, "is empty (\"\")", "Write the text, or delete the line to leave it out.");
            return null;
        }
        return value;
    }

    private Integer integer(Node node, FieldType.Int type, String path) {
        ScalarNode s = scalar(node, path, "a whole number");
        if (s == null) {
            return null;
        }
        String v = s.getValue().strip();
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            error(node, path, "\"" + v + "\" is not a whole number", "Write digits only, e.g. " + Math.max(type.min(), 1) + ".");
            return null;
        }
        if (n < type.min() || n > type.max()) {
            error(node, path, n + " is out of range", "Write a number from " + type.min() + " to " + type.max() + ".");
            return null;
        }
        return (int) n;
    }

    private Boolean bool(Node node, String path) {
        ScalarNode s = scalar(node, path, "true or false");
        if (s == null) {
            return null;
        }
        return switch (s.getValue().strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                error(node, path, "\"" + s.getValue() + "\" is not true or false", "Write true or false.");
                yield null;
            }
        };
    }

    private PartialDate date(Node node, FieldType.Date type, String path) {
        ScalarNode s = scalar(node, path, "a date");
        if (s == null) {
            return null;
        }
        String hint = type.partial()
                ? "Write the date as DD/MM/YYYY, e.g. 08/10/2024; on a draft MM/YYYY (12/2024) leaves the day blank."
                : "Write the date as DD/MM/YYYY, e.g. 08/10/2024.";
        try {
            PartialDate d = PartialDate.parse(s.getValue());
            if (d.year() < 1945 || d.year() > 2200) {
                error(node, path, "year " + d.year() + " is out of range", "Write a year from 1945 to 2200. " + hint);
                return null;
            }
            if (!type.partial() && !d.isComplete()) {
                error(node, path, "needs a full date", hint);
                return null;
            }
            return d;
        } catch (IllegalArgumentException e) {
            error(node, path, e.getMessage(), hint);
            return null;
        }
    }

    private String choice(Node node, FieldType.Choice c, String path) {
        ScalarNode s = scalar(node, path, "one of " + c.values());
        if (s == null) {
            return null;
        }
        String v = s.getValue().strip();
        if (!c.values().contains(v)) {
            error(node, path, "\"" + v + "\" is not allowed", "Write one of: " + String.join(", ", c.values()) + ".");
            return null;
        }
        return v;
    }

    private ScalarNode scalar(Node node, String path, String what) {
        if (node instanceof ScalarNode s) {
            return s;
        }
        error(node, path, "should be " + what + ", found " + describe(node), "Write a single value after the colon.");
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
    }

    private static String describe(Node node) {
        return switch (node.getNodeType()) {
            case MAPPING -> "a group of fields";
            case SEQUENCE -> "a list";
            case SCALAR -> "\"" + ((ScalarNode) node).getValue() + "\"";
            default -> "something else";
        };
    }

    private static String lastKey(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String unknownHint(String key, FieldType.Obj obj) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Field f : obj.fields()) {
            int d = Levenshtein.distance(key, f.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = f.name();
            }
        }
        List<String> names = obj.fields().stream().map(Field::name).toList();
        if (best != null && bestDistance <= 2) {
            return "Did you mean " + best + "? Allowed here: " + String.join(", ", names) + ".";
        }
        return "Allowed here: " + String.join(", ", names) + ".";
    }

    private void error(Node node, String path, String message, String hint) {
        error(node.getStartMark().orElse(null), path, message, hint);
    }

    private void error(Mark mark, String path, String message, String hint) {
        errors.add(new Problem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, path, message, hint));
    }

    private void warn(ScalarNode s, int offset, vn.vanban.text.internal.LineCursor cursor, String path, String detail) {
        Optional<Mark> m = s.getStartMark();
        int line = m.map(Mark::getLine).orElse(-1) + 1;
        int col = m.map(Mark::getColumn).orElse(-1) + 1;
        if (m.isPresent() && s.getScalarStyle() != ScalarStyle.LITERAL && s.getScalarStyle() != ScalarStyle.FOLDED) {
            col += offset + (s.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1);
        } else if (m.isPresent()) {
            int before = cursor.at(offset)[0] - 1;
            line += 1 + before;
            col = 0;
        }
        warnings.add(new Problem(file, line, col, path, "fixed: " + detail, ""));
    }
}
