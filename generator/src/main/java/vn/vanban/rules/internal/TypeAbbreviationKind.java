package vn.vanban.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ky_hieu_loai}: in every cited document ("Kế hoạch số 01/KH-HĐTĐKT", "Hướng dẫn số 2823/HD-BNV") and
 * every ký hiệu the event writes, the type's abbreviation is the one ND30 Phụ lục III gives for that type.
 *
 * <pre>{@code
 * kieu: ky_hieu_loai
 * tham_so: {bang: {Kế hoạch: KH, Hướng dẫn: HD, Quyết định: QĐ}}
 * }</pre>
 * Placeholders: {@code loai} (the type as written), {@code ky_hieu} (found), {@code dung} (expected),
 * {@code trich} (the citation).
 */
final class TypeAbbreviationKind implements Kind {
    @Override
    public String name() {
        return "ky_hieu_loai";
    }

    @Override
    public String description() {
        return "a document cited in any text as '<type> số N/<abbr>-…' uses the abbreviation bang gives for that type";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("loai", "ky_hieu", "dung", "trich");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        Map<String, String> table = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : p.map("bang").entrySet()) {
            table.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        List<String> names = new ArrayList<>(table.keySet());
        names.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        Pattern cite = Pattern.compile("(?<![\\p{L}])(" + alt + ")\\s+(?:số\\s+)?(\\d+)(?:/\\d{4})?/([\\p{L}]+)-",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return (ev, hits) -> {
            List<EventView.Match> all = new ArrayList<>();
            EventView.walkAll(ev.data(), "", all);
            for (EventView.Match m : all) {
                if (!(m.value() instanceof String s)) {
                    continue;
                }
                Matcher x = cite.matcher(s);
                while (x.find()) {
                    String type = x.group(1);
                    String want = table.get(type.toLowerCase(Locale.ROOT));
                    if (want != null && !want.equals(x.group(3))) {
                        String quote = s.substring(x.start(), Math.min(s.length(), x.end() + 20)).split("\\s(?=ngày)")[0];
                        hits.accept(new Hit(m.path(), Values.of("loai", type, "ky_hieu", x.group(3), "dung", want, "trich", quote.strip())));
                    }
                }
            }
        };
    }
}
