package vn.vanban.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.event.EventFile;
import vn.vanban.event.Problem;
import vn.vanban.rules.internal.Check;
import vn.vanban.rules.internal.EventView;
import vn.vanban.rules.internal.Hit;
import vn.vanban.rules.internal.Values;
import vn.vanban.rules.internal.YamlTree;
import vn.vanban.text.internal.TextFiles;

/**
 * Checks an event file against rule sets: the one entry point of this package, for {@code vanban check},
 * {@code render} and {@code kit}. Returns findings as data and prints nothing.
 *
 * <pre>{@code
 * EventFile ev = EventReader.read(Path.of("xa-ban-bo.yaml"));
 * List<RuleSet> sets = Checker.ruleSetsFor(ev, List.of());   // nd30, chung + the sets the file names in quy_tac:
 * List<Finding> found = Checker.check(ev, sets);               // empty: every rule holds
 * }</pre>
 */
public final class Checker {
    /** The event file key naming the rule sets it follows (a name or a list of names or paths). */
    public static final String RULES_KEY = "quy_tac";
    /** The rule sets every event is checked against: the decree's format, and what holds for every congress. */
    public static final List<String> ALWAYS = List.of("nd30", "chung");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    private Checker() {
    }

    /**
     * The rule sets for an event: {@code nd30} and {@code chung}, then those the file names in {@code quy_tac:}, then
     * {@code extra} (e.g. {@code --rules}), each once. Names are bundled sets or paths relative to the event
     * file's folder.
     */
    public static List<RuleSet> ruleSetsFor(EventFile event, List<String> extra) throws RuleSetException {
        return ruleSetsFor(event.path(), event.data(), extra);
    }

    /** As {@link #ruleSetsFor(EventFile, List)}, from the event file's path and its plain value tree. */
    public static List<RuleSet> ruleSetsFor(Path file, Map<String, Object> data, List<String> extra) throws RuleSetException {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(ALWAYS);
        names.addAll(namedIn(data));
        names.addAll(extra);
        Path base = file == null ? null : file.toAbsolutePath().getParent();
        List<RuleSet> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            try {
                RuleSet s = RuleSet.resolve(n, base);
                if (seen.add(s.name())) {
                    out.add(s);
                }
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        checkUniqueIds(out);
        return out;
    }

    /** The names an event file's value tree gives in {@code quy_tac:}, in order. */
    public static List<String> namedIn(Map<String, Object> data) {
        Object v = data.get(RULES_KEY);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    out.add(s);
                } else if (o instanceof Map<?, ?> m && m.get("ten") instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Every place the event breaks a rule of the sets, ordered by line in the event file (findings without a
     * line last), then by rule. An empty list means every rule holds.
     */
    public static List<Finding> check(EventFile event, List<RuleSet> sets) {
        return check(event.path(), event.data(), sets);
    }

    /**
     * As {@link #check(EventFile, List)}, from the event file's path and its plain value tree
     * ({@code EventFile.data()}: maps, lists, strings, integers, booleans, {@code PartialDate}s).
     */
    public static List<Finding> check(Path file, Map<String, Object> data, List<RuleSet> sets) {
        return check(file, data, sets, positions(file));
    }

    /**
     * As {@link #check(EventFile, List)}, for an event parsed from text in memory
     * ({@code EventReader.parse(path, text)}): {@code text} gives the findings their lines.
     */
    public static List<Finding> check(EventFile event, List<RuleSet> sets, String text) {
        YamlTree positions;
        try {
            positions = YamlTree.parse(event.path(), text);
        } catch (YamlTree.SyntaxException e) {
            positions = null;
        }
        return check(event.path(), event.data(), sets, positions);
    }

    private static List<Finding> check(Path file, Map<String, Object> data, List<RuleSet> sets, YamlTree positions) {
        EventView view = new EventView(data);
        String level = view.level();
        String form = view.form();
        List<Finding> out = new ArrayList<>();
        for (RuleSet set : sets) {
            for (int i = 0; i < set.rules().size(); i++) {
                Rule rule = set.rules().get(i);
                if (!rule.levels().isEmpty() && !rule.levels().contains(level)) {
                    continue;
                }
                if (!rule.forms().isEmpty() && !rule.forms().contains(form)) {
                    continue;
                }
                if (rule.when() != null && !holds(rule.when(), view)) {
                    continue;
                }
                Check check = set.checks().get(i);
                List<Hit> hits = new ArrayList<>();
                check.run(view, hits::add);
                for (Hit h : hits) {
                    Map<String, String> values = Values.of("cap", Values.levelName(level), "truong", h.field());
                    values.putAll(h.values());
                    int[] at = positions == null ? new int[] {0, 0} : positions.position(h.field());
                    out.add(new Finding(rule.id(), set.name(), file, at[0], at[1], h.field(),
                            fill(rule.message(), values), rule.source(), fill(rule.fix(), values)));
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((Finding f) -> f.line() == 0 ? Integer.MAX_VALUE : f.line())
                .thenComparingInt(Finding::column));
        return List.copyOf(sorted);
    }

    private static boolean holds(Rule.Condition c, EventView view) {
        String needle = c.contains().toLowerCase(java.util.Locale.ROOT);
        for (String f : c.fields()) {
            for (EventView.Match m : view.find(f)) {
                if (String.valueOf(m.value()).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkUniqueIds(List<RuleSet> sets) throws RuleSetException {
        Set<String> ids = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (RuleSet s : sets) {
            for (Rule r : s.rules()) {
                if (!ids.add(r.id())) {
                    problems.add(new Problem(r.file(), r.line(), 0, "id", "rule id " + r.id() + " of rule set " + s.name() + " is also in another rule set",
                            "Prefix your rule ids with your set's name, e.g. " + s.name() + "." + r.id() + "."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The event file's node positions, read again from its text; null when it cannot be read. */
    private static YamlTree positions(Path file) {
        if (file == null) {
            return null;
        }
        try {
            String text = TextFiles.decodeUtf8(Files.readAllBytes(file));
            if (text == null) {
                return null;
            }
            return YamlTree.parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | YamlTree.SyntaxException e) {
            return null;
        }
    }
}
