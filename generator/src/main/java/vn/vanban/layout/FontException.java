package vn.vanban.layout;

/** A font file that cannot be read or that lacks glyphs the text needs; the message says what to do. */
public final class FontException extends Exception {
    private static final long serialVersionUID = 1L;

    public FontException(String message) {
        super(message);
    }
}
