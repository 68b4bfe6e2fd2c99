package vn.vanban.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.vanban.event.EventSchema;
import vn.vanban.event.Problem;
import vn.vanban.rules.internal.Check;
import vn.vanban.rules.internal.Kind;
import vn.vanban.rules.internal.Kinds;
import vn.vanban.rules.internal.ParamException;
import vn.vanban.rules.internal.Params;
import vn.vanban.rules.internal.YamlTree;
import vn.vanban.text.internal.TextFiles;

/**
 * A named set of rules read from YAML: the bundled {@code nd30}, a plan's numbers
 * ({@code kh-293-binh-phuoc}), or a province's own file or folder. Every rule is checked when the set is
 * loaded: an unknown kind, key, parameter or placeholder is a {@link RuleSetException} with its line.
 *
 * <pre>{@code
 * RuleSet nd30 = RuleSet.bundled("nd30");
 * RuleSet mine = RuleSet.load(Path.of("quy-tac/lai-chau-2025.yaml"));
 * List<Finding> found = Checker.check(event, List.of(nd30, mine));
 * }</pre>
 */
public final class RuleSet {
    /** The rule sets inside vanban, by name. */
    public static final List<String> BUNDLED = List.of("nd30", "chung", "kh-293-binh-phuoc", "hd-tam-duong");

    private static final Set<String> RULE_KEYS = Set.of("id", "kieu", "thong_diep", "cap", "hinh_thuc", "khi", "tham_so", "nguon", "cach_sua");
    private static final Set<String> FILE_KEYS = Set.of("ten", "mo_ta", "quy_tac");
    private static final List<String> FORMS = List.of("dai_hoi", "hoi_nghi");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    private final String name;
    private final String description;
    private final List<Rule> rules;
    private final List<Check> checks;

    private RuleSet(String name, String description, List<Rule> rules, List<Check> checks) {
        this.name = name;
        this.description = description;
        this.rules = List.copyOf(rules);
        this.checks = List.copyOf(checks);
    }

    /** The name events use in {@code quy_tac:}: the file's {@code ten:}, or its file name without .yaml. */
    public String name() {
        return name;
    }

