package vn.vanban.text;

import java.util.Locale;

/** Stand-in until the toolkit lands. */
public final class VietnameseCase {
    private VietnameseCase() {
    }

    public static String upper(String s) {
        return java.text.Normalizer.normalize(s.toUpperCase(Locale.forLanguageTag("vi")), java.text.Normalizer.Form.NFC);
    }

    public static String lower(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.forLanguageTag("vi")), java.text.Normalizer.Form.NFC);
    }
}
