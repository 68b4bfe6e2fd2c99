package vn.vanban.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code muc_cuoi}: the last item of a list matches a pattern, e.g. the Nơi nhận ends with
 * "Lưu: VT, {đơn vị soạn thảo}" (ND30 Phụ lục I mục II.9).
 *
 * <pre>{@code
 * kieu: muc_cuoi
 * tham_so: {danh_sach: "van_ban[*].noi_nhan", mau: "^Lưu: VT, \\S.*"}
 * }</pre>
 * {@code mau} is a Java regular expression matched against the whole item. Placeholders: {@code cuoi} (the
 * last item found).
 */
final class LastItemKind implements Kind {
    @Override
    public String name() {
        return "muc_cuoi";
    }

    @Override
    public String description() {
        return "the last item of each list at danh_sach matches the regular expression mau";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("cuoi");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String list = p.path("danh_sach");
        Pattern pattern;
        try {
            pattern = Pattern.compile(p.string("mau"));
        } catch (PatternSyntaxException e) {
            throw new ParamException("mau", "is not a regular expression: " + e.getDescription());
        }
        return (ev, hits) -> {
            for (EventView.Match m : ev.find(list)) {
                if (m.value() instanceof List<?> items && !items.isEmpty()) {
                    String last = String.valueOf(items.get(items.size() - 1));
                    if (!pattern.matcher(last.strip()).matches()) {
                        hits.accept(new Hit(m.path() + "[" + (items.size() - 1) + "]", Values.of("cuoi", last)));
                    }
                }
            }
        };
    }
}
