package vn.vanban.layout;

/**
 * The few words a renderer prints that no template wrote (ND30's fixed labels), in one place so
 * both renderers print the same and the glyph check sees them.
 */
public final class Labels {
    /** Ô 9a label. */
    public static final String KINH_GUI = "Kính gửi:";
    /** Ô 9b label. */
    public static final String NOI_NHAN = "Nơi nhận:";
    /** Before each item of Nơi nhận and each of several Kính gửi recipients. */
    public static final String DASH = "- ";
    /** Page numbers. */
    public static final String DIGITS = "0123456789";

    private Labels() {
    }
}
