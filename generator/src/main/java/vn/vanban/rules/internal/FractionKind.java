package vn.vanban.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code phan_so_toi_thieu}: at least a fraction of a list's items meet a condition, e.g. a third of the
 * Đoàn Chủ tịch are heroes or exemplars. The needed number is rounded as the rule set says (default up).
 *
 * <pre>{@code
 * kieu: phan_so_toi_thieu
 * tham_so: {danh_sach: su_kien.doan_chu_tich, dieu_kien: dien_hinh, bang: true, phan_so: 1/3, lam_tron: len}
 * }</pre>
 * Placeholders: {@code so_luong} (items), {@code so_dat} (meeting the condition), {@code can_it_nhat},
 * {@code phan_so}.
 */
final class FractionKind implements Kind {
    @Override
    public String name() {
        return "phan_so_toi_thieu";
    }

    @Override
    public String description() {
        return "at least phan_so of the items of danh_sach have dieu_kien equal to bang (default true), the needed count rounded by lam_tron (default len)";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("so_luong", "so_dat", "can_it_nhat", "phan_so");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String list = p.path("danh_sach");
        String field = p.path("dieu_kien");
        String wanted = p.string("bang", "true");
        String fraction = p.string("phan_so");
        String[] parts = fraction.split("/");
        if (parts.length != 2) {
            throw new ParamException("phan_so", "write a fraction like 1/3, found " + fraction);
        }
        int num = Params.toInt("phan_so", parts[0]);
        int den = Params.toInt("phan_so", parts[1]);
        if (num < 0 || den <= 0 || num > den) {
            throw new ParamException("phan_so", "should be a fraction between 0 and 1, found " + fraction);
        }
        String rounding = p.has("lam_tron") ? Values.rounding(p) : "len";
        return (ev, hits) -> {
            if (!(ev.first(list) instanceof List<?> items) || items.isEmpty()) {
                return;
            }
            int ok = 0;
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    Object v = new EventView(castMap(m)).first(field);
                    if (v != null && String.valueOf(v).equals(wanted)) {
                        ok++;
                    }
                }
            }
            int needed = Values.fraction(items.size(), num, den, rounding);
            if (ok < needed) {
                hits.accept(new Hit(list, Values.of("so_luong", Integer.toString(items.size()), "so_dat", Integer.toString(ok),
                        "can_it_nhat", Integer.toString(needed), "phan_so", fraction)));
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
