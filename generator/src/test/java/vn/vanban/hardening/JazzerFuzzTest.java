package vn.vanban.hardening;

import java.nio.file.Path;

import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.template.Markup;
import vn.vanban.text.TextNormalizer;

/**
 * Coverage-guided fuzzing with Jazzer, for the time of maxDuration, when JAZZER_FUZZ is set (its agent prints
 * a hundred lines, so the everyday run leaves it out); inputs to start from and every crash Jazzer finds are in
 * src/test/resources/vn/vanban/hardening/JazzerFuzzTestInputs/METHOD/:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./run-tests -Dtest='JazzerFuzzTest#eventFile'
 * }</pre>
 *
 * <p>The contract: the reader answers every input with an event file or an {@link EventFileException}, and
 * the bundled templates build every file the reader accepts; any other exception (a template's included), a
 * hang or a stack overflow is a finding. {@link FuzzTest} (seeded mutation, in every run) is the always-on companion.
 */
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+",
        disabledReason = "fuzzes only with JAZZER_FUZZ=1 (.ci/run does, for seconds); FuzzTest fuzzes in every run")
class JazzerFuzzTest {
    private static final Vanban VANBAN = Vanban.builder().build();

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "15s")
    void eventFile(byte[] input) throws Exception {
        EventFile ev;
        try {
            ev = EventReader.parse(Path.of("fuzz.yaml"), new String(input, java.nio.charset.StandardCharsets.UTF_8));
        } catch (EventFileException expected) {
            return;
        }
        try {
            VANBAN.documents(ev); // the bundled templates take every file the reader takes: a TemplateException is a finding
        } catch (EventFileException expected) {
            // The document plan refuses what the reader cannot know alone (a kind no kinds.yaml defines): an answer, not a crash.
        }
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "15s")
    void markup(byte[] bytes) throws Exception {
        String input = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        FuzzTest.wellFormed(Markup.toXml(input));
        FuzzTest.wellFormed(Markup.toXml(TextNormalizer.normalize(input).text()));
    }
}
