package vn.vanban.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import vn.vanban.event.Delegate;
import vn.vanban.event.delegates.DelegateWorkbook;
import vn.vanban.event.delegates.DelegateWorkbookException;

/**
 * Time and memory of reading delegates from Excel at growing sizes, to show that reading is
 * linear and streams: 10,000 rows must work in a 256 MB heap.
 *
 * <pre>{@code
 * System.out.print(DelegatesBenchmark.run(List.of(100, 1_000, 10_000, 100_000)));
 * }</pre>
 *
 * <p>For each size it writes a workbook of that many distinct delegates with
 * {@link DelegateWorkbook#write}, reads it after warm-up runs and reports the best read time, the
 * time per row, the peak live heap (the most heap in use after any garbage collection during the
 * read, above what was in use before it), the heap still held by the result, and the bytes the read
 * allocated. Run it under the heap to check: {@code java -Xmx256m -jar target/vanban-all.jar bench --delegates}.
 */
public final class DelegatesBenchmark {
    private DelegatesBenchmark() {
    }

    /** Runs the benchmark for each row count and returns the report. */
    public static String run(List<Integer> sizes) throws IOException, DelegateWorkbookException, InterruptedException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Delegates from Excel (%s %s, max heap %d MB, %d cores): best read of warm runs%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors()));
        sb.append(String.format(Locale.ROOT, "%9s %9s %9s %9s %9s %8s %11s %11s %11s%n",
                "rows", "file KB", "sheet MB", "write ms", "read ms", "µs/row", "peak MB", "result MB", "alloc MB"));
        List<double[]> perRow = new ArrayList<>();
        Path dir = Files.createTempDirectory("vanban-delegates-bench");
        try {
            for (int n : sizes) {
                Path file = dir.resolve("delegates-" + n + ".xlsx");
                List<Delegate> list = delegates(n);
                long t0 = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(file)) {
                    DelegateWorkbook.write(list, out);
                }
                double writeMs = (System.nanoTime() - t0) / 1e6;
                list = null;
                long sheetBytes;
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    sheetBytes = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
                }
                int runs = n <= 1_000 ? 20 : n <= 10_000 ? 5 : 2;
                for (int i = 0; i < Math.min(runs, 3); i++) {
                    check(DelegateWorkbook.read(file).size(), n); // warm-up
                }
                long best = Long.MAX_VALUE;
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    check(DelegateWorkbook.read(file).size(), n);
                    best = Math.min(best, System.nanoTime() - s);
                }
                long[] memory = memory(file, n);
                double us = best / 1e3 / n;
                perRow.add(new double[] {n, us, memory[2] / 1024.0 / n});
                sb.append(String.format(Locale.ROOT, "%,9d %,9d %9.1f %9.0f %9.1f %8.2f %11.1f %11.1f %11.1f%n",
                        n, Files.size(file) >> 10, sheetBytes / 1048576.0, writeMs, best / 1e6, us,
                        memory[0] / 1048576.0, memory[1] / 1048576.0, memory[2] / 1048576.0));
                Files.delete(file);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        if (perRow.size() > 1) {
            double[] first = perRow.get(perRow.size() > 2 ? 1 : 0);
            double[] last = perRow.get(perRow.size() - 1);
            sb.append(String.format(Locale.ROOT, "Linearity: %.2f µs/row at %,d rows, %.2f µs/row at %,d rows (ratio %.2f; 1.00 is linear)%n",
                    first[1], (int) first[0], last[1], (int) last[0], last[1] / first[1]));
            // least squares of read time = fixed + per-row × rows, weighted by 1/time² so small sizes count
            double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (double[] r : perRow) {
                double t = r[0] * r[1]; // µs
                double w = 1 / (t * t);
                sw += w;
                sx += w * r[0];
                sy += w * t;
                sxx += w * r[0] * r[0];
                sxy += w * r[0] * t;
            }
            double slope = (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
            double fixed = (sy - slope * sx) / sw;
            sb.append(String.format(Locale.ROOT, "Fit: read time ≈ %.1f ms + %.2f µs × rows%n", fixed / 1e3, slope));
            sb.append(String.format(Locale.ROOT, "Allocation (independent of the machine's load): %.2f KB/row at %,d rows, %.2f KB/row at %,d rows (ratio %.2f)%n",
                    first[2], (int) first[0], last[2], (int) last[0], last[2] / first[2]));
        }
        return sb.toString();
    }

    private static void check(int read, int expected) {
        if (read != expected) {
            throw new IllegalStateException("read " + read + " delegates of " + expected);
        }
    }

    /** {peak live bytes above the baseline, bytes held by the result, bytes allocated} of one read. */
    private static long[] memory(Path file, int n) throws DelegateWorkbookException, InterruptedException {
        AtomicLong peak = new AtomicLong();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        NotificationListener listener = (Notification note, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(note.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) note.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                peak.accumulateAndGet(used, Math::max);
            }
        };
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        settledHeap();
        for (GarbageCollectorMXBean gc : gcs) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated0 = threads.getCurrentThreadAllocatedBytes();
        peak.set(0);
        long allocated;
        long held;
        try {
            List<Delegate> result = DelegateWorkbook.read(file);
            allocated = threads.getCurrentThreadAllocatedBytes() - allocated0;
            held = settledHeap();
            Thread.sleep(200); // GC notifications arrive on another thread
            check(result.size(), n);
        } finally {
            for (GarbageCollectorMXBean gc : gcs) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
        // The heap without the result, measured the same way: the baseline before the read can hold
        // garbage a full collection keeps for a while (closed files' buffers), so it is measured after.
        long after = settledHeap();
        return new long[] {Math.max(0, Math.max(peak.get(), held) - after), Math.max(0, held - after), allocated};
    }

    private static long settledHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(50); // let cleaners of closed files run
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@code n} distinct delegates with every column filled as a secretariat would. */
    static List<Delegate> delegates(int n) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"};
        String[] middle = {"Thị", "Văn", "Minh", "Ngọc", "Quốc", "Hữu", "Thanh", "Đức"};
        String[] given = {"Hoa", "Ưng", "Đức", "Thủy", "Khánh", "Ánh", "Nghĩa", "Hường", "Phúc", "Yến", "Tuấn"};
        String[] ethnic = {"Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "Khmer", "Mông", "Nùng", "Ê Đê"};
        String[] achievement = {"Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của UBND huyện"};
        List<Delegate> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Delegate(family[i % family.length] + " " + middle[(i / 3) % middle.length] + " " + given[(i / 7) % given.length],
                    1955 + i % 50, i % 3 == 0 ? Delegate.Sex.NU : Delegate.Sex.NAM, ethnic[i % ethnic.length],
                    "Tổ trưởng tổ sản xuất số " + (i % 40 + 1), "Hợp tác xã nông nghiệp số " + (i % 997 + 1) + ", xã Xuân Phú",
                    i % 10 < 7 ? Delegate.Group.DIEN_HINH : Delegate.Group.KHACH_MOI, i % 4 == 0 ? "Thạc sĩ" : "Đại học",
                    i % 2 == 0 ? "Trung cấp" : "Sơ cấp", i % 2 == 0, i % 3 != 2,
                    achievement[i % achievement.length] + " năm " + (2015 + i % 10), i % 9 == 0 ? "Đại biểu số " + i : null));
        }
        return list;
    }
}
