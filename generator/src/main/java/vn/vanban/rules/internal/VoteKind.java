package vn.vanban.rules.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bieu_quyet}: a Hội đồng's vote on each proposal reaches the award's threshold counted against the
 * whole membership, never the members present (ND 98/2023 Điều 30.7: 90 % for Anh hùng and CSTĐ toàn quốc,
 * bộ, tỉnh; 80 % for CSTĐ cơ sở and the Cờ thi đua).
 *
 * <pre>{@code
 * kieu: bieu_quyet
 * tham_so:
 *   danh_sach: de_nghi_khen_thuong     # the proposals
 *   danh_hieu: hinh_thuc               # in each proposal: the award's name
 *   dong_y: dong_y                     # in each proposal: votes in favour
 *   tong_so: /hoi_dong.thanh_vien      # the whole membership ("/" = from the top of the file)
 *   nguong: {Anh hùng: 90, Chiến sĩ thi đua cơ sở: 80, Cờ thi đua: 80}
 *   nguong_rieng: nguong               # in each proposal: its own threshold, for awards not in nguong
 *   mac_dinh: 51
 * }</pre>
 * An award takes the threshold of the first name in {@code nguong} it contains (case aside); otherwise the
 * proposal's own ({@code nguong_rieng}), otherwise {@code mac_dinh}. Placeholders: {@code danh_hieu},
 * {@code dong_y}, {@code tong_so}, {@code ty_le} (per cent of the membership), {@code nguong},
 * {@code can_it_nhat} (votes needed), {@code ten} (the proposal's {@code ten}).
 */
final class VoteKind implements Kind {
    @Override
    public String name() {
        return "bieu_quyet";
    }

    @Override
    public String description() {
        return "for each item of danh_sach, votes in favour (dong_y) are at least the award's threshold (nguong, by name contained in danh_hieu) per cent of the whole membership (tong_so)";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("danh_hieu", "dong_y", "tong_so", "ty_le", "nguong", "can_it_nhat", "ten");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String list = p.path("danh_sach");
        String award = p.path("danh_hieu");
        String yes = p.path("dong_y");
        String totalText = p.string("tong_so");
        boolean totalFromTop = totalText.startsWith("/");
        String total = totalFromTop ? totalText.substring(1) : totalText;
        try {
            EventView.Path.split(total);
        } catch (IllegalArgumentException e) {
            throw new ParamException("tong_so", e.getMessage());
        }
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : p.intMap("nguong").entrySet()) {
            thresholds.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        String own = p.has("nguong_rieng") ? p.path("nguong_rieng") : null;
        Integer dflt = p.has("mac_dinh") ? p.integer("mac_dinh") : null;
        return (ev, hits) -> {
            if (!(ev.first(list) instanceof List<?> items)) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Map<?, ?> m)) {
                    continue;
                }
                EventView item = new EventView(FractionKind.castMap(m));
                String a = item.first(award) == null ? "" : item.first(award).toString();
                Integer threshold = null;
                for (Map.Entry<String, Integer> e : thresholds.entrySet()) {
                    if (a.toLowerCase(Locale.ROOT).contains(e.getKey())) {
                        threshold = e.getValue();
                        break;
                    }
                }
                if (threshold == null && own != null && item.first(own) instanceof Integer t) {
                    threshold = t;
                }
                if (threshold == null) {
                    threshold = dflt;
                }
                Object y = item.first(yes);
                Object t = totalFromTop ? ev.first(total) : item.first(total);
                if (threshold == null || !(y instanceof Integer votes) || !(t instanceof Integer members) || members <= 0) {
                    continue;
                }
                if ((long) votes * 100 < (long) threshold * members) {
                    int needed = (int) (((long) threshold * members + 99) / 100);
                    hits.accept(new Hit(list + "[" + i + "]." + yes, Values.of("danh_hieu", a, "dong_y", votes.toString(),
                            "tong_so", members.toString(), "ty_le", String.format(Locale.ROOT, "%.1f", votes * 100.0 / members).replace('.', ','),
                            "nguong", threshold.toString(), "can_it_nhat", Integer.toString(needed),
                            "ten", String.valueOf(m.get("ten")))));
                }
            }
        };
    }
}
