package vn.vanban.rules.internal;

import java.util.List;
import java.util.Set;

/**
 * {@code ty_le}: two shares of a whole, e.g. 70 % exemplars and 30 % guests and leaders: the shares the event
 * states are the rule's, and where the event gives the first group's count, it is the rule's share of the
 * total, rounded as the rule set says.
 *
 * <pre>{@code
 * kieu: ty_le
 * tham_so: {truong_a: su_kien.dai_bieu.ty_le_dien_hinh, truong_b: su_kien.dai_bieu.ty_le_khach_moi,
 *           a: 70, b: 30, tong: su_kien.dai_bieu.du_kien, lam_tron: len}
 * }</pre>
 * {@code tong} is one path or a list whose counts add up. {@code so_sanh: toi_thieu} accepts a larger first share. {@code dem_a} names the first group's count (a
 * number, or a list selection such as {@code su_kien.dai_bieu.danh_sach[nhom=dien_hinh]}). Placeholders:
 * {@code a}, {@code b} (the rule's shares), {@code ty_le_a}, {@code ty_le_b} (the event's), {@code tong},
 * {@code so_a}, {@code so_b} (the rule's counts for the total), {@code dem_a} (the event's count).
 */
final class ShareKind implements Kind {
    @Override
    public String name() {
        return "ty_le";
    }

    @Override
    public String description() {
        return "the shares truong_a/truong_b are a/b per cent (so_sanh: toi_thieu: at least a), and the count dem_a is a % of tong rounded by lam_tron";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("a", "b", "ty_le_a", "ty_le_b", "tong", "so_a", "so_b", "dem_a");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String fa = p.has("truong_a") ? p.path("truong_a") : null;
        String fb = p.has("truong_b") ? p.path("truong_b") : null;
        int a = p.integer("a");
        int b = p.integer("b", 100 - a);
        if (a < 0 || b < 0 || a + b != 100) {
            throw new ParamException("b", "a and b are shares of one whole: they add up to 100, here " + a + " + " + b);
        }
        List<String> total = p.has("tong") ? p.paths("tong") : null;
        String countA = p.has("dem_a") ? p.path("dem_a") : null;
        if (fa == null && countA == null) {
            throw new ParamException("truong_a", "give truong_a (the first share in per cent) or dem_a (the first group's count), or both");
        }
        String rounding = Values.rounding(p);
        String compare = p.string("so_sanh", "bang");
        if (!compare.equals("bang") && !compare.equals("toi_thieu")) {
            throw new ParamException("so_sanh", "should be bang (exactly) or toi_thieu (at least), found " + compare);
        }
        boolean atLeast = compare.equals("toi_thieu");
        return (ev, hits) -> {
            Integer n = null;
            if (total != null) {
                for (String t : total) {
                    Integer c = Values.count(ev, t);
                    if (c != null) {
                        n = n == null ? c : Integer.valueOf(n + c);
                    }
                }
            }
            Integer soA = n == null ? null : Integer.valueOf(Values.share(n, a, rounding));
            Object va = fa == null ? null : ev.first(fa);
            Object vb = fb == null ? null : ev.first(fb);
            var values = Values.of("a", Integer.toString(a), "b", Integer.toString(b),
                    "ty_le_a", va == null ? "" : va.toString(), "ty_le_b", vb == null ? "" : vb.toString(),
                    "tong", n == null ? "" : n.toString(), "so_a", soA == null ? "" : soA.toString(),
                    "so_b", soA == null ? "" : Integer.toString(n - soA), "dem_a", "");
            boolean shareWrong = va instanceof Integer x && (atLeast ? x < a : x != a)
                    || !atLeast && vb instanceof Integer y && y != b;
            if (shareWrong) {
                hits.accept(new Hit(va instanceof Integer x && (atLeast ? x < a : x != a) ? fa : fb, values));
                return;
            }
            Integer c = countA == null ? null : Values.count(ev, countA);
            if (c != null && soA != null && (atLeast ? c < soA : !c.equals(soA))) {
                values.put("dem_a", c.toString());
                hits.accept(new Hit(countA.replaceAll("\\[[^\\]]*=[^\\]]*\\]$", ""), values));
            }
        };
    }
}
