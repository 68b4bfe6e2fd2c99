package vn.vanban.layout;

import java.util.List;
import java.util.Set;

/**
 * Sets a centred title on as few lines as first fit needs, but with the lines as even as they can
 * be: no word alone on the last line of a tên loại, trích yếu or phụ lục title.
 *
 * <pre>{@code
 * List<Line> lines = new Balancer(lineBreaker).lines(runs, textWidth);
 * }</pre>
 *
 * <p>It keeps first fit's number of lines and chooses the breaks by how a title reads and how even
 * the lines are; both renderers print exactly those lines (the DOCX with line breaks), so Word,
 * LibreOffice and the PDF show the same title.
 */
public final class Balancer {
    /** Words after which a title line may end, and before which it may start, at no cost. */
    static final Set<String> STARTS = Set.of("và", "của", "về", "tại", "trong", "cho", "theo", "giai",
            "tiến", "nhằm", "để", "với", "đối", "trên");
    /** Units a name follows: never broken from their name, and a good place to break before when one follows. */
    static final Set<String> UNITS = Set.of("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "thôn", "bản",
            "ấp", "ngành");
    /** Capitalised unit words a short name follows: "Sở Giáo dục và Đào tạo". */
    static final Set<String> NAME_HEADS = Set.of("Sở", "Bộ", "Ban", "Phòng", "Cục", "Vụ", "Viện", "Trường", "Trung");
    private static final double BAD = 3;
    private static final double PLAIN = 1;

    private final LineBreaker breaker;

    public Balancer(LineBreaker breaker) {
        this.breaker = breaker;
    }

    /**
     * The balanced lines of {@code runs} in at most {@code width}: as many lines as first fit
     * needs, the breaks where a title reads best (before "và", "của", "giai đoạn", a capitalised
     * name; never inside "Đại hội", "Bình Phước" or "Giáo dục và Đào tạo"), the lines as even as
     * those breaks allow.
     */
    public List<Line> lines(List<TextRun> runs, double width) {
        Words measured = breaker.words(runs);
        List<Line> greedy = breaker.lines(measured, width, width);
        int n = greedy.size();
        if (n <= 1) {
            return greedy;
        }
        List<LineBreaker.Measured> words = breaker.measure(measured);
        int count = words.size();
        if (count < n) {
            return greedy;
        }
        // Each word's text, case and whether it opens a phrase, decided once (each serves two breaks).
        String[] texts = new String[count];
        boolean[] caps = new boolean[count];
        boolean[] starts = new boolean[count];
        for (int i = 0; i < count; i++) {
            texts[i] = words.get(i).text();
            caps[i] = isAllCaps(texts[i]);
            starts[i] = isStart(texts[i]);
        }
        double[] cost = new double[count];
        for (int i = 1; i < count; i++) {
            cost[i] = breakCost(i >= 2 ? texts[i - 2] : "", texts[i - 1], texts[i], starts[i], caps[i - 1] && caps[i]);
        }
        // Before a unit that a name follows ("Đào tạo | tỉnh Quảng Ngãi"), as before the name itself;
        // not before the "xã" of "xã hội".
        for (int i = 1; i + 1 < count; i++) {
            if (isUnit(texts[i]) && isTitleCase(texts[i + 1]) && cost[i] > 0.3) {
                cost[i] = 0.3;
            }
        }
        // "và" inside an agency's name ("Giáo dục và Đào tạo", "Thể thao và Du lịch") is no phrase
        // boundary: breaking before or after it splits the name.
        List<String> textList = java.util.Arrays.asList(texts);
        for (int i = 2; i + 1 < count; i++) {
            if (starts[i] && andInName(textList, i)) {
                cost[i] = BAD;
                cost[i + 1] = BAD;
            }
        }
        // best[k][i]: the least cost of setting words[0..i) on k lines; from[k][i] the start of line k.
        double[][] best = new double[n + 1][count + 1];
        int[][] from = new int[n + 1][count + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int k = 1; k <= n; k++) {
            for (int end = 1; end <= count; end++) {
                double w = 0;
                for (int start = end - 1; start >= 0; start--) {
                    w += words.get(start).width() + (start < end - 1 ? words.get(start + 1).glue() : 0);
                    if (w > width) {
                        break;
                    }
                    if (best[k - 1][start] == Double.MAX_VALUE || (start == 0) != (k == 1)) {
                        continue;
                    }
                    double slack = (width - w) / width;
                    double score = best[k - 1][start] + (start > 0 ? cost[start] : 0) + (end < count ? slack * slack * 2 : 0);
                    if (score < best[k][end]) {
                        best[k][end] = score;
                        from[k][end] = start;
                    }
                }
            }
        }
        if (best[n][count] == Double.MAX_VALUE) {
            return greedy;
        }
        List<Integer> breaks = new java.util.ArrayList<>();
        for (int k = n, end = count; k > 1; k--) {
            end = from[k][end];
            breaks.add(0, end);
        }
        List<Line> lines = breaker.linesAt(measured, breaks);
        // Even lines: the last one is weighed like the others, so no word stands alone on it.
        double shortest = lines.stream().mapToDouble(Line::width).min().orElse(width);
        return shortest < 0.25 * width && greedy.size() == lines.size() ? fallback(measured, width, n) : lines;
    }

