package vn.vanban.rules.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.vanban.event.PartialDate;

/**
 * Small helpers the kinds share: placeholder maps, counts, level names, rounding.
 *
 * <pre>{@code
 * Values.share(25, 70, "gan_nhat")   // 18
 * Values.levelName("xa")             // "xã"
 * }</pre>
 */
public final class Values {
    private Values() {
    }

    /** A placeholder map from pairs: {@code of("gia_tri", "500", "gioi_han", "200")}. */
    public static Map<String, String> of(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The level's name in running text: {@code xa} → "xã". */
    public static String levelName(String level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case "tinh" -> "tỉnh";
            case "xa" -> "xã";
            case "huyen" -> "huyện";
            case "so_nganh" -> "sở, ban, ngành";
            case "doanh_nghiep" -> "doanh nghiệp";
            default -> level;
        };
    }

    /** The form's name in running text: {@code dai_hoi} → "Đại hội". */
    public static String formName(String form) {
        if (form == null) {
            return "";
        }
        return switch (form) {
            case "dai_hoi" -> "Đại hội";
            case "hoi_nghi" -> "Hội nghị";
            default -> form;
        };
    }

    /**
     * A count at {@code path}: the whole number there when the path names one, otherwise how many items the
     * path selects (e.g. {@code su_kien.doan_chu_tich[*]}); null when the path selects nothing.
     */
    public static Integer count(EventView ev, String path) {
        List<EventView.Match> m = ev.find(path);
        if (m.isEmpty()) {
            // "danh_sach[nhom=dien_hinh]" selecting nothing from a list that is there counts 0.
            int open = path.lastIndexOf('[');
            boolean endsWithSelector = open > 0 && path.endsWith("]") && !path.substring(open).contains(".");
            return endsWithSelector && ev.first(path.substring(0, open)) instanceof List<?> ? Integer.valueOf(0) : null;
        }
        if (m.size() == 1 && m.get(0).value() instanceof Integer i) {
            return i;
        }
        if (m.size() == 1 && m.get(0).value() instanceof List<?> l) {
            return l.size();
        }
        return m.size();
    }

    /** {@code total × percent / 100} rounded as a rule states: {@code len} up, {@code xuong} down, {@code gan_nhat} half up. */
    public static int share(int total, int percent, String rounding) {
        long num = (long) total * percent;
        return switch (rounding) {
            case "len" -> (int) ((num + 99) / 100);
            case "xuong" -> (int) (num / 100);
            default -> (int) ((num + 50) / 100);
        };
    }

    /** {@code total × num / den} rounded as a rule states. */
    public static int fraction(int total, int num, int den, String rounding) {
        long n = (long) total * num;
        return switch (rounding) {
            case "len" -> (int) ((n + den - 1) / den);
            case "xuong" -> (int) (n / den);
            default -> (int) ((2 * n + den) / (2 * den));
        };
    }

    /** Checks a rounding name. */
    public static String rounding(Params p) throws ParamException {
        String r = p.string("lam_tron", "gan_nhat");
        if (!List.of("len", "xuong", "gan_nhat").contains(r)) {
            throw new ParamException("lam_tron", "should be len (up), xuong (down) or gan_nhat (half up), found " + r);
        }
        return r;
    }

    /** A value as a message shows it. */
    public static String show(Object v) {
        if (v instanceof PartialDate d) {
            return Dates.format(d);
        }
        return String.valueOf(v);
    }

    /** Text for matching: stripped, upper case (Vietnamese letters included), spaces collapsed. */
    public static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
