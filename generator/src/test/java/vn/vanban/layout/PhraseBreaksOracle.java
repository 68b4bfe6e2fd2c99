package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link PhraseBreaks} as it was before it put each word in capitals once and cut its candidate
 * lines from one joined string: kept unchanged as the oracle of {@link PhraseBreaksOracleTest}.
 */
final class PhraseBreaksOracle {
    /** Words (and two-word openers, joined by a space) that open a phrase in a name. */
    private static final Set<String> OPENERS = Set.of(
            "TỈNH", "THÀNH PHỐ", "XÃ", "PHƯỜNG", "THỊ TRẤN", "THỊ XÃ", "HUYỆN", "QUẬN", "ĐẶC KHU",
            "TRUNG ƯƠNG", "VÀ", "SỞ", "BAN", "PHÒNG", "CỤC", "CHI CỤC", "TỔNG CỤC", "VỤ", "VIỆN", "TRUNG TÂM",
            "CÔNG TY", "TỔNG CÔNG TY", "CHI NHÁNH", "NHÀ MÁY", "XÍ NGHIỆP", "TẬP ĐOÀN", "HỘI ĐỒNG",
            "ỦY BAN", "CÔNG ĐOÀN", "ĐẢNG ỦY", "BỘ", "BỆNH VIỆN", "KHU", "HỢP TÁC XÃ",
            "BAN CHẤP HÀNH", "LIÊN ĐOÀN", "VĂN PHÒNG", "THANH TRA", "ĐOÀN THANH NIÊN", "HỘI NÔNG DÂN",
            "HỘI LIÊN HIỆP", "HỘI CỰU", "TRƯỜNG ĐẠI HỌC", "TRƯỜNG CAO ĐẲNG", "TRƯỜNG TRUNG HỌC", "TRƯỜNG TIỂU HỌC",
            "TRƯỜNG MẦM NON", "TRƯỜNG CHÍNH TRỊ");
    /**
     * Two-word compounds whose second word is also an opener above: no phrase starts inside them
     * ("ỦY BAN", "NỘI VỤ", "CƠ SỞ", "CÁN BỘ"), nor with an opener that begins another word ("XÃ HỘI").
     */
    private static final Set<String> COMPOUNDS = Set.of("ỦY BAN", "CÔNG ĐOÀN", "TẬP ĐOÀN", "LIÊN ĐOÀN",
            "QUỐC PHÒNG", "VĂN PHÒNG", "NỘI VỤ", "NHIỆM VỤ", "DỊCH VỤ", "PHỤC VỤ", "TRỤ SỞ", "CƠ SỞ", "CÁN BỘ",
            "NỘI BỘ", "TOÀN BỘ", "BỆNH VIỆN", "HỌC VIỆN", "THƯ VIỆN", "THỊ XÃ", "TÁC XÃ", "XÃ HỘI", "BỘ MÁY",
            "BAN HÀNH", "PHÒNG CHỐNG", "KHU VỰC", "TỔNG CỤC", "CHI CỤC", "TỔNG CÔNG", "CHI NHÁNH");
    /** Legal forms after which a name may break. */
    private static final Set<String> CLOSERS = Set.of("CỔ PHẦN", "TNHH", "MỘT THÀNH VIÊN", "HỮU HẠN");
    /** Local collective bodies always split before their level word. */
    private static final List<String> LOCAL_BODIES = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM");
    private static final Set<String> LEVELS = Set.of("TỈNH", "THÀNH PHỐ", "XÃ", "PHƯỜNG", "THỊ TRẤN",
            "THỊ XÃ", "HUYỆN", "QUẬN", "ĐẶC KHU");
    private static final int AFTER_OPENER = 10;
    /** A break inside a phrase costs more than a line more: "MÔI / TRƯỜNG" is never worth a line. */
    private static final int ELSEWHERE = 2000;
    private static final int BY_A_DASH = 5000;

    private PhraseBreaksOracle() {
    }

    /** The name's lines, each at most {@code maxWidth} where the words allow. */
    static List<String> split(String name, double maxWidth, PhraseBreaks.Measure measure) {
        String[] words = name.strip().split(" +");
        int n = words.length;
        if (n <= 1) {
            return List.of(name.strip());
        }
        int[] cost = new int[n];
        for (int i = 1; i < n; i++) {
            cost[i] = dash(words[i]) || dash(words[i - 1]) ? BY_A_DASH
                    : boundary(words, i) ? 0
                    : afterOpener(words, i) ? AFTER_OPENER : ELSEWHERE;
        }
        int forced = localBodySplit(words);
        // best[i]: fewest (lines, cost, raggedness) setting words[0..i) ; from[i]: start of its last line.
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                if (forced > 0 && start < forced && end > forced) {
                    break;
                }
                double w = measure.width(join(words, start, end));
                boolean fits = w <= maxWidth || end - start == 1;
                if (!fits) {
                    break;
                }
                if (best[start] == Double.MAX_VALUE) {
                    continue;
                }
                double slack = (maxWidth - Math.min(w, maxWidth)) / maxWidth;
                double score = best[start] + 1_000_000 + (start > 0 ? cost[start] * 1000.0 : 0) + slack * slack * 100;
                if (score < best[end]) {
                    best[end] = score;
                    from[end] = start;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            lines.add(0, join(words, from[end], end));
        }
        return lines;
    }

    private static boolean boundary(String[] words, int i) {
        String one = upper(words[i]);
        String two = i + 1 < words.length ? one + " " + upper(words[i + 1]) : one;
        String before = upper(words[i - 1]);
        if (COMPOUNDS.contains(before + " " + one) || (!OPENERS.contains(two) && COMPOUNDS.contains(two))) {
            return false;
        }
        String beforeTwo = i >= 2 ? upper(words[i - 2]) + " " + before : before;
        String beforeThree = i >= 3 ? upper(words[i - 3]) + " " + beforeTwo : beforeTwo;
        return OPENERS.contains(one) || OPENERS.contains(two) || CLOSERS.contains(before)
                || CLOSERS.contains(beforeTwo) || CLOSERS.contains(beforeThree);
    }

    /** Whether the words before {@code i} end with a unit word ("HỘI ĐỒNG" / "THI ĐUA …"). */
    private static boolean afterOpener(String[] words, int i) {
        String one = upper(words[i - 1]);
        String two = i >= 2 ? upper(words[i - 2]) + " " + one : one;
        if (COMPOUNDS.contains(one + " " + upper(words[i]))) {
            return false;
        }
        return (OPENERS.contains(one) && !(i >= 2 && COMPOUNDS.contains(two))) || OPENERS.contains(two);
    }

    private static boolean dash(String w) {
        return w.equals("-") || w.equals("–");
    }

    /** The word index before which a local body's name must break, or 0. */
    private static int localBodySplit(String[] words) {
        String all = upper(String.join(" ", words));
        for (String body : LOCAL_BODIES) {
            if (all.startsWith(body + " ")) {
                int k = body.split(" ").length;
                String next = upper(words[k]);
                String nextTwo = k + 1 < words.length ? next + " " + upper(words[k + 1]) : next;
                if (LEVELS.contains(next) || LEVELS.contains(nextTwo)) {
                    return k;
                }
            }
        }
        return 0;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
