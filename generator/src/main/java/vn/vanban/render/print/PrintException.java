package vn.vanban.render.print;

/**
 * A print job that cannot be made: a size out of range, an empty title, a line that does not fit
 * its box even at the smallest size, a font without Vietnamese glyphs. The message names the item
 * or line and says what to do.
 *
 * <p>{@link #field()} is the event-file key the problem comes from (e.g. {@code in_an.phong.rong}),
 * or empty, so the CLI can point at its line.
 */
public final class PrintException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public PrintException(String message) {
        this("", message);
    }

    public PrintException(String field, String message) {
        super(message);
        this.field = field == null ? "" : field;
    }

    /** The event-file key this comes from, or empty. */
    public String field() {
        return field;
    }
}
