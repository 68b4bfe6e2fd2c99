package vn.vanban.text.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * Tables that split a precomposed Vietnamese letter into its shape letter and its tone, and put them back.
 *
 * <pre>{@code
 * int tone = VietLetters.tone('ộ');          // VietLetters.NANG
 * char shape = VietLetters.shape('ộ');       // 'ô'
 * char back = VietLetters.withTone('Ô', VietLetters.NANG);   // 'Ộ'
 * }</pre>
 * Built once from ICU's canonical decompositions, not from a hand-written table.
 */
public final class VietLetters {
    /** No tone (thanh ngang). */
    public static final int NONE = 0;
    /** Thanh sắc, U+0301. */
    public static final int SAC = 1;
    /** Thanh huyền, U+0300. */
    public static final int HUYEN = 2;
    /** Thanh hỏi, U+0309. */
    public static final int HOI = 3;
    /** Thanh ngã, U+0303. */
    public static final int NGA = 4;
    /** Thanh nặng, U+0323. */
    public static final int NANG = 5;

    /** The combining mark of each tone, indexed by tone number (index 0 unused). */
    public static final char[] TONE_MARKS = {0, '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};

    private static final int LIMIT = 0x1F00;
    private static final byte[] TONE = new byte[LIMIT];
    private static final char[] SHAPE = new char[LIMIT];
    /** shape * 6 + tone → precomposed letter, 0 if none. */
    private static final char[] COMPOSED = new char[LIMIT * 6];

    static {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (int c = 0; c < LIMIT; c++) {
            SHAPE[c] = (char) c;
            if (c < 0xC0) {
                continue;
            }
            String d = nfd.getDecomposition(c);
            if (d == null) {
                continue;
            }
            int tone = NONE;
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                char m = d.charAt(i);
                int t = toneOfMark(m);
                if (t != NONE && tone == NONE) {
                    tone = t;
                } else {
                    rest.append(m);
                }
            }
            if (tone != NONE) {
                String shape = nfc.normalize(rest);
                if (shape.length() == 1 && shape.charAt(0) < LIMIT) {
                    TONE[c] = (byte) tone;
                    SHAPE[c] = shape.charAt(0);
                    COMPOSED[shape.charAt(0) * 6 + tone] = (char) c;
                }
            }
        }
    }

    private VietLetters() {
    }

    /** The tone number of a combining mark ({@code '\u0301'} → {@link #SAC}), or {@link #NONE}. */
    public static int toneOfMark(char mark) {
        return switch (mark) {
            case '\u0301' -> SAC;
            case '\u0300' -> HUYEN;
            case '\u0309' -> HOI;
            case '\u0303' -> NGA;
            case '\u0323' -> NANG;
            default -> NONE;
        };
    }

    /** The tone carried by a precomposed letter: {@code tone('ề') == HUYEN}, {@code tone('e') == NONE}. */
    public static int tone(char c) {
        return c < LIMIT ? TONE[c] : NONE;
    }

    /** The letter without its tone, keeping case and shape: {@code shape('Ặ') == 'Ă'}. */
    public static char shape(char c) {
        return c < LIMIT ? SHAPE[c] : c;
    }

    /** The precomposed letter {@code shape} with {@code tone}; {@code withTone('ơ', SAC) == 'ớ'}. */
    public static char withTone(char shape, int tone) {
        if (tone == NONE) {
            return shape;
        }
        char composed = shape < LIMIT ? COMPOSED[shape * 6 + tone] : 0;
        if (composed == 0) {
            throw new IllegalArgumentException("no precomposed letter for '" + shape + "' with tone " + tone);
        }
        return composed;
    }

    /** Whether a lower-case shape letter is a Vietnamese vowel: a ă â e ê i o ô ơ u ư y. */
    public static boolean isVowel(char lowerShape) {
        return switch (lowerShape) {
            case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y' -> true;
            default -> false;
        };
    }
}
