package vn.vanban.text;

import com.ibm.icu.text.Normalizer2;
import vn.vanban.text.internal.VietLetters;

/**
 * Where the tone mark sits on the open syllables "oa", "oe" and "uy": the old style (hòa, khỏe, thủy) or the new
 * style (hoà, khoẻ, thuỷ).
 *
 * <pre>{@code
 * ToneStyle.OLD.apply("Hoà Bình, khoẻ, uỷ ban")   // "Hòa Bình, khỏe, ủy ban"
 * ToneStyle.NEW.apply("CỘNG HÒA")                // "CỘNG HOÀ"
 * }</pre>
 *
 * <p>The rules, applied to each word (a run of letters) on its own:
 * <ol>
 * <li>The onset is the leading consonants; the "u" of "qu" and the "i" of "gi" (when another vowel follows)
 *     belong to the onset: in "quý" the vowel is only "y", so the mark is fixed.</li>
 * <li>The vowel cluster is the run of vowels (a ă â e ê i o ô ơ u ư y) after the onset. Only the clusters
 *     <b>"oa", "oe", "uy" with plain o, a, e, u, y</b> and <b>no final consonant</b> are touched.</li>
 * <li>{@link #OLD} puts the mark on the first vowel (hòa, hóa, khỏe, xòe, thủy, lũy, Ủy); {@link #NEW} on the
 *     second (hoà, hoá, khoẻ, xoè, thuỷ, luỹ, Uỷ).</li>
 * </ol>
 * Everything else is left alone, because the mark's place does not depend on the style there: a final consonant
 * fixes it on the main vowel (hoàng, hoàn, khoét, huýt), three-vowel clusters have a fixed place (ngoài, khuya,
 * khuỷu, tuyển, nguyễn), and clusters with a shaped vowel are fixed (thuở, thuế, quân). Words that are not
 * Vietnamese syllables (digits inside, a second vowel run) are not touched either. Upper, lower and mixed case
 * are kept letter by letter. Input is normalised to NFC first; output is NFC.
 *
 * <p>{@link #OLD} is the project's default: the decree's body and the Phụ lục III templates write
 * "CỘNG HÒA" (nd30 §1.3 Quốc hiệu).
 *
 * <p>In documents the style changes <b>common words only</b> ({@link #convertCommonWords}): a word
 * with any capital letter is left as typed, so a person's name ("Thuý Hoà"), a place, agency or
 * organisation name ("Thanh Hóa", "ỦY BAN"), the Quốc hiệu ("CỘNG HÒA") and a capitalised word at
 * the start of a sentence never change. {@link #apply} changes every word, for converting a whole
 * text on purpose.
 */
public enum ToneStyle {
    /** Mark on the first vowel of an open "oa", "oe", "uy": "hòa", "khỏe", "thủy". The default. */
    OLD,
    /** Mark on the second vowel of an open "oa", "oe", "uy": "hoà", "khoẻ", "thuỷ". */
    NEW;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * Converts every word of {@code text} to this style.
     *
     * <pre>{@code
     * ToneStyle.OLD.apply("HOÀ BÌNH")   // "HÒA BÌNH"
     * ToneStyle.NEW.apply("thủy lợi")   // "thuỷ lợi"
     * ToneStyle.NEW.apply("hoàng")      // "hoàng" (final consonant: never touched)
     * }</pre>
     */
    public String apply(String text) {
        return convert(text, false).text();
    }

    /**
     * Converts the words written entirely in lower case, and reports what changed.
     *
     * <pre>{@code
     * ToneStyle.OLD.convertCommonWords("hoà bình, Thuý Hoà")   // "hòa bình, Thuý Hoà", 1 change
     * }</pre>
     */
    public Result convertCommonWords(String text) {
        return convert(text, true);
    }

    /**
     * A converted text and what changed in it.
     *
     * @param text    the text in this style
     * @param changed how many words changed
     * @param first   the first change, as "hoà → hòa", or null when nothing changed
     */
    public record Result(String text, int changed, String first) {
    }

    private Result convert(String text, boolean lowerOnly) {
        String s = NFC.isNormalized(text) ? text : NFC.normalize(text);
        int changed = 0;
        String first = null;
        char[] out = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Character.isLetter(s.charAt(j))) {
                j++;
            }
            int len = j - i;
            if (len >= 2 && len <= 7 && !(lowerOnly && hasCapital(s, i, j))) {
                int from = -1;
                int to = -1;
                int[] move = wordMove(s, i, j);
                if (move != null) {
                    from = move[0];
                    to = move[1];
                }
                if (from >= 0) {
                    if (out == null) {
                        out = s.toCharArray();
                    }
                    char a = out[from];
                    char b = out[to];
                    int tone = VietLetters.tone(a);
                    out[from] = VietLetters.shape(a);
                    out[to] = VietLetters.withTone(VietLetters.shape(b), tone);
                    changed++;
                    if (first == null) {
                        first = s.substring(i, j) + " → " + new String(out, i, j - i);
                    }
                }
            }
            i = j;
        }
        return new Result(out == null ? s : new String(out), changed, first);
    }

    private static boolean hasCapital(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** {from, to} absolute char indexes if the tone must move, else null. */
    private int[] wordMove(String s, int start, int end) {
        int m = end - start;
        char[] low = new char[m];
        int tonePos = -1;
        for (int k = 0; k < m; k++) {
            char c = s.charAt(start + k);
            int t = VietLetters.tone(c);
            if (t != VietLetters.NONE) {
                if (tonePos >= 0) {
                    return null; // two tones: not one syllable
                }
                tonePos = k;
            }
            low[k] = Character.toLowerCase(VietLetters.shape(c));
        }
        if (tonePos < 0) {
            return null;
        }
        int p = 0;
        while (p < m && !VietLetters.isVowel(low[p])) {
            p++;
        }
        if (p >= m) {
            return null;
        }
        if (p > 0 && low[p - 1] == 'q' && low[p] == 'u') {
            p++;
        } else if (p > 0 && low[p - 1] == 'g' && low[p] == 'i' && p + 1 < m && VietLetters.isVowel(low[p + 1])) {
            p++;
        }
        // open syllable of exactly two vowels
        if (p + 2 != m) {
            return null;
        }
        char v1 = low[p];
        char v2 = low[p + 1];
        boolean applies = (v1 == 'o' && (v2 == 'a' || v2 == 'e')) || (v1 == 'u' && v2 == 'y');
        if (!applies) {
            return null;
        }
        int target = this == OLD ? p : p + 1;
        int other = this == OLD ? p + 1 : p;
        if (tonePos == target || tonePos != other) {
            return null;
        }
        return new int[] {start + other, start + target};
    }
}
