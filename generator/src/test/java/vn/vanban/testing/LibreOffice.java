package vn.vanban.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice, headless, as a real client of vanban's DOCX: converts files to PDF the way a user's
 * office suite lays them out. Tests that need it are skipped where {@code soffice} is missing.
 *
 * <pre>{@code
 * assumeTrue(LibreOffice.available());
 * List<Path> pdfs = LibreOffice.toPdf(List.of(docx), outDir);
 * }</pre>
 */
public final class LibreOffice {
    private LibreOffice() {
    }

    /** Whether {@code soffice} is on the PATH. */
    public static boolean available() {
        return soffice() != null;
    }

    /** Converts every file to PDF in one LibreOffice process; returns the PDFs in the same order. */
    public static List<Path> toPdf(List<Path> files, Path outDir) throws IOException, InterruptedException {
        return convert(files, outDir, "pdf");
    }

    /** Converts every file to {@code format} (e.g. "pdf", "docx", "xlsx") in one process. */
    public static List<Path> convert(List<Path> files, Path outDir, String format) throws IOException, InterruptedException {
        Path soffice = soffice();
        if (soffice == null) {
            throw new IllegalStateException("soffice is not on PATH");
        }
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Path log = outDir.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("soffice did not finish in 10 minutes");
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.exists(converted)) {
                throw new IllegalStateException("soffice did not convert " + f + ": " + Files.readString(log));
            }
            out.add(converted);
        }
        return out;
    }

    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
