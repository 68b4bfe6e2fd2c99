package vn.vanban.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.RenderedFile;

/**
 * Writes the outputs of one run all or nothing: each file goes to a temporary file in the target folder
 * ({@code .vanban-PID-….part}, hidden), and only when every one is written are they all moved into place,
 * under a lock on the folder ({@code .vanban.lock}, when there are several) so that two runs into one folder
 * never mix their files.
 * Temporary files left by a run that was killed are removed by the next run into the folder.
 *
 * <pre>{@code
 * List<Path> written = OutputFiles.writeAll(Path.of("out"), files);   // all of them, or none and an IOException
 * }</pre>
 */
public final class OutputFiles {
    /** The lock file in an output folder: held while a run moves its files into place. */
    public static final String LOCK = ".vanban.lock";
    private static final Pattern PART = Pattern.compile("\\.vanban-(\\d+)-.*\\.part");

    private OutputFiles() {
    }

    /** Two outputs of one run with the same name (e.g. two event files named alike in different folders). */
    public static final class NameClash extends IOException {
        NameClash(String message) {
            super(message);
        }
    }

    /** Writes every file into {@code dir} (created if needed); returns their paths. All or nothing. */
    @SuppressWarnings("try") // the folder's lock is held for the scope of its try block, never referenced
    public static List<Path> writeAll(Path dir, List<RenderedFile> files) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (RenderedFile f : files) {
            String key = f.name().toLowerCase(Locale.ROOT); // one file on Windows and macOS file systems
            if (seen.merge(key, 1, Integer::sum) > 1) {
                throw new NameClash("two outputs of this run are named " + f.name()
                        + " (event files with the same name in different folders?): rename one, or render them one at a time with different -o folders.");
            }
            if (f.name().contains("/") || f.name().contains("\\") || f.name().equals("..") || f.name().equals(".")) {
                throw new IOException("an output name must be a plain file name, not " + f.name());
            }
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a folder: give -o a folder");
        }
        Files.createDirectories(dir);
        removeLeftovers(dir);
        String prefix = ".vanban-" + ProcessHandle.current().pid() + "-";
        List<Path> temps = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        try {
            for (RenderedFile f : files) {
                Path target = dir.resolve(f.name());
                if (Files.isDirectory(target)) {
                    throw new IOException(target + " is a folder: move it away or choose another -o folder");
                }
                Path tmp = Files.createTempFile(dir, prefix, "." + f.name() + ".part");
                temps.add(tmp);
                Files.write(tmp, f.bytes());
                readableByAll(tmp);
                targets.add(target);
            }
            if (temps.size() == 1) {
                moveAll(temps, targets, prefix); // one atomic move: nothing to mix
            } else {
                synchronized (OutputFiles.class) { // a FileLock is per process: threads of one process queue here
                    try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                            FileLock lock = ch.lock()) {
                        moveAll(temps, targets, prefix);
                    }
                }
            }
            return targets;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    /** Writes one file atomically. */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        writeAll(dir, List.of(new RenderedFile(target.getFileName().toString(), bytes)));
        return target;
    }

    /** Moves each temporary file to its target; on a failure, puts back what was there before. */
    private static void moveAll(List<Path> temps, List<Path> targets, String prefix) throws IOException {
        List<Path> backups = new ArrayList<>();
        int moved = 0;
        try {
            for (int i = 0; i < temps.size(); i++) {
                Path target = targets.get(i);
                Path backup = null;
                if (Files.exists(target)) {
                    backup = target.resolveSibling(prefix + "old." + target.getFileName() + ".part");
                    move(target, backup);
                }
                backups.add(backup);
                move(temps.get(i), target);
                moved++;
            }
        } catch (IOException | RuntimeException e) {
            for (int i = backups.size() - 1; i >= 0; i--) {
                try {
                    if (i < moved) {
                        Files.deleteIfExists(targets.get(i));
                    }
                    if (backups.get(i) != null) {
                        move(backups.get(i), targets.get(i));
                    }
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        for (Path b : backups) {
            if (b != null) {
                Files.deleteIfExists(b);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary files of runs whose process is gone (killed mid-run). */
    static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".vanban-*.part")) {
            for (Path p : ds) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Temporary files are created owner-only; an output file gets the usual rw-r--r--. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
