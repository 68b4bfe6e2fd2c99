package vn.vanban.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers written in Vietnamese words, the way administrative documents and money amounts write them.
 *
 * <pre>{@code
 * NumberWords.standard().cardinal(1_005_000)   // "một triệu không trăm linh năm nghìn"
 * NumberWords.standard().money(1_005_000)      // "Một triệu không trăm linh năm nghìn đồng"
 * NumberWords.standard().withZeroTens("lẻ").withThousand("ngàn").cardinal(105)   // "một trăm lẻ năm"
 * NumberWords.grouped(1_005_000)               // "1.005.000"
 * }</pre>
 *
 * <p><b>Why not ICU's spell-out.</b> ICU4J 79.1's {@code RuleBasedNumberFormat} for "vi" says "một trăm lẻ
 * một", "một triệu lẻ năm" (1 000 005) and "một triệu năm nghìn" (1 005 000). Administrative and banking usage
 * reads every group of three digits after the first in full, with "không trăm" and "linh": "một triệu không
 * trăm linh năm nghìn". Overriding ICU would mean rewriting every inner group, which is more code than the
 * algorithm, so the words are produced directly here (a test checks that both agree on 1–999 where ICU's
 * form is the administrative one).
 *
 * <p>The rules: a number is cut into groups of three digits (đơn vị, nghìn, triệu) and blocks of nine digits
 * joined by "tỷ" (10^12 = "một nghìn tỷ", 10^18 = "một tỷ tỷ"). The first group is read short ("năm", "mười
 * lăm"); every later group is read with all three digits ("không trăm linh năm"); groups that are all zeros are
 * left out ("một triệu" for 1 000 000, "một triệu không trăm linh năm" for 1 000 005). Inside a group: "mười"
 * for 10–19, "mươi" for 20–90; a final 1 after "mươi" is "mốt", a final 4 after "mươi" is "tư", a final 5 after
 * "mười"/"mươi" is "lăm"; a zero tens digit before a unit is "linh" (or "lẻ"). Negative numbers start with "âm".
 * Instances are immutable and thread-safe.
 */
public final class NumberWords {
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final NumberWords STANDARD = new NumberWords("linh", "nghìn");
    private static final long BILLION = 1_000_000_000L;

    private final String zeroTens;
    private final String thousand;

    private NumberWords(String zeroTens, String thousand) {
        this.zeroTens = zeroTens;
        this.thousand = thousand;
    }

    /**
     * The standard words: "linh" for a zero tens digit and "nghìn" for thousands.
     *
     * <pre>{@code NumberWords.standard().cardinal(101)   // "một trăm linh một"}</pre>
     */
    public static NumberWords standard() {
        return STANDARD;
    }

    /**
     * A copy that says {@code linhOrLe} ("linh" or "lẻ") for a zero tens digit.
     *
     * <pre>{@code NumberWords.standard().withZeroTens("lẻ").cardinal(105)   // "một trăm lẻ năm"}</pre>
     *
     * @throws IllegalArgumentException for any other word
     */
    public NumberWords withZeroTens(String linhOrLe) {
        if (!"linh".equals(linhOrLe) && !"lẻ".equals(linhOrLe)) {
            throw new IllegalArgumentException("zero tens must be \"linh\" or \"lẻ\", not \"" + linhOrLe + "\"");
        }
        return new NumberWords(linhOrLe, thousand);
    }

    /**
     * A copy that says {@code nghinOrNgan} ("nghìn" or "ngàn") for thousands.
     *
     * <pre>{@code NumberWords.standard().withThousand("ngàn").cardinal(2000)   // "hai ngàn"}</pre>
     *
     * @throws IllegalArgumentException for any other word
     */
    public NumberWords withThousand(String nghinOrNgan) {
        if (!"nghìn".equals(nghinOrNgan) && !"ngàn".equals(nghinOrNgan)) {
            throw new IllegalArgumentException("thousand must be \"nghìn\" or \"ngàn\", not \"" + nghinOrNgan + "\"");
        }
        return new NumberWords(zeroTens, nghinOrNgan);
    }

    /**
     * The number in words, lower case.
     *
     * <pre>{@code
     * cardinal(0)          // "không"
     * cardinal(24)         // "hai mươi tư"
     * cardinal(1005)       // "một nghìn không trăm linh năm"
     * cardinal(-15)        // "âm mười lăm"
     * cardinal(1_000_000_000_000L)   // "một nghìn tỷ"
     * }</pre>
     *
     * @throws IllegalArgumentException for {@link Long#MIN_VALUE}, which has no positive counterpart
     */
    public String cardinal(long n) {
        if (n == Long.MIN_VALUE) {
            throw new IllegalArgumentException("number too small to write in words: " + n);
        }
        if (n == 0) {
            return DIGITS[0];
        }
        StringBuilder sb = new StringBuilder();
        if (n < 0) {
            sb.append("âm ");
            n = -n;
        }
        positive(n, false, sb);
        return sb.toString();
    }

    /**
     * The amount in words with a capital first letter and " đồng", as written on payment documents.
     *
     * <pre>{@code money(1_005_000)   // "Một triệu không trăm linh năm nghìn đồng"}</pre>
     */
    public String money(long dong) {
        return VietnameseCase.capitalizeFirst(cardinal(dong)) + " đồng";
    }

    /**
     * The number with "." between thousands, as Vietnamese documents write it.
     *
     * <pre>{@code NumberWords.grouped(1005000)   // "1.005.000"}</pre>
     */
    public static String grouped(long n) {
        return format().format(n);
    }

    /**
     * The number with "." between thousands and "," before the decimals; the scale is kept as given.
     *
     * <pre>{@code NumberWords.grouped(new BigDecimal("1234.5"))   // "1.234,5"}</pre>
     */
    public static String grouped(BigDecimal n) {
        Objects.requireNonNull(n, "n");
        DecimalFormat f = format();
        f.setMinimumFractionDigits(Math.max(0, n.scale()));
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    private static DecimalFormat format() {
        DecimalFormatSymbols sym = new DecimalFormatSymbols(Locale.ROOT);
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        sym.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", sym);
        f.setGroupingSize(3);
        f.setParseBigDecimal(true);
        return f;
    }

    /** Appends n > 0; {@code full} reads the leading group with all three digits. */
    private void positive(long n, boolean full, StringBuilder sb) {
        long high = n / BILLION;
        long low = n % BILLION;
        if (high > 0) {
            positive(high, full, sb);
            sb.append(" tỷ");
            if (low > 0) {
                sb.append(' ');
                belowBillion(low, true, sb);
            }
        } else {
            belowBillion(low, full, sb);
        }
    }

    private void belowBillion(long n, boolean full, StringBuilder sb) {
        int[] groups = {(int) (n / 1_000_000), (int) (n / 1000 % 1000), (int) (n % 1000)};
        String[] names = {"triệu", thousand, null};
        boolean started = full;
        boolean first = true;
        for (int g = 0; g < 3; g++) {
            int v = groups[g];
            if (v == 0) {
                continue;
            }
            if (!first) {
                sb.append(' ');
            }
            group(v, started, sb);
            if (names[g] != null) {
                sb.append(' ').append(names[g]);
            }
            started = true;
            first = false;
        }
    }

    /** One group 1..999; {@code full} writes "không trăm" and "linh" for missing leading digits. */
    private void group(int v, boolean full, StringBuilder sb) {
        int h = v / 100;
        int t = v / 10 % 10;
        int u = v % 10;
        int before = sb.length();
        if (full || h > 0) {
            sb.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0) {
            if (u > 0) {
                if (sb.length() > before) {
                    sb.append(' ').append(zeroTens).append(' ');
                }
                sb.append(DIGITS[u]);
            }
            return;
        }
        if (sb.length() > before) {
            sb.append(' ');
        }
        if (t == 1) {
            sb.append("mười");
        } else {
            sb.append(DIGITS[t]).append(" mươi");
        }
        if (u == 0) {
            return;
        }
        sb.append(' ');
        if (u == 5) {
            sb.append("lăm");
        } else if (u == 1 && t >= 2) {
            sb.append("mốt");
        } else if (u == 4 && t >= 2) {
            sb.append("tư");
        } else {
            sb.append(DIGITS[u]);
        }
    }
}
