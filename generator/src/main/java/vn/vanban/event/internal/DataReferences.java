package vn.vanban.event.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.exceptions.Mark;

import vn.vanban.event.Problem;

/**
 * Parts of an event file that need other parts: an outline item written from the event data
 * ({@code tu_dong: dai_bieu}) needs that data, a phụ lục needs a standard text or a title. Caught here, they
 * are the user's to fix with the line of the field; left to the templates, they read as a template's fault.
 *
 * <pre>{@code
 * DataReferences.check(path, data, validator.positions(), errors);
 * }</pre>
 */
public final class DataReferences {
    private DataReferences() {
    }

    /** Adds a problem for each reference that leads nowhere. */
    @SuppressWarnings("unchecked")
    public static void check(Path file, Map<String, Object> data, Map<String, Mark> pos, List<Problem> errors) {
        Map<String, Object> event = (Map<String, Object>) data.getOrDefault("su_kien", Map.of());
        List<Object> docs = (List<Object>) data.getOrDefault("van_ban", List.of());
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> d = (Map<String, Object>) docs.get(i);
            String p = "van_ban[" + i + "]";
            outline(file, event, d.get("noi_dung"), p + ".noi_dung", pos, errors);
            if (d.get("phu_luc") instanceof List<?> appendices) {
                for (int k = 0; k < appendices.size(); k++) {
                    Map<String, Object> a = (Map<String, Object>) appendices.get(k);
                    String ap = p + ".phu_luc[" + k + "]";
                    if (a.get("mau") == null && a.get("tieu_de") == null) {
                        add(file, pos, ap, "a phụ lục needs mau: (a standard text) or tieu_de: (its title)",
                                "Write mau: de_cuong for the standard đề cương, or give the title: tieu_de: [PHỤ LỤC …].", errors);
                    }
                    outline(file, event, a.get("noi_dung"), ap + ".noi_dung", pos, errors);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void outline(Path file, Map<String, Object> event, Object nodes, String path, Map<String, Mark> pos, List<Problem> errors) {
        if (!(nodes instanceof List<?> list)) {
            return;
        }
        for (int j = 0; j < list.size(); j++) {
            Map<String, Object> node = (Map<String, Object>) list.get(j);
            String np = path + "[" + j + "]";
            Object auto = node.get("tu_dong");
            if ("dai_bieu".equals(auto) && event.get("dai_bieu") == null) {
                add(file, pos, np + ".tu_dong", "dai_bieu writes the delegate numbers, but su_kien.dai_bieu is missing",
                        "Add su_kien.dai_bieu: {toi_da: 200, ty_le_dien_hinh: 70, ty_le_khach_moi: 30}, or remove tu_dong.", errors);
            }
            if ("chuong_trinh".equals(auto) && event.get("chuong_trinh") == null) {
                add(file, pos, np + ".tu_dong", "chuong_trinh writes the agenda, but su_kien.chuong_trinh is missing",
                        "Add su_kien.chuong_trinh: with one - noi_dung: … per agenda item, or remove tu_dong.", errors);
            }
            outline(file, event, node.get("con"), np + ".con", pos, errors);
        }
    }

    private static void add(Path file, Map<String, Mark> pos, String field, String message, String hint, List<Problem> errors) {
        Mark m = pos.get(field);
        if (m == null && field.contains(".")) {
            m = pos.get(field.substring(0, field.lastIndexOf('.')));
        }
        errors.add(new Problem(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, field, message, hint));
    }
}
