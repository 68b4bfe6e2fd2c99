package vn.vanban.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hinh_thuc_ky}: every signing block (each document's, the agency's default {@code co_quan.nguoi_ky},
 * the joint issuer's) follows ND30 Phụ lục I mục II.7, by one of three
 * tests ({@code kiem_tra}):
 * <ul>
 * <li>{@code tm_tap_the}: TM. stands before a collective body, never a person's title
 *     ({@code chuc_danh} lists the titles: CHỦ TỊCH, GIÁM ĐỐC …);</li>
 * <li>{@code kt_cap_pho}: under KT. the signer is a deputy ({@code cap_pho}, default PHÓ), never the head
 *     whose title follows KT.;</li>
 * <li>{@code tm_khong_tl}: TM. and TL. are not used together.</li>
 * </ul>
 *
 * <pre>{@code
 * kieu: hinh_thuc_ky
 * tham_so: {kiem_tra: kt_cap_pho}
 * }</pre>
 * Placeholders: {@code thay_mat}, {@code hinh_thuc}, {@code thu_truong}, {@code chuc_vu}.
 */
final class SigningKind implements Kind {
    @Override
    public String name() {
        return "hinh_thuc_ky";
    }

    @Override
    public String description() {
        return "each signing block (van_ban[*].nguoi_ky, co_quan.nguoi_ky, co_quan_phoi_hop.nguoi_ky) passes kiem_tra: tm_tap_the (TM. before a body, not a title in chuc_danh), kt_cap_pho (KT. signed by a deputy), tm_khong_tl (no TM. with TL.)";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("thay_mat", "hinh_thuc", "thu_truong", "chuc_vu");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String test = p.string("kiem_tra");
        List<String> titles = test.equals("tm_tap_the") ? p.strings("chuc_danh").stream().map(Values::key).toList() : List.of();
        List<String> deputy = test.equals("kt_cap_pho") ? (p.has("cap_pho") ? p.strings("cap_pho") : List.of("PHÓ")).stream().map(Values::key).toList() : List.of();
        if (!List.of("tm_tap_the", "kt_cap_pho", "tm_khong_tl").contains(test)) {
            throw new ParamException("kiem_tra", "should be tm_tap_the, kt_cap_pho or tm_khong_tl, found " + test);
        }
        return (ev, hits) -> {
            for (EventView.Match m : signers(ev)) {
                if (!(m.value() instanceof Map<?, ?> s)) {
                    continue;
                }
                String tm = text(s.get("thay_mat"));
                String form = text(s.get("hinh_thuc"));
                String head = text(s.get("thu_truong"));
                String post = text(s.get("chuc_vu"));
                Map<String, String> values = Values.of("thay_mat", tm, "hinh_thuc", form, "thu_truong", head, "chuc_vu", post);
                switch (test) {
                    case "tm_tap_the" -> {
                        String k = Values.key(tm).replaceFirst("^TM\\.\\s*", "");
                        if (!tm.isEmpty() && titles.contains(k)) {
                            hits.accept(new Hit(m.path() + ".thay_mat", values));
                        }
                    }
                    case "kt_cap_pho" -> {
                        if (form.equals("KT") && !post.isEmpty()
                                && (Values.key(post).equals(Values.key(head)) || deputy.stream().noneMatch(d -> Values.key(post).startsWith(d + " ")))) {
                            hits.accept(new Hit(m.path() + ".chuc_vu", values));
                        }
                    }
                    default -> {
                        if (!tm.isEmpty() && form.equals("TL")) {
                            hits.accept(new Hit(m.path() + ".hinh_thuc", values));
                        }
                    }
                }
            }
        };
    }

    /** Every signing block: each document's, the agency's default and the joint issuer's (EVENT-KEYS.md). */
    private static java.util.List<EventView.Match> signers(EventView ev) {
        java.util.List<EventView.Match> out = new java.util.ArrayList<>(ev.find("van_ban[*].nguoi_ky"));
        out.addAll(ev.find("co_quan.nguoi_ky"));
        out.addAll(ev.find("co_quan_phoi_hop.nguoi_ky"));
        return out;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
