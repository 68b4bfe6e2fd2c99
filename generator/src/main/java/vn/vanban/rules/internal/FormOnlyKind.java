package vn.vanban.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code chi_cho_hinh_thuc}: an item (e.g. "Chào cờ" in the agenda) appears only in an event of the forms
 * named (e.g. a Đại hội, not a Hội nghị).
 *
 * <pre>{@code
 * kieu: chi_cho_hinh_thuc
 * tham_so: {truong: "su_kien.chuong_trinh[*].noi_dung", chua: Chào cờ, hinh_thuc: [dai_hoi]}
 * }</pre>
 * The event's form is {@code su_kien.hinh_thuc_loai}, or read from the start of {@code su_kien.hinh_thuc} or
 * {@code su_kien.ten}. Placeholders: {@code noi_dung} (the item), {@code hinh_thuc} (the event's form).
 */
final class FormOnlyKind implements Kind {
    @Override
    public String name() {
        return "chi_cho_hinh_thuc";
    }

    @Override
    public String description() {
        return "a text at truong containing chua appears only when the event's form is one of hinh_thuc (dai_hoi, hoi_nghi)";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("noi_dung", "hinh_thuc");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        String field = p.path("truong");
        String needle = p.string("chua").toLowerCase(Locale.ROOT);
        List<String> forms = p.strings("hinh_thuc");
        return (ev, hits) -> {
            String form = ev.form();
            if (form == null || forms.contains(form)) {
                return;
            }
            for (EventView.Match m : ev.find(field)) {
                if (m.value() instanceof String s && s.toLowerCase(Locale.ROOT).contains(needle)) {
                    hits.accept(new Hit(m.path(), Values.of("noi_dung", s, "hinh_thuc", Values.formName(form))));
                }
            }
        };
    }
}
