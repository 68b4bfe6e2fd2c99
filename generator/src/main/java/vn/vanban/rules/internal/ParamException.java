package vn.vanban.rules.internal;

/**
 * A rule's parameter that cannot be used: which one ({@code tham_so.truong}) and why.
 *
 * <pre>{@code
 * throw new ParamException("gia_tri", "should be a whole number, found \"nhiều\"");
 * }</pre>
 */
public final class ParamException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String param;

    public ParamException(String param, String message) {
        super(message);
        this.param = param;
    }

    /** The parameter's name under {@code tham_so}, or empty for the rule itself. */
    public String param() {
        return param;
    }
}
