package vn.vanban.bench;

import com.ibm.icu.text.Normalizer2;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import vn.vanban.text.GlyphCoverage;
import vn.vanban.text.TextNormalizer;
import vn.vanban.text.ToneStyle;
import vn.vanban.text.internal.LegacyTables;

/**
 * Throughput of the text toolkit's per-document passes on a large deterministic Vietnamese text.
 *
 * <pre>{@code
 * System.out.println(TextBenchmark.run(10));   // "normalize 52.1 MB/s, tone 140.3 MB/s, glyphs 310.0 MB/s, total 33.0 MB/s"
 * }</pre>
 * Run: {@code java -cp target/classes:… vn.vanban.bench.TextBenchmark [megabytes]} (default 10).
 */
public final class TextBenchmark {
    private static final String[] SENTENCES = {
        "Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VI, giai đoạn 2025 - 2030.",
        "Ủy ban nhân dân tỉnh Hòa Bình hướng dẫn công tác thi đua, khen thưởng năm 2025 .",
        "Tổng hợp thành tích của tập thể, cá nhân tiêu biểu trong phong trào thi đua  yêu nước.",
        "Đại biểu dự Đại hội: 09 đến 11 người trong Đoàn Chủ tịch; thời gian từ ngày 05/01 đến ngày 10/01/2025.",
        "Chăm lo sức khoẻ, thuỷ lợi, văn hoá và an sinh xã hội cho Nhân dân trên địa bàn.",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
        "Nguyễn Văn An, Trần Thị Ánh, Lê Ưng, Phạm Thị Ơn được đề nghị tặng Bằng khen.",
    };

    private TextBenchmark() {
    }

    /** Prints {@link #run(int)} for args[0] megabytes (default 10). */
    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.println(run(mb));
    }

    /**
     * Builds about {@code megabytes} MB (UTF-16 chars ÷ 2^20) of text and times normalise, tone style and glyph
     * coverage over it after one warm-up round; returns one line with MB/s per stage and for the three together.
     *
     * <pre>{@code TextBenchmark.run(1)}</pre>
     */
    public static String run(int megabytes) {
        String text = build(megabytes);
        IntPredicate covered = coverage();
        double mb = text.length() / (1024.0 * 1024.0);
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        int sink = 0;
        for (int round = 0; round < 4; round++) { // round 0 is the warm-up
            long t0 = System.nanoTime();
            String norm = TextNormalizer.normalize(text).text();
            long t1 = System.nanoTime();
            String toned = ToneStyle.OLD.apply(norm);
            long t2 = System.nanoTime();
            sink += GlyphCoverage.findMissing(toned, covered).size();
            long t3 = System.nanoTime();
            if (round > 0) {
                best[0] = Math.min(best[0], t1 - t0);
                best[1] = Math.min(best[1], t2 - t1);
                best[2] = Math.min(best[2], t3 - t2);
            }
        }
        long total = best[0] + best[1] + best[2];
        return String.format(Locale.ROOT,
                "%.1f MB text: normalize %.1f MB/s, tone %.1f MB/s, glyphs %.1f MB/s, total %.1f MB/s (missing glyphs: %d)",
                mb, rate(mb, best[0]), rate(mb, best[1]), rate(mb, best[2]), rate(mb, total), sink / 3);
    }

    private static double rate(double mb, long nanos) {
        return mb / (nanos / 1e9);
    }

    /** Deterministic mix: NFC and NFD, NBSP and zero-width, old and new tone style, a little TCVN3. */
    static String build(int megabytes) {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        SplittableRandom rnd = new SplittableRandom(30_2020);
        long target = megabytes * 1024L * 1024L;
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, target + 256));
        while (sb.length() < target) {
            String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
            int kind = rnd.nextInt(20);
            if (kind < 4) {
                s = nfd.normalize(s);
            } else if (kind == 4) {
                s = s.replace(' ', '\u00A0');
            } else if (kind == 5) {
                s = s.replace(", ", ",\u200B ");
            } else if (kind == 6) {
                s = LegacyTables.unicodeToTcvn3(s.toLowerCase(Locale.ROOT));
            } else if (kind == 7) {
                s = "    " + s + "  ";
            }
            sb.append(s).append(rnd.nextInt(8) == 0 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    /** A BitSet of the BMP code points Liberation Serif covers, or "everything" if the font is not found. */
    private static IntPredicate coverage() {
        Path file = Path.of("fonts/LiberationSerif-Regular.ttf");
        try (InputStream in = Files.exists(file) ? Files.newInputStream(file)
                : TextBenchmark.class.getResourceAsStream("/vanban/fonts/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                return cp -> true;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            BitSet bits = new BitSet(0x10000);
            for (int cp = 0; cp < 0x10000; cp++) {
                if (font.canDisplay(cp)) {
                    bits.set(cp);
                }
            }
            return bits::get;
        } catch (IOException | FontFormatException e) {
            return cp -> true;
        }
    }
}
