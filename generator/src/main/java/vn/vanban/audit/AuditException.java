package vn.vanban.audit;

/**
 * A file that cannot be audited: not a DOCX, damaged, password-protected, too large, or hostile
 * (a zip bomb, a DTD with external entities). The message is one line naming the file, what is
 * wrong with it and what to do.
 */
public final class AuditException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
