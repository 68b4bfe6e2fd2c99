package vn.vanban.rules.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code thoi_luong}: how long the event lasts is at most a limit such as {@code ½ ngày}. Durations are
 * written {@code ½ ngày}, {@code 1 buổi}, {@code 1 ngày}, {@code 2 ngày}, {@code 4 giờ}, {@code 3 giờ 30},
 * {@code 240 phút}, or a number of minutes; a day counts 8 hours and a buổi half a day.
 *
 * <pre>{@code
 * kieu: thoi_luong
 * tham_so: {truong: su_kien.thoi_luong, toi_da: ½ ngày}
 * }</pre>
 * With {@code cong: true} the durations the path selects are added up (an agenda's items in minutes:
 * {@code su_kien.chuong_trinh[*].thoi_luong}). Placeholders: {@code gia_tri}, {@code gioi_han}.
 */
final class DurationKind implements Kind {
    private static final Pattern PART = Pattern.compile("(½|\\d+(?:[.,]\\d+)?)\\s*(ngày|buổi|giờ|tiếng|phút)?");

    @Override
    public String name() {
        return "thoi_luong";
    }

    @Override
    public String description() {
        return "a duration (truong: ½ ngày, 1 buổi, 4 giờ, 240 phút, or minutes; cong: true adds up all it selects) is at most toi_da";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("gia_tri", "gioi_han");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String field = p.path("truong");
        boolean sum = p.bool("cong", false);
        String limitText = p.string("toi_da");
        Integer limit = minutes(limitText);
        if (limit == null) {
            throw new ParamException("toi_da", "\"" + limitText + "\" is not a duration: write ½ ngày, 1 buổi, 4 giờ or 240 phút");
        }
        return (ev, hits) -> {
            if (sum) {
                int total = 0;
                boolean any = false;
                for (EventView.Match m : ev.find(field)) {
                    Integer v = m.value() instanceof Integer i ? i : m.value() instanceof String s ? minutes(s) : null;
                    if (v != null) {
                        total += v;
                        any = true;
                    }
                }
                if (any && total > limit) {
                    hits.accept(new Hit(field.replaceAll("\\[[^\\]]*\\][^\\[]*$", ""), Values.of("gia_tri", total + " phút", "gioi_han", limitText)));
                }
                return;
            }
            for (EventView.Match m : ev.find(field)) {
                Integer v = m.value() instanceof Integer i ? i : m.value() instanceof String s ? minutes(s) : null;
                if (v != null && v > limit) {
                    hits.accept(new Hit(m.path(), Values.of("gia_tri", m.value() instanceof Integer ? v + " phút" : m.value().toString(),
                            "gioi_han", limitText)));
                }
            }
        };
    }

    /** Minutes in a duration text, or null when it is not one. */
    static Integer minutes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        int total = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                return null;
            }
            double n = m.group(1).equals("½") ? 0.5 : Double.parseDouble(m.group(1).replace(',', '.'));
            String unit = m.group(2) == null ? (any ? "phút" : "phút") : m.group(2);
            total += (int) Math.round(n * switch (unit) {
                case "ngày" -> 480;
                case "buổi" -> 240;
                case "giờ", "tiếng" -> 60;
                default -> 1;
            });
            end = m.end();
            any = true;
        }
        return any && t.substring(end).isBlank() ? total : null;
    }
}
