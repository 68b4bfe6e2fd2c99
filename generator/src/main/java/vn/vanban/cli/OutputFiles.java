package vn.vanban.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import vn.vanban.RenderedFile;

/**
 * Writes output files so that none is ever half-written: each goes to a temporary file in the
 * target folder and is then moved into place.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes every file into {@code dir} (created if needed); returns their paths. */
    public static List<Path> writeAll(Path dir, List<RenderedFile> files) throws IOException {
        Files.createDirectories(dir);
        return files.stream().map(f -> {
            try {
                return write(dir.resolve(f.name()), f.bytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    /** Temporary files are created owner-only; an output file gets the usual rw-r--r--. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes one file atomically. */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
