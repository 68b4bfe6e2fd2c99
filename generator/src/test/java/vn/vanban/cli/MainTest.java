package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The top-level command: every subcommand reachable by its name, listed in the usage, suggested when mistyped. */
class MainTest {
    private static final List<String> COMMANDS = List.of("render", "kit", "new", "check", "audit", "print", "delegates", "text",
            "schema", "bench");

    @Test
    void everySubcommandAnswersToItsOwnName() {
        for (String name : COMMANDS) {
            RenderCommandTest.Run r = RenderCommandTest.run(name, "--help");
            assertEquals(ExitCode.OK, r.code(), name + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: vanban " + name + " "), name + ": " + r.out());
        }
    }

    @Test
    void theUsageListsEverySubcommandInOrder() {
        RenderCommandTest.Run r = RenderCommandTest.run("--help");
        assertEquals(ExitCode.OK, r.code(), r.err());
        int at = -1;
        for (String name : COMMANDS) {
            int i = r.out().indexOf("\n  " + name + " ");
            assertTrue(i > at, name + " listed after the one before it:\n" + r.out());
            at = i;
        }
    }

    @Test
    void aMistypedCommandIsBadInputWithASuggestion() {
        RenderCommandTest.Run r = RenderCommandTest.run("rendr", "examples/binh-phuoc-2025.yaml");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Did you mean: render"), r.err());
    }

    @Test
    void theDebugFlagBeforeTheCommandStillFindsIt() {
        RenderCommandTest.Run r = RenderCommandTest.run("--debug", "schema", "--help");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: vanban schema"), r.out());
    }
}
