package vn.vanban.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One rule of a rule set, as its YAML states it.
 *
 * <pre>{@code
 * - id: kh293.dai-bieu.toi-da
 *   kieu: toi_da
 *   thong_diep: "Sự kiện cấp {cap} có {gia_tri} đại biểu, vượt mức tối đa {gioi_han} đại biểu."
 *   cap: [xa, huyen, so_nganh, tinh]
 *   tham_so: {truong: su_kien.dai_bieu.toi_da, theo_cap: {xa: 200, huyen: 300, so_nganh: 300, tinh: 500}}
 *   nguon: Kế hoạch 293/KH-UBND, mục II.3
 *   cach_sua: Giảm số đại biểu xuống tối đa {gioi_han}.
 * }</pre>
 *
 * @param id      unique id, e.g. {@code nd30.ky.kt-cap-pho}
 * @param kind    the rule kind ({@code kieu}), one of the vocabulary {@code vanban check --list-kinds} prints
 * @param message the Vietnamese message with {placeholders}
 * @param levels  the event levels it applies to ({@code cap}); empty for all
 * @param forms   the event forms it applies to ({@code hinh_thuc}: dai_hoi, hoi_nghi); empty for all
 * @param when    a further condition ({@code khi: {truong: [su_kien.don_vi, su_kien.ten], chua: Đồng Xoài}}): the
 *                rule applies only when one of those fields contains that text (case aside); null for always
 * @param params  the kind's parameters ({@code tham_so})
 * @param source  where the rule comes from ({@code nguon})
 * @param fix     what to do ({@code cach_sua}), with {placeholders}
 * @param file    the rule set file, or null for a bundled set
 * @param line    the rule's line in that file
 */
public record Rule(String id, String kind, String message, List<String> levels, List<String> forms, Condition when,
                   Map<String, Object> params, String source, String fix, Path file, int line) {

    /**
     * A rule's {@code khi:}: it applies only when one of the fields contains the text.
     *
     * @param fields   field paths, e.g. {@code su_kien.don_vi}
     * @param contains the text, compared without regard to case
     */
    public record Condition(List<String> fields, String contains) {
    }
}
