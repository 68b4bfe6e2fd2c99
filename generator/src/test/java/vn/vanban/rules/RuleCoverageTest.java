package vn.vanban.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every shipped rule is asserted by id in some test (its break and keep cases live next to that assertion). */
class RuleCoverageTest {
    @Test
    void everyBundledRuleIsNamedByATest() throws Exception {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("generator/src/test/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("RuleCoverageTest.java")).toList()) {
                tests.append(Files.readString(p));
            }
        }
        List<String> untested = new ArrayList<>();
        for (String name : RuleSet.BUNDLED) {
            for (Rule r : RuleSet.bundled(name).rules()) {
                if (!tests.toString().contains("\"" + r.id() + "\"")) {
                    untested.add(r.id());
                }
            }
        }
        assertEquals(List.of(), untested);
    }
}
