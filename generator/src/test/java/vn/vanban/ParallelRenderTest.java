package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.event.EventFile;
import vn.vanban.render.pdf.MissingGlyphException;

/** A call rendered on an executor gives what the same call gives on the calling thread. */
class ParallelRenderTest {
    private static final Set<Format> ALL = EnumSet.of(Format.DOCX, Format.PDF, Format.TXT);

    @Test
    void theKitOnFourThreadsHasTheSameFilesAndBytes() throws Exception {
        EventFile ev = Vanban.read(Path.of("examples/tan-hop-2025.yaml"));
        List<RenderedFile> alone = files(Vanban.builder().build().kit(ev, ALL));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<RenderedFile> side = files(Vanban.builder().executor(pool).build().kit(ev, ALL));
            assertEquals(alone.stream().map(RenderedFile::name).toList(), side.stream().map(RenderedFile::name).toList());
            for (int i = 0; i < alone.size(); i++) {
                assertArrayEquals(alone.get(i).bytes(), side.get(i).bytes(), alone.get(i).name());
            }
        }
    }

    @Test
    void aFailureIsTheFirstInDocumentOrderOnAnyExecutor(@TempDir Path dir) throws Exception {
        // A delegate's name the font cannot draw: the Giấy mời and the Danh sách both fail, in that order.
        Path event = dir.resolve("tan-hop-2025.yaml");
        Files.writeString(event, Files.readString(Path.of("examples/tan-hop-2025.yaml"))
                .replace("ho_ten: Giàng A Páo", "ho_ten: Giàng A Páo 中"));
        EventFile ev = Vanban.read(event);
        MissingGlyphException alone = assertThrows(MissingGlyphException.class, () -> Vanban.builder().build().kit(ev, ALL));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Vanban side = Vanban.builder().executor(pool).build();
            for (int i = 0; i < 5; i++) {
                MissingGlyphException e = assertThrows(MissingGlyphException.class, () -> side.kit(ev, ALL));
                assertEquals(alone.getMessage(), e.getMessage());
            }
        }
    }

    private static List<RenderedFile> files(List<KitDocument> kit) {
        return kit.stream().flatMap(d -> d.files().stream()).toList();
    }
}
