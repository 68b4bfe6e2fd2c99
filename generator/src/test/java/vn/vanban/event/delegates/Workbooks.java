package vn.vanban.event.delegates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.vanban.event.Delegate;
import vn.vanban.event.Delegate.Group;
import vn.vanban.event.Delegate.Sex;

/** Test workbooks: delegates, files written through the public API, and zips rewritten part by part. */
final class Workbooks {
    private Workbooks() {
    }

    static final Path RESOURCES = Path.of("generator/src/test/resources/delegates");

    static List<Delegate> sample() {
        return List.of(
                new Delegate("Nguyễn Thị Hoa", 1980, Sex.NU, "Tày", "Chủ tịch Hội Nông dân xã", "xã Xuân Phú", Group.DIEN_HINH,
                        "Đại học", "Trung cấp", true, true, "Chiến sĩ thi đua cơ sở năm 2023", null),
                new Delegate("Trần Văn Ưng", 1975, Sex.NAM, "Kinh", "Giám đốc", "Công ty TNHH Thủy sản Cà Mau", Group.DIEN_HINH,
                        "Thạc sĩ", "Cao cấp", true, false, "Bằng khen của Thủ tướng Chính phủ", "Đoàn 1"),
                new Delegate("Phạm Minh Đức", null, Sex.NAM, null, "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Bình Phước", Group.KHACH_MOI,
                        null, null, false, false, null, null));
    }

    /** {@code n} distinct delegates, deterministic. */
    static List<Delegate> many(int n) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
        String[] given = {"Thị Hoa", "Văn Ưng", "Minh Đức", "Thị Thủy", "Quốc Khánh", "Ngọc Ánh", "Hữu Nghĩa"};
        List<Delegate> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Delegate(family[i % family.length] + " " + given[i % given.length] + " " + i, 1950 + i % 60,
                    i % 3 == 0 ? Sex.NU : Sex.NAM, i % 5 == 0 ? "Tày" : "Kinh", "Tổ trưởng sản xuất " + i % 13, "Đơn vị số " + i,
                    i % 10 < 7 ? Group.DIEN_HINH : Group.KHACH_MOI, "Đại học", i % 2 == 0 ? "Trung cấp" : null, i % 2 == 0, i % 3 == 1,
                    "Lao động tiên tiến năm " + (2000 + i % 25), i % 7 == 0 ? "Ghi chú " + i : null));
        }
        return list;
    }

    static byte[] bytes(List<Delegate> delegates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DelegateWorkbook.write(delegates, out);
        return out.toByteArray();
    }

    static Path file(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** The parts of a zip, in order. */
    static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The zip with one XML part's text rewritten. */
    static byte[] rewrite(byte[] zip, String part, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> parts = parts(zip);
        if (!parts.containsKey(part)) {
            throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
        }
        parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }
}
