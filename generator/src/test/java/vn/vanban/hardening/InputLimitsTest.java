package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.cli.Main;
import vn.vanban.event.internal.InputLimits;

/** The limits too large to keep as files in the bad-input corpus, through the CLI. */
class InputLimitsTest {
    record Run(int code, String err) {
    }

    static Run render(Path event, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"render", event.toString(), "-o", out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    @Test
    void anEventFileOverTheSizeLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("lon.yaml");
        String base = Files.readString(Path.of("generator/src/test/resources/bad/base.yaml.in"));
        StringBuilder sb = new StringBuilder(base).append("# ");
        while (sb.length() <= InputLimits.MAX_FILE_BYTES) {
            sb.append("chú thích dài ");
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        long t = System.nanoTime();
        Run r = render(big, dir.resolve("out"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(big + ": is "), r.err());
        assertTrue(r.err().contains("an event file may be at most 8.0 MB (limit: event-file size)"), r.err());
        assertTrue((System.nanoTime() - t) / 1_000_000 < 10_000, "refused quickly");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aLargeButHonestEventFileIsAccepted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dai.yaml");
        String body = ("          Đoạn văn dài về thi đua, khen thưởng các cấp, các ngành trong tỉnh.\n\n").repeat(3000);
        Files.writeString(f, Files.readString(Path.of("generator/src/test/resources/bad/base.yaml.in"))
                .replace("          1. Đánh giá kết quả.\n", body), StandardCharsets.UTF_8);
        Run r = render(f, dir.resolve("out"));
        assertEquals(0, r.code(), r.err());
        // 3,000 paragraphs: about 95 pages (a size in bytes would say more about compression than content).
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve("dai-ke-hoach.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 80, pdf.getNumberOfPages() + " pages");
        }
    }
}
