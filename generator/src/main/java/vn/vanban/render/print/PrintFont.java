package vn.vanban.render.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import vn.vanban.layout.FontException;
import vn.vanban.layout.FontMetrics;

/**
 * The typefaces of the print items: a heavy display face for titles and names, a bold one for the
 * other lines. By default the bundled Be Vietnam Pro (OFL) ExtraBold and Bold; a user font file
 * replaces both.
 *
 * <pre>{@code
 * PrintFont bundled = PrintFont.bundled();
 * PrintFont mine = PrintFont.load(Path.of("UTM-Impact.ttf"));   // refused without Vietnamese glyphs
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PrintFont {
    /** Every Vietnamese letter, both cases: a font must have them all. */
    public static final String VIETNAMESE_LETTERS = vietnameseLetters();

    private final Face display;
    private final Face text;

    private PrintFont(Face display, Face text) {
        this.display = display;
        this.text = text;
    }

    /**
     * One font file: its bytes (embedded in the PDFs), its metrics (fitting), and the Java font
     * (outlines and previews).
     *
     * @param name    the file name, for messages and README.txt
     * @param bytes   the TTF or OTF bytes; shared, do not modify
     * @param metrics measurements of the real glyph outlines
     * @param awt     the parsed font, for outlines and previews
     */
    public record Face(String name, byte[] bytes, FontMetrics metrics, Font awt) {
        public Face {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(awt, "awt");
        }
    }

    /** The bundled Be Vietnam Pro, parsed once and shared. */
    public static PrintFont bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final PrintFont INSTANCE = new PrintFont(resource("BeVietnamPro-ExtraBold.ttf"), resource("BeVietnamPro-Bold.ttf"));

        private static Face resource(String file) {
            try (InputStream in = PrintFont.class.getResourceAsStream("/vanban/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the jar: rebuild vanban (fonts/ holds it)");
                }
                return face(in.readAllBytes(), file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + file, e);
            } catch (PrintException e) {
                throw new IllegalStateException("the bundled font " + file + " is damaged: rebuild vanban", e);
            }
        }
    }

    /**
     * Reads a user font file; it serves every line.
     *
     * @throws PrintException if the file cannot be read, is not a TrueType/OpenType font, or lacks
     *                        a Vietnamese letter (the message names the first one missing)
     */
    public static PrintFont load(Path file) throws PrintException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PrintException("font " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): check the path, or leave out --font for the bundled Be Vietnam Pro");
        }
        Face f = face(bytes, file.getFileName().toString());
        return new PrintFont(f, f);
    }

    /** A font from bytes already in memory; {@code name} names it in messages. */
    public static PrintFont of(byte[] bytes, String name) throws PrintException {
        Face f = face(bytes.clone(), name);
        return new PrintFont(f, f);
    }

    private static Face face(byte[] bytes, String name) throws PrintException {
        FontMetrics m;
        Font awt;
        try {
            m = FontMetrics.load(bytes, name);
            awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontException e) {
            throw new PrintException(e.getMessage());
        } catch (FontFormatException | IOException | RuntimeException e) {
            throw new PrintException(name + " is not a TrueType or OpenType font vanban can read: name a .ttf or .otf file");
        }
        int missing = m.firstMissing(VIETNAMESE_LETTERS);
        if (missing >= 0) {
            throw new PrintException("font " + name + " has no glyph for " + String.format(Locale.ROOT, "U+%04X '%s'", missing,
                    new String(Character.toChars(missing))) + ": it cannot print Vietnamese. Use a font with full Vietnamese coverage"
                    + " (e.g. the bundled Be Vietnam Pro: leave out --font)");
        }
        return new Face(name, bytes, m, awt);
    }

    /** The heavy face of titles and names. */
    public Face display() {
        return display;
    }

    /** The face of the other lines (organiser, period, place and date, labels). */
    public Face text() {
        return text;
    }

    private static String vietnameseLetters() {
        StringBuilder sb = new StringBuilder("abcdefghijklmnopqrstuvwxyzđ");
        String vowels = "aăâeêioôơuưy";
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        for (char v : vowels.toCharArray()) {
            for (char t : tones.toCharArray()) {
                sb.append(Normalizer.normalize(v + String.valueOf(t), Normalizer.Form.NFC));
            }
        }
        String lower = sb.toString();
        return lower + lower.toUpperCase(Locale.ROOT);
    }
}
