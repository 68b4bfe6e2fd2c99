package vn.vanban.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * Upper and lower case for Vietnamese text with ICU's "vi" case mapping; every result is NFC.
 *
 * <pre>{@code
 * VietnameseCase.upper("đại hội thi đua")        // "ĐẠI HỘI THI ĐUA"
 * VietnameseCase.titleCaseName("nguyễn văn  an") // "Nguyễn Văn An"
 * }</pre>
 */
public final class VietnameseCase {
    private static final ULocale VI = new ULocale("vi");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private VietnameseCase() {
    }

    /**
     * Upper case, NFC (input may be NFD).
     *
     * <pre>{@code VietnameseCase.upper("cộng hòa")   // "CỘNG HÒA"}</pre>
     */
    public static String upper(String s) {
        return NFC.normalize(UCharacter.toUpperCase(VI, s));
    }

    /**
     * Lower case, NFC (input may be NFD).
     *
     * <pre>{@code VietnameseCase.lower("ĐỘC LẬP")   // "độc lập"}</pre>
     */
    public static String lower(String s) {
        return NFC.normalize(UCharacter.toLowerCase(VI, s));
    }

    /**
     * The first letter in upper case, the rest unchanged; leading spaces and punctuation are skipped over.
     *
     * <pre>{@code VietnameseCase.capitalizeFirst("một triệu đồng")   // "Một triệu đồng"}</pre>
     */
    public static String capitalizeFirst(String s) {
        String t = NFC.normalize(s);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                String up = UCharacter.toUpperCase(VI, t.substring(i, i + n));
                return NFC.normalize(t.substring(0, i) + up + t.substring(i + n));
            }
            i += n;
        }
        return t;
    }

    /**
     * A person's name with each word capitalised and the rest lower case; runs of whitespace become one space and
     * the ends are trimmed.
     *
     * <pre>{@code VietnameseCase.titleCaseName("  NGUYỄN thị  ánh ")   // "Nguyễn Thị Ánh"}</pre>
     */
    public static String titleCaseName(String s) {
        String[] words = NFC.normalize(s).trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(capitalizeFirst(lower(w)));
        }
        return sb.toString();
    }
}
