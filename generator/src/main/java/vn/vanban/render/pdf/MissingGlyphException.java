package vn.vanban.render.pdf;

/** Stand-in until the renderer lands. */
public class MissingGlyphException extends RuntimeException {
    public MissingGlyphException(String m) {
        super(m);
    }
}
