package vn.vanban.layout;

import java.util.List;
import java.util.Set;

/**
 * The {@link Balancer} as it was before it measured a title's words once for all its passes,
 * over the {@link LineBreakerOracle}: kept unchanged as the oracle of {@link LineBreakerOracleTest}.
 */
final class BalancerOracle {
    /** Words after which a title line may end, and before which it may start, at no cost. */
    private static final Set<String> STARTS = Set.of("và", "của", "về", "tại", "trong", "cho", "theo", "giai",
            "tiến", "nhằm", "để", "với", "đối", "trên");
    private static final double BAD = 3;
    private static final double PLAIN = 1;

    private final LineBreakerOracle breaker;

    BalancerOracle(LineBreakerOracle breaker) {
        this.breaker = breaker;
    }

    /**
     * The balanced lines of {@code runs} in at most {@code width}: as many lines as first fit
     * needs, the breaks where a title reads best (before "và", "của", "giai đoạn", a capitalised
     * name; never inside "Đại hội" or "Bình Phước"), the lines as even as those breaks allow.
     */
    public List<LineBreakerOracle.OldLine> lines(List<TextRun> runs, double width) {
        List<LineBreakerOracle.OldLine> greedy = breaker.lines(runs, width, width);
        int n = greedy.size();
        if (n <= 1) {
            return greedy;
        }
        List<LineBreakerOracle.Measured> words = breaker.measure(runs);
        int count = words.size();
        if (count < n) {
            return greedy;
        }
        double[] cost = new double[count];
        for (int i = 1; i < count; i++) {
            cost[i] = breakCost(i >= 2 ? words.get(i - 2).text() : "", words.get(i - 1).text(), words.get(i).text());
        }
        // Before a unit that a name follows ("Đào tạo | tỉnh Quảng Ngãi"), as before the name itself.
        for (int i = 1; i + 1 < count; i++) {
            String next = words.get(i + 1).text();
            if (isUnit(words.get(i).text()) && titleCase(next) && cost[i] > 0.3) {
                cost[i] = 0.3;
            }
        }
        // The same rule as the Balancer's, written plainly: no break around the "và" of a name.
        for (int i = 2; i + 1 < count; i++) {
            String w = words.get(i).text();
            String before = words.get(i - 1).text();
            if (w.toLowerCase(java.util.Locale.ROOT).equals("và") && titleCase(words.get(i - 2).text())
                    && !before.isEmpty() && Character.isLowerCase(before.codePointAt(0)) && titleCase(words.get(i + 1).text())
                    && (i < 3 || !titleCase(words.get(i - 3).text())
                        || Set.of("Sở", "Bộ", "Ban", "Phòng", "Cục", "Vụ", "Viện", "Trường", "Trung").contains(words.get(i - 3).text()))
                    && (i + 3 >= count || !titleCase(words.get(i + 3).text()))) {
                cost[i] = 3;
                cost[i + 1] = 3;
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
        List<LineBreakerOracle.OldLine> lines = breaker.linesAt(runs, breaks);
        // Even lines: the last one is weighed like the others, so no word stands alone on it.
        double shortest = lines.stream().mapToDouble(LineBreakerOracle.OldLine::width).min().orElse(width);
        return shortest < 0.25 * width && greedy.size() == lines.size() ? fallback(runs, width, n) : lines;
    }

    /** The narrowest first-fit measure that keeps {@code n} lines. */
    private List<LineBreakerOracle.OldLine> fallback(List<TextRun> runs, double width, int n) {
        double hi = width;
        double lo = width / n * 0.8;
        List<LineBreakerOracle.OldLine> best = breaker.lines(runs, width, width);
        for (int i = 0; i < 14; i++) {
            double mid = (lo + hi) / 2;
            List<LineBreakerOracle.OldLine> trial = breaker.lines(runs, mid, mid);
            if (trial.size() <= n) {
                hi = mid;
                best = trial;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** How much a break between {@code before} and {@code after} costs in a title. */
    private static double breakCost(String twoBefore, String before, String after) {
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
        String lower = after.toLowerCase(java.util.Locale.ROOT);
        boolean allCaps = isAllCaps(before) && isAllCaps(after);
        if (STARTS.contains(lower)) {
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

    private static boolean titleCase(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && w.substring(Character.charCount(w.codePointAt(0))).chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isUnit(String w) {
        return Set.of("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "thôn", "bản", "ấp", "ngành")
                .contains(w.toLowerCase(java.util.Locale.ROOT));
    }
}
