package vn.vanban.render.docx.internal;

/**
 * Builds settings.xml: Word 2013+ compatibility mode, so Word opens the file as a current document
 * and not in "Compatibility Mode", and the theme font language.
 *
 * <pre>{@code
 * Element settings = SettingsWriter.build("vi-VN");
 * }</pre>
 */
public final class SettingsWriter {
    /** Word 2013 and later. */
    private static final String COMPATIBILITY_MODE = "15";

    private SettingsWriter() {
    }

    public static Element build(String language) {
        Element settings = new Element("w:settings");
        settings.add("w:themeFontLang").set("w:val", language);
        settings.add("w:compat").add("w:compatSetting")
                .set("w:name", "compatibilityMode")
                .set("w:uri", "http://schemas.microsoft.com/office/word")
                .set("w:val", COMPATIBILITY_MODE);
        return settings;
    }
}
