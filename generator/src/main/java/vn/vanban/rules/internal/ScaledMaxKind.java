package vn.vanban.rules.internal;

import java.util.List;
import java.util.Set;

/**
 * {@code toi_da_theo_quy_mo}: a number is at most a limit that depends on a size in the event, e.g. an
 * enterprise's delegates by its worker count: under 300 workers a plenary meeting (no limit), otherwise at
 * most 200.
 *
 * <pre>{@code
 * kieu: toi_da_theo_quy_mo
 * tham_so: {truong: su_kien.dai_bieu.toi_da, quy_mo: su_kien.so_lao_dong, nguong: 300, duoi_nguong: toan_the, tu_nguong: 200}
 * }</pre>
 * {@code duoi_nguong} is a limit below the threshold, or {@code toan_the} for none. Placeholders:
 * {@code gia_tri}, {@code gioi_han}, {@code quy_mo}, {@code nguong}.
 */
final class ScaledMaxKind implements Kind {
    @Override
    public String name() {
        return "toi_da_theo_quy_mo";
    }

    @Override
    public String description() {
        return "a number (truong) is at most tu_nguong when the size (quy_mo) reaches nguong, at most duoi_nguong (or no limit: toan_the) below it";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("gia_tri", "gioi_han", "quy_mo", "nguong");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<String> fields = p.paths("truong");
        String size = p.path("quy_mo");
        int threshold = p.integer("nguong");
        int above = p.integer("tu_nguong");
        String belowText = p.string("duoi_nguong", "toan_the");
        Integer below = belowText.equals("toan_the") ? null : Integer.valueOf(Params.toInt("duoi_nguong", belowText));
        return (ev, hits) -> {
            if (!(ev.first(size) instanceof Integer n)) {
                return;
            }
            Integer limit = n >= threshold ? Integer.valueOf(above) : below;
            if (limit == null) {
                return;
            }
            for (String f : fields) {
                for (EventView.Match m : ev.find(f)) {
                    if (m.value() instanceof Integer v && v > limit) {
                        hits.accept(new Hit(m.path(), Values.of("gia_tri", v.toString(), "gioi_han", limit.toString(),
                                "quy_mo", n.toString(), "nguong", Integer.toString(threshold))));
                    }
                }
            }
        };
    }
}
