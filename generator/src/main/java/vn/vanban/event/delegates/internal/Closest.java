package vn.vanban.event.delegates.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The closest of a few known names to a typed one (edit distance), for "did you mean" hints.
 *
 * <pre>{@code
 * Closest.of("Nam sinh", List.of("Năm sinh", "Giới tính"), s -> s)   // Optional["Năm sinh"]
 * }</pre>
 */
public final class Closest {
    private Closest() {
    }

    /**
     * The candidate whose key is nearest {@code typedKey}, if within about a third of its length;
     * {@code typedKey} is compared as given, candidates through {@code key}.
     */
    public static <T> Optional<T> of(String typedKey, Collection<T> candidates, Function<T, String> key) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        String typed = fold(typedKey);
        for (T c : candidates) {
            String k = key.apply(c);
            // a name typed without its accents ("Nam sinh", "Dai bieu") is as close as a typo
            int d = Math.min(distance(typedKey, k), distance(typed, fold(k)) + 1);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || typedKey.isEmpty() || bestDistance > Math.max(2, key.apply(best).length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Lower case, without accents, đ as d. */
    static String fold(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2; // not worth a suggestion, and never a quadratic cost
        }
        return vn.vanban.event.internal.Levenshtein.distance(a, b);
    }
}
