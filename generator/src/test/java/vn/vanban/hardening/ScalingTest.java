package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.vanban.Vanban;
import vn.vanban.text.TextNormalizer;

/**
 * No quadratic path from input to output: each kind of input grown tenfold takes about ten times as long
 * (event file read, document built, DOCX and PDF written). The bound is loose (a quadratic path gives
 * about 100) because the machine is shared; this is a scaling check, not a timing goal.
 */
class ScalingTest {
    /** Tenfold input must cost less than this many times as much. */
    static final double MAX_RATIO = Double.parseDouble(System.getProperty("vanban.scaling.maxRatio", "30"));

    enum Input {
        PARAGRAPHS(n -> Events.plan(IntStream.range(0, n).mapToObj(i -> "Đoạn văn số " + i + " về thi đua, khen thưởng các cấp.")
                .collect(Collectors.joining("\n\n"))), 300),
        INLINE_MARKUP(n -> Events.plan(IntStream.range(0, n).mapToObj(i -> "*nghiêng* và **đậm** " + i)
                .collect(Collectors.joining(" "))), 1000),
        STARS(n -> Events.plan("*".repeat(n) + " cuối"), 20000),
        LIST_ITEMS(n -> Events.plan(IntStream.range(0, n).mapToObj(i -> "- Mục " + i + " về thi đua.")
                .collect(Collectors.joining("\n"))), 300),
        ONE_LONG_LINE(n -> Events.plan(IntStream.range(0, n).mapToObj(i -> "thi đua yêu nước")
                .collect(Collectors.joining(" "))), 2000),
        LONG_NOI_NHAN_ITEM(n -> Events.plan("Nội dung.", "[\"" + IntStream.range(0, n).mapToObj(i -> "Ban " + i)
                .collect(Collectors.joining(" ")) + "\", \"Lưu: VT, VP\"]"), 2000),
        NO_BREAK_SPACES(n -> Events.plan(IntStream.range(0, n).mapToObj(i -> "thi\u00A0đua")
                .collect(Collectors.joining("\u00A0 "))), 2000);

        final IntFunction<String> yaml;
        final int base;

        Input(IntFunction<String> yaml, int base) {
            this.yaml = yaml;
            this.base = base;
        }
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void renderGrowsLinearly(Input input) throws Exception {
        Vanban v = Vanban.builder().build();
        String small = input.yaml.apply(input.base);
        String large = input.yaml.apply(input.base * 10);
        double ratio = ratio(() -> Events.render(v, small), () -> Events.render(v, large));
        assertTrue(ratio < MAX_RATIO, input + ": tenfold input took " + Math.round(ratio) + " times as long (" + lastTimes + ")");
    }

    /** {@code vanban text normalize} of a file with many no-break spaces: every fix is reported with its line and column. */
    @org.junit.jupiter.api.Test
    void textNormalizeGrowsLinearlyWithFixes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path small = dir.resolve("small.txt");
        java.nio.file.Path large = dir.resolve("large.txt");
        java.nio.file.Files.writeString(small, "thi\u00A0đua ".repeat(10_000) + "\n" + "a\u00A0b\n".repeat(10_000));
        java.nio.file.Files.writeString(large, "thi\u00A0đua ".repeat(100_000) + "\n" + "a\u00A0b\n".repeat(100_000));
        double ratio = ratio(() -> normalize(small), () -> normalize(large));
        assertTrue(ratio < MAX_RATIO, "text normalize: tenfold input took " + Math.round(ratio) + " times as long (" + lastTimes + ")");
    }

    private static Object normalize(java.nio.file.Path file) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = vn.vanban.cli.Main.run(new String[] {"text", "normalize", file.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        if (code != 0 || !err.toString().contains("no-break space U+00A0 became a space")) {
            throw new AssertionError("text normalize gave " + code + ": " + err.toString().lines().findFirst().orElse(""));
        }
        return out;
    }

    interface Work {
        Object run() throws Exception;
    }

    /**
     * Best time of {@code large} over best time of {@code small}, measured in turns after a warm-up (the JIT
     * must have compiled the code of both before either is timed).
     */
    static double ratio(Work small, Work large) throws Exception {
        for (int i = 0; i < 4; i++) {
            small.run();
        }
        large.run();
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            bestSmall = Math.min(bestSmall, time(small));
            bestLarge = Math.min(bestLarge, time(large));
        }
        lastTimes = bestSmall / 1_000_000 + " ms, then " + bestLarge / 1_000_000 + " ms";
        return (double) bestLarge / bestSmall;
    }

    static String lastTimes = "";

    static long time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return System.nanoTime() - t;
    }
}
