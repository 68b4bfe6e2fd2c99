package vn.vanban.render.pdf.internal;

/**
 * The few words the renderer prints itself (ND30 fixed labels), in one place so the glyph check
 * sees them too.
 *
 * <pre>{@code
 * typesetter.line(Role.RECIPIENTS_LABEL, Words.NOI_NHAN);
 * }</pre>
 */
final class Words {
    /** Ô 9a label. */
    static final String KINH_GUI = "Kính gửi:";
    /** Ô 9b label. */
    static final String NOI_NHAN = "Nơi nhận:";
    /** Before each item of Nơi nhận and each of several Kính gửi recipients. */
    static final String DASH = "- ";
    /** Page numbers. */
    static final String DIGITS = "0123456789";

    private Words() {
    }
}
