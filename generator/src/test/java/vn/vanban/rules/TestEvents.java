package vn.vanban.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.event.PartialDate;
import vn.vanban.rules.internal.YamlTree;

/**
 * Event files written by the tests, read as {@code vanban check} reads them.
 *
 * <p>Files using the {@code vanban: 2} keys of EVENT-KEYS.md (doan_chu_tich, so_lao_dong, hoi_dong …) are
 * read by {@link EventReader} as soon as its schema knows them (the kit branch). Until then the reader
 * refuses them with "unknown key" only (or a document kind it does not know yet), and this helper reads the same text as a plain value tree (numbers,
 * booleans and dates typed as the reader types them), so the rules over those keys are tested on the same
 * files. Any other reader error fails the test.
 */
final class TestEvents {
    private static final Set<String> DATE_KEYS = Set.of("ngay", "han_nop");

    private TestEvents() {
    }

    static Path write(Path dir, String name, String yaml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    /** An event file as the checker sees it: its path and its plain value tree. */
    record Event(Path path, Map<String, Object> data) {
    }

    static Event read(Path p) throws Exception {
        try {
            EventFile ev = EventReader.read(p);
            return new Event(ev.path(), ev.data());
        } catch (EventFileException e) {
            boolean onlyNewKeys = e.problems().stream()
                    .allMatch(x -> x.message().equals("unknown key") || x.field().equals("vanban") || x.field().matches("van_ban\\[\\d+\\]\\.loai"));
            if (!onlyNewKeys) {
                throw e;
            }
            YamlTree t = YamlTree.parse(p, Files.readString(p));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) typed(t.root(), "");
            return new Event(p, data);
        }
    }

    static List<Finding> check(Path p, String... ruleSets) throws Exception {
        Event ev = read(p);
        return Checker.check(ev.path(), ev.data(), sets(ev, ruleSets));
    }

    static List<RuleSet> sets(Event ev, String... ruleSets) throws Exception {
        return Checker.ruleSetsFor(ev.path(), ev.data(), List.of(ruleSets));
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private static Object typed(Object v, String key) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), typed(x, String.valueOf(k))));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(typed(x, key)));
            return out;
        }
        if (v instanceof String s) {
            if (DATE_KEYS.contains(key)) {
                return PartialDate.parse(s);
            }
            if (s.matches("-?\\d+")) {
                return Integer.valueOf(s);
            }
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
        }
        return v;
    }
}
