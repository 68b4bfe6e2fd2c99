package vn.vanban.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Optional;
import vn.vanban.text.internal.LegacyTables;

/**
 * The pre-Unicode ways Vietnamese text was typed, and their conversion to Unicode NFC.
 *
 * <pre>{@code
 * LegacyEncoding.detect("Céng hoµ x· héi")           // Optional[TCVN3]
 * LegacyEncoding.TCVN3.toUnicode("Céng hoµ x· héi")  // "Cộng hoà xã hội"
 * LegacyEncoding.VIQR.toUnicode("Vie^.t Nam")        // "Việt Nam"
 * }</pre>
 *
 * <p>TCVN3 and VNI text arrives as the characters a Windows-1252 / ISO-8859-1 reader makes of the font bytes
 * (a .doc typed in .VnTime or VNI-Times, opened without the font). The tables come from the published code
 * charts (TCVN 5712:1993 VN3; VNI-Windows), written here as one row per vowel and tone.
 */
public enum LegacyEncoding {
    /**
     * TCVN 5712:1993 VN3, the ".VnTime" ("ABC") fonts: one byte per letter, "Hµ Néi" = "Hà Nội". VN3 has no
     * codes for capitals with a tone (they were typed with ".VnTimeH" fonts on the lower-case codes), so those
     * come out in lower case: "HµNéi" typed in .VnTimeH reads "hà nội"; upper-case it with
     * {@link VietnameseCase#upper} where it was a heading.
     */
    TCVN3,
    /** VNI-Windows, the "VNI-Times" fonts: base letter + a mark byte, "Vieät Nam" = "Việt Nam". */
    VNI,
    /** VIQR (RFC 1456), plain ASCII: "Vie^.t Nam" = "Việt Nam"; a( a^ e^ o^ o+ u+ dd; tones ' ` ? ~ . */
    VIQR;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * Converts text in this encoding to Unicode NFC. Characters that are not part of the encoding are kept.
     *
     * <pre>{@code LegacyEncoding.VNI.toUnicode("Hoäi ñoàng")   // "Hội đồng"}</pre>
     */
    public String toUnicode(String text) {
        String u = switch (this) {
            case TCVN3 -> LegacyTables.tcvn3ToUnicode(text);
            case VNI -> LegacyTables.vniToUnicode(text);
            case VIQR -> LegacyTables.viqrToUnicode(text);
        };
        return NFC.normalize(u);
    }

    /**
     * Guesses the legacy encoding of {@code text}, or empty if it is plain Unicode (or ASCII) with nothing to
     * convert. The heuristic:
     * <ol>
     * <li>Any letter only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9, or a combining tone mark) → empty.</li>
     * <li>TCVN3 score: characters from the byte ranges A1–AE and B5–BE (ă â ê ô ơ ư đ and a/ă with tones),
     *     which no Vietnamese Unicode text uses.</li>
     * <li>VNI score: a base vowel (a e o u y, ô ö) followed by a mark byte that Unicode Vietnamese never has after
     *     a vowel (ø û ï å ä ë ü ù and their capitals, or "aâ", "eâ", "oâ", "aê"), plus ñ/Ñ (đ/Đ).</li>
     * <li>VIQR score (ASCII only): a vowel followed by ^ ( or + , a vowel followed by a tone mark ' ` ? ~ . and a letter, and
     *     "dd" at the start of a word.</li>
     * </ol>
     * A score counts if it is at least 2 (at least 1 for a text shorter than 20 characters), so a single stray
     * "©" or "e.g." does not trigger a conversion. TCVN3 wins when its score is at least a third of VNI's (TCVN3
     * text also holds ñ ø û ï … as toned letters, while VNI text never holds TCVN3's A1–AE and B5–BE); otherwise
     * the highest score wins.
     *
     * <pre>{@code
     * detect("Vieät Nam")   // Optional[VNI]
     * detect("Việt Nam")    // Optional.empty()
     * detect("Hello.")      // Optional.empty()
     * }</pre>
     */
    public static Optional<LegacyEncoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int tcvn = 0;
        int vni = 0;
        int viqr = 0;
        boolean ascii = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                ascii = false;
            }
            if (isUnicodeVietnamese(c)) {
                return Optional.empty();
            }
            if ((c >= 0xA1 && c <= 0xAE) || (c >= 0xB5 && c <= 0xBE)) {
                tcvn++;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == 'ñ' || c == 'Ñ') {
                vni++;
            }
            if (LegacyTables.isVniBase(c) && next != 0 && "øûïåäëüùØÛÏÅÄËÜÙ".indexOf(next) >= 0) {
                vni++;
            } else if ("aeoAEO".indexOf(c) >= 0 && (next == 'â' || next == 'Â')) {
                vni++;
            } else if ((c == 'a' || c == 'A') && (next == 'ê' || next == 'Ê')) {
                vni++;
            }
            if (c < 0x80 && "aeiouyAEIOUY".indexOf(c) >= 0 && next != 0) {
                char after = i + 2 < n ? text.charAt(i + 2) : 0;
                if (next == '^' || (next == '(' && (c == 'a' || c == 'A')) || (next == '+' && "ouOU".indexOf(c) >= 0)) {
                    viqr++;
                } else if ("'`~?.".indexOf(next) >= 0 && after < 0x80 && Character.isLetter(after)) {
                    viqr++;
                }
            }
            if ((c == 'd' || c == 'D') && (next == 'd' || next == 'D') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                viqr++;
            }
        }
        if (!ascii) {
            viqr = 0;
        }
        int best = Math.max(tcvn, Math.max(vni, viqr));
        int needed = n < 20 ? 1 : 2;
        if (best < needed) {
            return Optional.empty();
        }
        if (tcvn >= needed && tcvn * 3 >= vni) {
            return Optional.of(TCVN3);
        }
        return Optional.of(best == vni ? VNI : VIQR);
    }

    /**
     * The offset of the first letter only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9, a combining tone
     * mark), or -1: text with one is already Unicode, and converting it from a legacy encoding would garble it.
     *
     * <pre>{@code firstUnicodeVietnamese("Cộng hòa")   // 1}</pre>
     */
    public static int firstUnicodeVietnamese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnicodeVietnamese(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnicodeVietnamese(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ'
                || c == 'ũ' || c == 'Ũ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
                || (c >= 0x0300 && c <= 0x0323);
    }
}
