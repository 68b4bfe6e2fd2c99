package vn.vanban.render.print;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.vanban.RenderedFile;

/**
 * Writes the print samples of {@code output-samples/print/} (run by {@code scripts/make-print-samples}):
 * every item of seed 004's congress, with twelve card holders ({@code DIR hardest}: the hardest title instead).
 */
public final class PrintSamples {
    private PrintSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "output-samples/print");
        Files.createDirectories(dir);
        boolean hardest = args.length > 1 && args[1].equals("hardest");
        PrintJob job = PrintFixtures.job(hardest ? PrintFixtures.hardest() : PrintFixtures.binhPhuoc(), PrintFixtures.allItems(),
                PrintFixtures.people(12));
        for (RenderedFile f : PrintRenderer.builder().previewPixels(1200).build().render(job)) {
            Files.write(dir.resolve(f.name()), f.bytes());
        }
    }
}
