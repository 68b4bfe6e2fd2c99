package vn.vanban.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.vanban.text.LegacyEncoding;

/**
 * {@code ma_cu}: no text field holds Vietnamese garbled by a legacy font encoding ("BiÓu d­¬ng" is "Biểu
 * dương" typed in a TCVN3 font), detected with {@link LegacyEncoding#detect}.
 *
 * <pre>{@code
 * kieu: ma_cu
 * tham_so: {bang_ma: [TCVN3, VNI]}
 * }</pre>
 * Placeholders: {@code bang_ma} (TCVN3), {@code bang_ma_thuong} (tcvn3, for the command line),
 * {@code trich} (the garbled words), {@code dung} (the same words converted).
 */
final class LegacyKind implements Kind {
    @Override
    public String name() {
        return "ma_cu";
    }

    @Override
    public String description() {
        return "no text field is in a legacy encoding of bang_ma (TCVN3, VNI, VIQR)";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("bang_ma", "bang_ma_thuong", "trich", "dung");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<LegacyEncoding> encodings = new ArrayList<>();
        for (String s : p.has("bang_ma") ? p.strings("bang_ma") : List.of("TCVN3", "VNI")) {
            try {
                encodings.add(LegacyEncoding.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParamException("bang_ma", "should list TCVN3, VNI or VIQR, found " + s);
            }
        }
        return (ev, hits) -> {
            List<EventView.Match> all = new ArrayList<>();
            EventView.walkAll(ev.data(), "", all);
            for (EventView.Match m : all) {
                if (!(m.value() instanceof String s)) {
                    continue;
                }
                for (String run : legacyRuns(s)) {
                    Optional<LegacyEncoding> enc = LegacyEncoding.detect(run);
                    // One "½" or "®" in a short stretch is not TCVN3; VNI's vowel + mark pairs never occur in Unicode text.
                    if (enc.isPresent() && encodings.contains(enc.get()) && (enc.get() != LegacyEncoding.TCVN3 || strangeLatin1(run) >= 2)) {
                        String garbled = enc.get() == LegacyEncoding.TCVN3 ? trimUnicodeWords(run) : run;
                        String quote = garbled.length() > 40 ? garbled.substring(0, 40) + "…" : garbled;
                        hits.accept(new Hit(m.path(), Values.of("bang_ma", enc.get().name(), "bang_ma_thuong", enc.get().name().toLowerCase(Locale.ROOT),
                                "trich", quote, "dung", enc.get().toUnicode(quote))));
                        break;
                    }
                }
            }
        };
    }

    /**
     * The stretches of a text that may be legacy-encoded: runs of words holding no letter only Unicode
     * Vietnamese has, so a garbled phrase pasted into a Unicode sentence is still seen
     * ("Kế hoạch BiÓu d­¬ng …" → "BiÓu d­¬ng …").
     */
    static List<String> legacyRuns(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            StringBuilder run = new StringBuilder();
            for (String word : line.strip().split("[ \t]+")) {
                if (unicodeVietnamese(word)) {
                    if (!run.isEmpty()) {
                        out.add(run.toString());
                        run.setLength(0);
                    }
                } else if (!word.isEmpty()) {
                    run.append(run.isEmpty() ? "" : " ").append(word);
                }
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
            }
        }
        return out;
    }

    /**
     * A TCVN3 stretch without the Unicode words at its ends ("… tiªn tiÕn. Trên" → "… tiªn tiÕn."): a word with
     * Vietnamese Latin-1 letters (ê, à …) and no character TCVN3 text is made of.
     */
    static String trimUnicodeWords(String run) {
        List<String> words = new ArrayList<>(List.of(run.split(" ")));
        while (words.size() > 1 && looksUnicode(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && looksUnicode(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static boolean looksUnicode(String word) {
        // TCVN3 shows capitals inside lower-case words ("BiÓu", "tiÕn"); Unicode words do not.
        boolean upperInside = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            upperInside |= c >= 0x80 && Character.isUpperCase(c) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
        }
        return strangeLatin1(word) == 0 && !upperInside && word.chars().anyMatch(c -> c >= 0x80);
    }

    /**
     * How many Latin-1 characters of the text Vietnamese never writes (½ ® × ¬ soft hyphen ä ñ …): a garbled
     * phrase has several, a Unicode phrase with one "½" or "©" is not garbled.
     */
    static int strangeLatin1(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF && "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".indexOf(c) < 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean unicodeVietnamese(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0 || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)) {
                return true;
            }
        }
        return false;
    }
}
