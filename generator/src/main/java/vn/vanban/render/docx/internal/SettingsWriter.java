package vn.vanban.render.docx.internal;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * Writes settings.xml: the theme font language and Word 2013+ compatibility mode, so Word opens the
 * file as a current document and not in "Compatibility Mode".
 *
 * <pre>{@code
 * SettingsWriter.write(doc.getSettings(), "vi-VN");
 * }</pre>
 */
public final class SettingsWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Word 2013 and later. */
    private static final String COMPATIBILITY_MODE = "15";

    private SettingsWriter() {
    }

    public static void write(XWPFSettings settings, String language) {
        CTSettings ct = settings.getCTSettings();
        if (!ct.isSetThemeFontLang()) {
            ct.addNewThemeFontLang().setVal(language);
        }
        // w:compat is not in poi-ooxml-lite's schema classes: written with a cursor.
        try (XmlCursor c = ct.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(W, "compat", "w"));
            c.beginElement(new QName(W, "compatSetting", "w"));
            c.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(W, "val", "w"), COMPATIBILITY_MODE);
        }
    }
}
