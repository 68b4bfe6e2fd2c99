package vn.vanban.text.internal;

/**
 * Line and column (in code points, 1-based) of offsets in one text, asked in increasing order: each answer
 * costs only the distance from the previous one, so reporting every fix of a long text stays linear.
 *
 * <pre>{@code
 * LineCursor c = new LineCursor(text);
 * for (Fix f : fixes) { int[] lc = c.at(f.offset()); … }   // fixes in offset order
 * }</pre>
 */
public final class LineCursor {
    private final String text;
    private int pos;
    private int line = 1;
    private int col = 1;

    public LineCursor(String text) {
        this.text = text;
    }

    /** {line, column} of {@code offset}, as {@link TextFiles#lineColumn}; fastest when offsets only grow. */
    public int[] at(int offset) {
        int target = Math.min(Math.max(offset, 0), text.length());
        if (target < pos) {
            pos = 0;
            line = 1;
            col = 1;
        }
        while (pos < target) {
            char c = text.charAt(pos);
            if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c) || pos == 0 || !Character.isHighSurrogate(text.charAt(pos - 1))) {
                col++;
            }
            pos++;
        }
        return new int[] {line, col};
    }
}
