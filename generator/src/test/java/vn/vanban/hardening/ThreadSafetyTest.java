package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;

/**
 * One {@link Vanban} shared by 8 threads renders 1,000 files (DOCX and PDF of the three examples, template to
 * bytes each time) with the bytes of a single-threaded run.
 */
class ThreadSafetyTest {
    static final String[] EXAMPLES = {"examples/binh-phuoc-2025.yaml", "examples/tam-duong-2024.yaml", "examples/so-noi-vu-phu-tho-2025.yaml"};
    static final int THREADS = 8;
    static final int FILES = 1_000;

    @Test
    void eightThreadsGiveTheSingleThreadedBytes() throws Exception {
        List<EventFile> events = new ArrayList<>();
        List<List<RenderedFile>> expected = new ArrayList<>();
        for (String e : EXAMPLES) {
            EventFile ev = Vanban.read(Path.of(e));
            events.add(ev);
            expected.add(Vanban.builder().build().render(ev, Set.of(Format.DOCX, Format.PDF)));
        }
        Vanban shared = Vanban.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<RenderedFile>> jobs = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int event = i % EXAMPLES.length;
                Format format = (i / EXAMPLES.length) % 2 == 0 ? Format.DOCX : Format.PDF;
                jobs.add(pool.submit(() -> shared.render(events.get(event), Set.of(format)).get(0)));
            }
            for (int i = 0; i < FILES; i++) {
                int event = i % EXAMPLES.length;
                int which = (i / EXAMPLES.length) % 2; // DOCX first in render's order
                RenderedFile want = expected.get(event).get(which);
                RenderedFile got = jobs.get(i).get();
                assertEquals(want.name(), got.name());
                assertArrayEquals(want.bytes(), got.bytes(), "file " + i + " (" + got.name() + ") differs from the single-threaded run");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
