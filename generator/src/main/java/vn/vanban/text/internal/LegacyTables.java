package vn.vanban.text.internal;

/**
 * The code tables of the pre-Unicode Vietnamese encodings, as facts from the published standards, and the
 * per-encoding converters that use them.
 *
 * <pre>{@code
 * LegacyTables.tcvn3ToUnicode("B¶o Th¾ng")   // "Bảo Thắng"
 * LegacyTables.vniToUnicode("Vieät Nam")     // "Việt Nam"
 * LegacyTables.viqrToUnicode("Vie^.t Nam")   // "Việt Nam"
 * }</pre>
 *
 * <p>Text is assumed to have been read as Windows-1252 / ISO-8859-1, so each byte of the old font encoding is
 * the Latin-1 character with the same number (for bytes A0–FF the two code pages agree).
 */
public final class LegacyTables {
    /**
     * TCVN 5712:1993 VN3 ("ABC", the .VnTime fonts): byte → Unicode, for the bytes that differ from ASCII.
     * Rows: the letter in Unicode, then its byte with tone none, sắc, huyền, hỏi, ngã, nặng. VN3 has no code
     * for capitals with a tone (those were typed with the .VnTimeH fonts, on the lower-case codes), so such
     * text converts to lower case; the capitals Ă Â Ê Ô Ơ Ư Đ without tone do have codes.
     */
    private static final int[][] TCVN3_ROWS = {
        // letter, none, sắc, huyền, hỏi, ngã, nặng
        {'a', 'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9},
        {'ă', 0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6},
        {'â', 0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB},
        {'e', 'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1},
        {'ê', 0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6},
        {'i', 'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE},
        {'o', 'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4},
        {'ô', 0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9},
        {'ơ', 0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE},
        {'u', 'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4},
        {'ư', 0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9},
        {'y', 'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE},
    };
    /** TCVN3 single letters without tone: đ and the capitals. */
    private static final int[][] TCVN3_SINGLES = {
        {'đ', 0xAE}, {'Ă', 0xA1}, {'Â', 0xA2}, {'Ê', 0xA3}, {'Ô', 0xA4}, {'Ơ', 0xA5}, {'Ư', 0xA6}, {'Đ', 0xA7},
    };

    /** Latin-1 char → Unicode letter, 0 if unchanged. */
    private static final char[] TCVN3 = new char[256];

    /** VNI-Windows: the mark bytes that follow a base vowel, lower-case font row then upper-case. */
    private static final String VNI_TONES_LOWER = "ùøûõï";      // sắc huyền hỏi ngã nặng
    private static final String VNI_TONES_UPPER = "ÙØÛÕÏ";
    private static final String VNI_CIRC_LOWER = "âáàåãä";     // circumflex, then with sắc … nặng
    private static final String VNI_CIRC_UPPER = "ÂÁÀÅÃÄ";
    private static final String VNI_BREVE_LOWER = "êéèúüë";    // breve, then with sắc … nặng
    private static final String VNI_BREVE_UPPER = "ÊÉÈÚÜË";
    /** VNI single bytes that are whole letters: ơ ư đ, the toned i, and ỵ. */
    private static final String VNI_SINGLE_FROM = "ôöñíìæóòîÔÖÑÍÌÆÓÒÎ";
    private static final String VNI_SINGLE_TO = "ơưđíìỉĩịỵƠƯĐÍÌỈĨỊỴ";

    static {
        for (int[] row : TCVN3_ROWS) {
            for (int t = 0; t <= 5; t++) {
                int code = row[t + 1];
                if (code >= 0x80) {
                    TCVN3[code] = VietLetters.withTone((char) row[0], t);
                }
            }
        }
        for (int[] s : TCVN3_SINGLES) {
            TCVN3[s[1]] = (char) s[0];
        }
    }

    private LegacyTables() {
    }

    /** Whether a Latin-1 char is one of TCVN3's letter codes. */
    public static boolean isTcvn3Letter(char c) {
        return c < 256 && TCVN3[c] != 0;
    }

    /** TCVN3 (read as Latin-1) → Unicode, char by char; other characters are kept. Not yet NFC-checked. */
    public static String tcvn3ToUnicode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c < 256 && TCVN3[c] != 0 ? TCVN3[c] : c);
        }
        return sb.toString();
    }

    /** Unicode → TCVN3 (as Latin-1 chars), for tests and round trips; letters VN3 cannot hold are kept. */
    public static String unicodeToTcvn3(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        outer:
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (int code = 0x80; code < 256; code++) {
                if (TCVN3[code] == c) {
                    sb.append((char) code);
                    continue outer;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The VNI base a char stands for (a e o u y, ô→ơ, ö→ư in both cases), or 0. */
    private static char vniBase(char c) {
        return switch (c) {
            case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y' -> c;
            case 'ô' -> 'ơ';
            case 'ö' -> 'ư';
            case 'Ô' -> 'Ơ';
            case 'Ö' -> 'Ư';
            default -> 0;
        };
    }

    /** Whether {@code m} is a VNI mark byte (either case). */
    public static boolean isVniMark(char m) {
        return VNI_TONES_LOWER.indexOf(m) >= 0 || VNI_TONES_UPPER.indexOf(m) >= 0
                || VNI_CIRC_LOWER.indexOf(m) >= 0 || VNI_CIRC_UPPER.indexOf(m) >= 0
                || VNI_BREVE_LOWER.indexOf(m) >= 0 || VNI_BREVE_UPPER.indexOf(m) >= 0;
    }

    /** Whether {@code c} can carry a VNI mark. */
    public static boolean isVniBase(char c) {
        return vniBase(c) != 0;
    }

    /** The letter for base + mark, or 0 if the pair is not a VNI letter. */
    private static char vniCombine(char base, char m) {
        char lowerBase = Character.toLowerCase(base);
        boolean upper = Character.isUpperCase(base);
        char shape;
        int tone;
        int k;
        if ((k = index(VNI_TONES_LOWER, VNI_TONES_UPPER, m)) >= 0) {
            shape = lowerBase;
            tone = k + 1;
        } else if ((k = index(VNI_CIRC_LOWER, VNI_CIRC_UPPER, m)) >= 0) {
            shape = switch (lowerBase) {
                case 'a' -> 'â';
                case 'e' -> 'ê';
                case 'o' -> 'ô';
                default -> 0;
            };
            tone = k;
        } else if ((k = index(VNI_BREVE_LOWER, VNI_BREVE_UPPER, m)) >= 0) {
            shape = lowerBase == 'a' ? 'ă' : 0;
            tone = k;
        } else {
            return 0;
        }
        if (shape == 0) {
            return 0;
        }
        char letter = VietLetters.withTone(shape, tone);
        return upper ? Character.toUpperCase(letter) : letter;
    }

    private static int index(String lower, String upper, char m) {
        int k = lower.indexOf(m);
        return k >= 0 ? k : upper.indexOf(m);
    }

    /** VNI-Windows (read as Latin-1) → Unicode. Not yet NFC-checked. */
    public static String vniToUnicode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char base = vniBase(c);
            if (base != 0 && i + 1 < n) {
                char combined = vniCombine(base, text.charAt(i + 1));
                if (combined != 0) {
                    sb.append(combined);
                    i++;
                    continue;
                }
            }
            int s = VNI_SINGLE_FROM.indexOf(c);
            sb.append(s >= 0 ? VNI_SINGLE_TO.charAt(s) : c);
        }
        return sb.toString();
    }

    /** Unicode (NFC) → VNI-Windows as Latin-1 chars, for tests and round trips. */
    public static String unicodeToVni(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int single = VNI_SINGLE_TO.indexOf(c);
            if (single >= 0) {
                sb.append(VNI_SINGLE_FROM.charAt(single));
                continue;
            }
            int tone = VietLetters.tone(c);
            char shape = VietLetters.shape(c);
            boolean upper = Character.isUpperCase(shape);
            char ls = Character.toLowerCase(shape);
            String circ = upper ? VNI_CIRC_UPPER : VNI_CIRC_LOWER;
            String breve = upper ? VNI_BREVE_UPPER : VNI_BREVE_LOWER;
            String tones = upper ? VNI_TONES_UPPER : VNI_TONES_LOWER;
            switch (ls) {
                case 'â', 'ê', 'ô' -> sb.append(upper ? Character.toUpperCase(plain(ls)) : plain(ls))
                        .append(circ.charAt(tone));
                case 'ă' -> sb.append(upper ? 'A' : 'a').append(breve.charAt(tone));
                case 'ơ', 'ư' -> sb.append(VNI_SINGLE_FROM.charAt(VNI_SINGLE_TO.indexOf(shape)))
                        .append(tone == 0 ? "" : String.valueOf(tones.charAt(tone - 1)));
                case 'i' -> {
                    if (tone == 0) {
                        sb.append(shape);
                    } else {
                        sb.append(VNI_SINGLE_FROM.charAt(VNI_SINGLE_TO.indexOf(c)));
                    }
                }
                default -> {
                    sb.append(shape);
                    if (tone != 0) {
                        sb.append(tones.charAt(tone - 1));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static char plain(char shaped) {
        return switch (shaped) {
            case 'â' -> 'a';
            case 'ê' -> 'e';
            default -> 'o';
        };
    }

    // ---- VIQR (RFC 1456) ----

    /**
     * VIQR → Unicode. After a vowel: "(" breve (a), "^" circumflex (a e o), "+" horn (o u); then a tone:
     * ' sắc, ` huyền, ? hỏi, ~ ngã, . nặng. "dd"/"DD"/"Dd" is đ/Đ. A backslash makes the next character
     * literal. A tone mark is taken only while the word has no tone yet, and "?" or "." at the end of a line or
     * of the text is punctuation (writers seldom escape a sentence's last full stop).
     */
    public static String viqrToUnicode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        boolean wordHasTone = false;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n) {
                sb.append(text.charAt(++i));
                inWord = false;
                wordHasTone = false;
                continue;
            }
            if (!Character.isLetter(c)) {
                sb.append(c);
                inWord = false;
                wordHasTone = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                wordHasTone = false;
            }
            if ((c == 'd' || c == 'D') && i + 1 < n && (text.charAt(i + 1) == 'd' || text.charAt(i + 1) == 'D')) {
                sb.append(c == 'D' ? 'Đ' : 'đ');
                i++;
                continue;
            }
            char lc = Character.toLowerCase(c);
            if ("aeiouy".indexOf(lc) < 0) {
                sb.append(c);
                continue;
            }
            char shape = lc;
            if (i + 1 < n) {
                char m = text.charAt(i + 1);
                char shaped = switch (m) {
                    case '(' -> lc == 'a' ? 'ă' : 0;
                    case '^' -> lc == 'a' ? 'â' : lc == 'e' ? 'ê' : lc == 'o' ? 'ô' : 0;
                    case '+' -> lc == 'o' ? 'ơ' : lc == 'u' ? 'ư' : 0;
                    default -> 0;
                };
                if (shaped != 0) {
                    shape = shaped;
                    i++;
                }
            }
            int tone = 0;
            if (!wordHasTone && i + 1 < n) {
                char t = text.charAt(i + 1);
                int k = "'`?~.".indexOf(t);
                if (k >= 0) {
                    boolean atEnd = i + 2 >= n || text.charAt(i + 2) == '\n' || text.charAt(i + 2) == '\r';
                    if (!((t == '?' || t == '.') && atEnd)) {
                        tone = k + 1;
                        i++;
                        wordHasTone = true;
                    }
                }
            }
            char letter = VietLetters.withTone(shape, tone);
            sb.append(Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
        }
        return sb.toString();
    }
}