    /** The narrowest first-fit measure that keeps {@code n} lines. */
    private List<Line> fallback(Words measured, double width, int n) {
        double hi = width;
        double lo = width / n * 0.8;
        List<Line> best = breaker.lines(measured, width, width);
        for (int i = 0; i < 14; i++) {
            double mid = (lo + hi) / 2;
            List<Line> trial = breaker.lines(measured, mid, mid);
            if (trial.size() <= n) {
                hi = mid;
                best = trial;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /**
     * How much a break between {@code before} and {@code after} costs in a title;
     * {@code startsPhrase}: whether {@code after} is one of {@link #STARTS}, {@code allCaps}:
     * whether both words are in capitals.
     */
    private static double breakCost(String twoBefore, String before, String after, boolean startsPhrase,
                                    boolean allCaps) {
        if (after.isEmpty() || before.isEmpty()) {
            return PLAIN;
        }
        if (before.endsWith(",") || before.endsWith(";") || before.endsWith(":")) {
            return 0;
        }
        if (after.endsWith(",") || after.endsWith(";")) {
            // Before the last word of a phrase ("THI | ĐUA,"): a compound split.
            return BAD;
        }
        if (startsPhrase) {
            return 0;
        }
        if (allCaps) {
            return PLAIN;
        }
        boolean capAfter = Character.isUpperCase(after.codePointAt(0));
        boolean capBefore = Character.isUpperCase(before.codePointAt(0));
        if (capBefore) {
            // Inside a name ("Bình Phước") or a title-case compound ("Đại hội", "Thi đua").
            return BAD;
        }
        if (capAfter) {
            if (isUnit(before)) {
                // A unit's name: "tỉnh | Quảng Ngãi", "ngành | Giáo dục".
                return BAD;
            }
            // Between two capitalised terms of one name ("Đại hội | Thi đua") or before a new one ("tới | Đại hội").
            return !twoBefore.isEmpty() && Character.isUpperCase(twoBefore.codePointAt(0)) ? 1.5 : 0.3;
        }
        return PLAIN;
    }

    /**
     * Whether {@code words.get(i)} is the "và" inside a short name in title case: one capitalised
     * word and a lower-case one on each side ("Giáo dục và Đào tạo", "Lao động - Thương binh và Xã
     * hội"), after nothing else capitalised but the unit it names ("Sở", "Bộ", "Ban") and with no
     * capitalised word right after it. Not after a name's last word ("Bình Phước và Đại hội"), a
     * numeral ("lần thứ VI và Đại hội"), nor inside a long name ("Đầu tư Xây dựng và Phát triển
     * Nông thôn"), where it is the place to break.
     */
    static boolean andInName(List<String> words, int i) {
        if (i < 2 || i + 1 >= words.size()) {
            return false;
        }
        String and = words.get(i);
        String before = words.get(i - 1);
        return and.length() == 2 && lowerEquals(and, "và")
                && isTitleCase(words.get(i - 2)) && !before.isEmpty() && Character.isLowerCase(before.codePointAt(0))
                && isTitleCase(words.get(i + 1))
                && (i < 3 || !isTitleCase(words.get(i - 3)) || NAME_HEADS.contains(words.get(i - 3)))
                && (i + 3 >= words.size() || !isTitleCase(words.get(i + 3)));
    }

    /**
     * Whether the word is a unit that a proper name follows in a title ("tỉnh Quảng Ngãi", "xã Tân
     * Hợp", "ngành Giáo dục"): a break between them splits the unit's name.
     */
    static boolean isUnit(String word) {
        return lowerOneOf(UNITS, word);
    }

    /** A capital letter first and a lower-case letter after it: "Đào", not "VI" or "đào". */
    private static boolean isTitleCase(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word, in lower case ({@code toLowerCase(Locale.ROOT)}), is one of
     * {@link #STARTS}: compared character by character without making the lower-case copy. The
     * only character that the string lower-cases otherwise than {@link Character#toLowerCase(int)}
     * and that could meet a letter of those words is U+0130 (to "i" and a combining dot), which
     * therefore never matches.
     */
    static boolean isStart(String word) {
        return lowerOneOf(STARTS, word);
    }

    /** Whether the word, in lower case, is one of {@code lowerWords} (see {@link #isStart}). */
    private static boolean lowerOneOf(Set<String> lowerWords, String word) {
        for (String w : lowerWords) {
            if (w.length() == word.length() && lowerEquals(word, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerEquals(String word, String lower) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == '\u0130' || Character.toLowerCase((int) c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
