package vn.vanban.rules.internal;

import java.util.Set;

/**
 * {@code so_luong}: how many items a list has (or a number) lies in a range, e.g. a Đoàn Chủ tịch of 09 to 11.
 * A list the event leaves out passes unless {@code bat_buoc: true}.
 *
 * <pre>{@code
 * kieu: so_luong
 * tham_so: {danh_sach: su_kien.doan_chu_tich, tu: 9, den: 11}
 * }</pre>
 * Placeholders: {@code so_luong}, {@code tu}, {@code den}.
 */
final class CountRangeKind implements Kind {
    @Override
    public String name() {
        return "so_luong";
    }

    @Override
    public String description() {
        return "the number of items of danh_sach (or the number there) is between tu and den";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("so_luong", "tu", "den");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String list = p.path("danh_sach");
        int from = p.integer("tu", 0);
        int to = p.integer("den", Integer.MAX_VALUE);
        boolean required = p.bool("bat_buoc", false);
        if (from > to) {
            throw new ParamException("tu", "is more than den");
        }
        return (ev, hits) -> {
            Integer n = Values.count(ev, list);
            if (n == null && !required) {
                return;
            }
            int k = n == null ? 0 : n;
            if (k < from || k > to) {
                hits.accept(new Hit(list.replaceAll("\\[[^\\]]*\\]$", ""), Values.of("so_luong", Integer.toString(k),
                        "tu", String.format(java.util.Locale.ROOT, "%02d", from), "den", to == Integer.MAX_VALUE ? "" : String.format(java.util.Locale.ROOT, "%02d", to))));
            }
        };
    }
}