    /** What the set is ({@code mo_ta:}), or empty. */
    public String description() {
        return description;
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    List<Check> checks() {
        return checks;
    }

    /** The rule kinds ({@code kieu:}) a rule set may use, by name, with what each checks, in documented order. */
    public static Map<String, String> kinds() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Kind k : Kinds.all()) {
            out.put(k.name(), k.description());
        }
        return out;
    }

    /** A rule set bundled with vanban ({@link #BUNDLED}). */
    public static RuleSet bundled(String name) throws RuleSetException {
        String resource = "/vanban/rules/" + name + ".yaml";
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new RuleSetException(new Problem(null, 0, 0, "", "no rule set named \"" + name + "\"",
                        "Bundled rule sets: " + String.join(", ", BUNDLED) + ". For your own, give the path of its .yaml file or folder."));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Problem> problems = new ArrayList<>();
            RuleSet set = parse(Path.of("rules", name + ".yaml"), text, problems, name);
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            return set;
        } catch (IOException e) {
            throw new RuleSetException(new Problem(null, 0, 0, "", "cannot read the bundled rule set " + name + ": " + e.getMessage(), ""));
        }
    }

    /**
     * A rule set from a YAML file, or from a folder of them (every {@code *.yaml} in it, in name order, one set
     * named after the folder).
     */
    public static RuleSet load(Path path) throws RuleSetException {
        List<Path> files = new ArrayList<>();
        String setName;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new RuleSetException(new Problem(path, 0, 0, "", "cannot be read: " + e.getMessage(), "Check the folder exists and is readable."));
            }
            if (files.isEmpty()) {
                throw new RuleSetException(new Problem(path, 0, 0, "", "holds no rule set (*.yaml)", "Put rule set files (.yaml) in the folder, or name one file."));
            }
            setName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        } else {
            files.add(path);
            setName = null;
        }
        List<Problem> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        String name = setName;
        String description = "";
        for (Path f : files) {
            String text = read(f);
            String base = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            RuleSet one = parse(f, text, problems, base);
            if (one != null) {
                rules.addAll(one.rules);
                checks.addAll(one.checks);
                if (name == null) {
                    name = one.name;
                    description = one.description;
                }
            }
        }
        checkUniqueIds(rules, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSet(name, description, rules, checks);
    }

    /**
     * A rule set by what an event file or the command line names: a bundled name ({@code nd30}), or a path to
     * a file or folder, relative to {@code baseDir} (the event file's folder) or else to the working folder.
     */
    public static RuleSet resolve(String nameOrPath, Path baseDir) throws RuleSetException {
        boolean looksLikePath = nameOrPath.contains("/") || nameOrPath.contains("\\") || nameOrPath.matches(".*\\.ya?ml");
        if (!looksLikePath && BUNDLED.contains(nameOrPath)) {
            return bundled(nameOrPath);
        }
        Path p = Path.of(nameOrPath);
        if (baseDir != null && !p.isAbsolute() && Files.exists(baseDir.resolve(p))) {
            return load(baseDir.resolve(p));
        }
        if (Files.exists(p)) {
            return load(p);
        }
        if (!looksLikePath) {
            return bundled(nameOrPath);
        }
        throw new RuleSetException(new Problem(p, 0, 0, "", "no such rule set file",
                "Give the path of a rule set .yaml file or folder" + (baseDir == null ? "" : " (relative to " + baseDir + ")")
                        + ", or a bundled name: " + String.join(", ", BUNDLED) + "."));
    }

    private static String read(Path f) throws RuleSetException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new RuleSetException(new Problem(f, 0, 0, "", Files.exists(f) ? "cannot be read: " + e.getMessage() : "no such rule set file",
                    "Check the path of the rule set."));
        }
        String s = TextFiles.decodeUtf8(bytes);
        if (s == null) {
            throw new RuleSetException(new Problem(f, 0, 0, "", "is not UTF-8 text", "Save the rule set as UTF-8."));
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static RuleSet parse(Path file, String text, List<Problem> problems, String defaultName) {
        YamlTree tree;
        try {
            tree = YamlTree.parse(file, text);
        } catch (YamlTree.SyntaxException e) {
            problems.add(new Problem(file, e.line(), e.column(), "", e.getMessage(), "Check the indentation (spaces, not tabs) and quote texts holding \": \" or starting with { or [."));
            return null;
        }
        if (!(tree.root() instanceof Map<?, ?> top)) {
            problems.add(new Problem(file, 1, 1, "", "should hold ten:, mo_ta: and quy_tac: (a list of rules)", "Start from rules/kh-293-binh-phuoc.yaml."));
            return null;
        }
        for (Object k : top.keySet()) {
            if (!FILE_KEYS.contains(String.valueOf(k))) {
                problems.add(problem(file, tree, String.valueOf(k), "unknown key", "A rule set has ten:, mo_ta: and quy_tac:."));
            }
        }
        String name = top.get("ten") instanceof String s ? s : defaultName;
        String description = top.get("mo_ta") instanceof String s ? s : "";
        if (!(top.get("quy_tac") instanceof List<?> list) || list.isEmpty()) {
            problems.add(problem(file, tree, "quy_tac", "is missing or empty", "List the rules under quy_tac:, each starting with \"- id: …\"."));
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "quy_tac[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> r)) {
                problems.add(problem(file, tree, at, "should be a rule (id:, kieu:, thong_diep:, nguon:, cach_sua: …)", "Indent the rule's keys under its \"- \"."));
                continue;
            }
            int before = problems.size();
            Rule rule = rule(file, tree, at, castMap(r), problems);
            if (rule == null || problems.size() > before) {
                continue;
            }
            Kind kind = Kinds.of(rule.kind()).orElseThrow();
            Params params = new Params(rule.params());
            try {
                checks.add(kind.compile(params));
                rules.add(rule);
            } catch (ParamException e) {
                problems.add(problem(file, tree, at + ".tham_so" + (e.param().isEmpty() ? "" : "." + e.param()), e.getMessage(),
                        "Kind " + kind.name() + ": " + kind.description() + "."));
                continue;
            }
            for (String unread : params.unread()) {
                problems.add(problem(file, tree, at + ".tham_so." + unread, "is not a parameter of kind " + kind.name(),
                        "Kind " + kind.name() + ": " + kind.description() + "."));
            }
            checkPlaceholders(file, tree, at, rule, kind, problems);
        }
        return new RuleSet(name, description, rules, checks);
    }

    private static Rule rule(Path file, YamlTree tree, String at, Map<String, Object> r, List<Problem> problems) {
        for (String k : r.keySet()) {
            if (!RULE_KEYS.contains(k)) {
                problems.add(problem(file, tree, at + "." + k, "unknown key", "A rule has id, kieu, thong_diep, cap, hinh_thuc, khi, tham_so, nguon, cach_sua."));
            }
        }
        for (String k : List.of("id", "kieu", "thong_diep", "nguon", "cach_sua")) {
            if (!(r.get(k) instanceof String s) || s.isBlank()) {
                problems.add(problem(file, tree, r.containsKey(k) ? at + "." + k : at, (r.containsKey(k) ? k + " should be a text" : k + " is missing"),
                        switch (k) {
                            case "id" -> "Give the rule a unique id, e.g. id: tinh.dai-bieu.toi-da.";
                            case "kieu" -> "Name its kind: " + kindNames() + ".";
                            case "nguon" -> "Say where the rule comes from, e.g. nguon: Kế hoạch 293/KH-UBND, mục II.3.a.";
                            case "cach_sua" -> "Tell the officer what to do, e.g. cach_sua: Giảm số đại biểu xuống tối đa {gioi_han}.";
                            default -> "Write the message the officer reads, with {placeholders}.";
                        }));
            }
        }
        if (problems.stream().anyMatch(p -> p.field().startsWith(at))) {
            return null;
        }
        String kind = (String) r.get("kieu");
        if (Kinds.of(kind).isEmpty()) {
            problems.add(problem(file, tree, at + ".kieu", "\"" + kind + "\" is not a rule kind", "Use one of: " + kindNames() + "."));
            return null;
        }
        List<String> levels = list(file, tree, at + ".cap", r.get("cap"), EventSchema.LEVELS, problems);
        List<String> forms = list(file, tree, at + ".hinh_thuc", r.get("hinh_thuc"), FORMS, problems);
        Rule.Condition when = null;
        if (r.get("khi") != null) {
            Params c = new Params(r.get("khi") instanceof Map<?, ?> m ? castMap(m) : null);
            try {
                if (!(r.get("khi") instanceof Map)) {
                    throw new ParamException("", "should be {truong: field or [fields], chua: text}");
                }
                when = new Rule.Condition(c.paths("truong"), c.string("chua"));
                if (!c.unread().isEmpty()) {
                    throw new ParamException(c.unread().get(0), "is not a key of khi: (truong, chua)");
                }
            } catch (ParamException e) {
                problems.add(problem(file, tree, at + ".khi" + (e.param().isEmpty() ? "" : "." + e.param()), e.getMessage(),
                        "Write khi: {truong: [su_kien.don_vi, su_kien.ten], chua: Đồng Xoài}: the rule applies when one of the fields contains the text."));
                return null;
            }
        }
        Object params = r.get("tham_so");
        if (params != null && !(params instanceof Map)) {
            problems.add(problem(file, tree, at + ".tham_so", "should be a group of key: value lines", "Indent the parameters under tham_so:."));
            return null;
        }
        int line = tree.position(at)[0];
        return new Rule((String) r.get("id"), kind, (String) r.get("thong_diep"), levels, forms, when,
                params == null ? Map.of() : castMap((Map<?, ?>) params), (String) r.get("nguon"), (String) r.get("cach_sua"),
                file, line);
    }

    private static List<String> list(Path file, YamlTree tree, String at, Object v, List<String> allowed, List<Problem> problems) {
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : v instanceof List<?> l ? l : List.of(v)) {
            if (!(o instanceof String s) || !allowed.contains(s)) {
                problems.add(problem(file, tree, at, "\"" + o + "\" is not one of " + String.join(", ", allowed), "Write a list such as [" + allowed.get(0) + "]."));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static void checkPlaceholders(Path file, YamlTree tree, String at, Rule rule, Kind kind, List<Problem> problems) {
        Set<String> known = new LinkedHashSet<>(List.of("cap", "truong"));
        known.addAll(new java.util.TreeSet<>(kind.placeholders()));
        for (String key : List.of("thong_diep", "cach_sua")) {
            Matcher m = PLACEHOLDER.matcher(key.equals("thong_diep") ? rule.message() : rule.fix());
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    problems.add(problem(file, tree, at + "." + key, "{" + m.group(1) + "} is not a placeholder of kind " + kind.name(),
                            "Placeholders of " + kind.name() + ": " + String.join(", ", known.stream().map(s -> "{" + s + "}").toList()) + "."));
                }
            }
        }
    }

    private static void checkUniqueIds(List<Rule> rules, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (Rule r : rules) {
            if (!seen.add(r.id())) {
                problems.add(new Problem(r.file(), r.line(), 0, "id", "rule id " + r.id() + " appears twice", "Give each rule its own id."));
            }
        }
    }

    private static Problem problem(Path file, YamlTree tree, String field, String message, String hint) {
        int[] at = tree.position(field);
        return new Problem(file, at[0], at[1], field, message, hint);
    }

    private static String kindNames() {
        return String.join(", ", Kinds.all().stream().map(Kind::name).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
