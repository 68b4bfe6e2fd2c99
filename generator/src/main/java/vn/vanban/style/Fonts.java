package vn.vanban.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled font files, read once from the jar and shared.
 *
 * <pre>{@code
 * byte[] ttf = Fonts.bytes(FontFace.BOLD);
 * }</pre>
 */
public final class Fonts {
    private static final Map<FontFace, byte[]> CACHE = new EnumMap<>(FontFace.class);

    private Fonts() {
    }

    /** The TrueType bytes of a face. The array is shared: do not modify it. */
    public static synchronized byte[] bytes(FontFace face) {
        return CACHE.computeIfAbsent(face, Fonts::load);
    }

    private static byte[] load(FontFace face) {
        try (InputStream in = Fonts.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("font " + face.resource() + " is missing from the jar;"
                        + " rebuild with ./vanban --rebuild or check that fonts/ holds " + face.fileName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.resource(), e);
        }
    }
}
