package vn.vanban.style;

/**
 * The four faces of the bundled body font, Liberation Serif: metric-compatible with Times New
 * Roman (ND30's font), so a PDF sets lines and pages where Word does with Times New Roman.
 */
public enum FontFace {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    /** The font name written into DOCX files: what Word and LibreOffice look for. */
    public static final String DOCX_FONT_NAME = "Times New Roman";

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    /** The face for a weight and slant. */
    public static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The file name under {@code fonts/}. */
    public String fileName() {
        return fileName;
    }

    /** The classpath resource of the file inside the jar. */
    public String resource() {
        return "/vanban/fonts/" + fileName;
    }
}
