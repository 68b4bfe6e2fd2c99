package vn.vanban.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …) from ICU's "vi" collation, and the
 * given-name-first order used for lists of people.
 *
 * <pre>{@code
 * List<String> sorted = VietnameseCollation.sortNames(List.of("Trần Văn Bình", "Lê Thị An"), true);
 * // ["Lê Thị An", "Trần Văn Bình"]
 * }</pre>
 */
public final class VietnameseCollation {
    /** The collator, loaded on the first comparison (ICU's data takes tens of milliseconds to load). */
    private static final class Holder {
        static final Collator COLLATOR;

        static {
            Collator c = Collator.getInstance(new ULocale("vi"));
            c.setStrength(Collator.TERTIARY);
            COLLATOR = c.freeze();
        }
    }

    private static final Comparator<String> FULL = (a, b) -> Holder.COLLATOR.compare(a, b);
    private static final Comparator<String> GIVEN_NAME = (a, b) -> {
        String[] pa = split(a);
        String[] pb = split(b);
        Collator collator = Holder.COLLATOR;
        int c = collator.compare(pa[1], pb[1]);
        if (c != 0) {
            return c;
        }
        c = collator.compare(pa[0], pb[0]);
        if (c != 0) {
            return c;
        }
        c = collator.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    private VietnameseCollation() {
    }

    /**
     * Whole strings in Vietnamese order (ICU collator for "vi", frozen, thread-safe).
     *
     * <pre>{@code List.of("Ưng", "Ăn", "Đào", "Dũng").stream().sorted(comparator())   // Ăn, Dũng, Đào, Ưng}</pre>
     */
    public static Comparator<String> comparator() {
        return FULL;
    }

    /**
     * People's names in the order Vietnamese lists use: by given name (the last word), then by the family and
     * middle names, then by the whole string.
     *
     * <pre>{@code byGivenName().compare("Trần Văn An", "Lê Bình") < 0   // "An" before "Bình"}</pre>
     */
    public static Comparator<String> byGivenName() {
        return GIVEN_NAME;
    }

    /**
     * A sorted copy of {@code names}: by given name first if {@code givenNameFirst}, else by the whole string.
     *
     * <pre>{@code sortNames(List.of("Đào Văn Ưng", "Lê Thị Ánh"), true)   // ["Lê Thị Ánh", "Đào Văn Ưng"]}</pre>
     */
    public static List<String> sortNames(Collection<String> names, boolean givenNameFirst) {
        List<String> out = new ArrayList<>(names);
        out.sort(givenNameFirst ? GIVEN_NAME : FULL);
        return out;
    }

    /** {rest, given}: the last whitespace-separated word and everything before it. */
    private static String[] split(String name) {
        String t = name.strip();
        int sp = -1;
        for (int i = t.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                sp = i;
                break;
            }
        }
        return sp < 0 ? new String[] {"", t} : new String[] {t.substring(0, sp).strip(), t.substring(sp + 1)};
    }
}
