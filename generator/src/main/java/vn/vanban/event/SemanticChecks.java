package vn.vanban.event;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.exceptions.Mark;

/** Rules that tie fields together, checked once every field is valid on its own. */
final class SemanticChecks {
    private SemanticChecks() {
    }

    @SuppressWarnings("unchecked")
    static void check(Path file, Map<String, Object> data, Map<String, Mark> pos, List<Problem> errors) {
        Map<String, Object> event = (Map<String, Object>) data.get("su_kien");
        int version = data.get("vanban") instanceof Integer v ? v : 1;
        boolean formKnown = event.containsKey("hinh_thuc") || version >= 2;
        if (!event.containsKey("ten") && !(formKnown && event.containsKey("don_vi"))) {
            add(file, pos, "su_kien.ten", "is missing", version >= 2
                    ? "Write the unit in the event's name (don_vi:, e.g. xã Tân Hợp) and vanban composes the name with the form and lan_thu; or write ten: in full."
                    : "Write the event's name (ten:), or its form and unit (hinh_thuc: and don_vi:) and vanban composes it with lan_thu.", errors);
        }
        Map<String, Object> issuer = (Map<String, Object>) data.get("co_quan");
        if (version < 2 && !data.containsKey("van_ban")) {
            add(file, pos, "van_ban", "is missing", "List the documents to make under van_ban:, or write vanban: 2 and the kit makes every document the facts call for.", errors);
        }
        if ((data.containsKey("ket_qua") || data.containsKey("de_nghi_khen_thuong")) && !issuer.containsKey("cap_tren") && version >= 2) {
            add(file, pos, "co_quan.cap_tren", "is missing: the Báo cáo and the Tờ trình need it for their Kính gửi",
                    "Write the body they go to, e.g. cap_tren: Ủy ban nhân dân tỉnh Lào Cai.", errors);
        }
        if (issuer.get("nguoi_ky") instanceof Map<?, ?> signer) {
            checkSigner(file, pos, "co_quan.nguoi_ky", (Map<String, Object>) signer, errors);
        }
        if (data.get("co_quan_phoi_hop") instanceof Map<?, ?> joint && joint.get("nguoi_ky") instanceof Map<?, ?> signer) {
            checkSigner(file, pos, "co_quan_phoi_hop.nguoi_ky", (Map<String, Object>) signer, errors);
        }
        if (event.get("dai_bieu") instanceof Map<?, ?> delegates) {
            checkDelegates(file, pos, (Map<String, Object>) delegates, errors);
        }
        Map<String, Object> period = (Map<String, Object>) event.get("giai_doan");
        if ((Integer) period.get("den") <= (Integer) period.get("tu")) {
            add(file, pos, "su_kien.giai_doan.den", "must come after tu", "A period runs forward, e.g. {tu: 2025, den: 2030}.", errors);
        }
        List<Object> docs = (List<Object>) data.getOrDefault("van_ban", List.of());
        if (version >= 2 && !issuer.containsKey("nguoi_ky") && (docs.isEmpty() || docs.stream().anyMatch(d -> !((Map<?, ?>) d).containsKey("nguoi_ky")))) {
            add(file, pos, "co_quan.nguoi_ky", "is missing: the documents the kit makes need a signer",
                    "Write the default signer under co_quan, e.g. nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: …}.", errors);
        }
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> d = (Map<String, Object>) docs.get(i);
            String p = "van_ban[" + i + "]";
            PartialDate date = (PartialDate) d.get("ngay");
            if (d.get("so") != null && date != null && !date.isComplete()) {
                add(file, pos, p + ".ngay", "a numbered document needs its full date",
                        "Write the day too (DD/MM/YYYY), or leave out so: while the document is a draft.", errors);
            }
            if (d.get("nguoi_ky") instanceof Map<?, ?> signer) {
                checkSigner(file, pos, p + ".nguoi_ky", (Map<String, Object>) signer, errors);
            }
        }
    }

    /**
     * What a vanban: 1 file must have that a vanban: 2 file may leave to defaults: checked even when
     * other fields are wrong, so a misspelt key is reported with the missing one.
     */
    @SuppressWarnings("unchecked")
    static void checkVersionRequired(Path file, Map<String, Object> data, Map<String, Mark> pos, List<Problem> errors) {
        int version = data.get("vanban") instanceof Integer v ? v : 1;
        if (version >= 2 || !(data.get("van_ban") instanceof List<?> docs)) {
            return;
        }
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) instanceof Map<?, ?> d) {
                for (String key : List.of("ngay", "nguoi_ky", "noi_nhan")) {
                    String field = "van_ban[" + i + "]." + key;
                    boolean reported = errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
                    if (!d.containsKey(key) && !reported) {
                        add(file, pos, field, "is missing", "Add " + key + ": to this document (vanban: 1 needs it; vanban: 2 has defaults).", errors);
                    }
                }
            }
        }
    }

    private static void checkDelegates(Path file, Map<String, Mark> pos, Map<String, Object> d, List<Problem> errors) {
        Integer max = (Integer) d.get("toi_da");
        if (d.get("du_kien") instanceof Integer planned && planned > max) {
            add(file, pos, "su_kien.dai_bieu.du_kien", planned + " delegates planned, more than toi_da " + max,
                    "Plan at most " + max + " delegates, or raise toi_da if the plan allows it.", errors);
        }
        if (d.get("ty_le_dien_hinh") instanceof Integer a && d.get("ty_le_khach_moi") instanceof Integer b && a + b != 100) {
            add(file, pos, "su_kien.dai_bieu.ty_le_khach_moi", "the shares add up to " + (a + b) + " %, not 100 %",
                    "ty_le_dien_hinh and ty_le_khach_moi split the delegates: e.g. 70 and 30.", errors);
        }
    }

    private static void checkSigner(Path file, Map<String, Mark> pos, String p, Map<String, Object> s, List<Problem> errors) {
        String form = (String) s.get("hinh_thuc");
        boolean head = s.get("thu_truong") != null;
        boolean post = s.get("chuc_vu") != null;
        if (form == null) {
            if (head) {
                add(file, pos, p + ".thu_truong", "is only used with hinh_thuc (KT, Q, TL, TUQ)",
                        "When the head signs, write the post in chuc_vu and leave out thu_truong.", errors);
            } else if (!post) {
                add(file, pos, p + ".chuc_vu", "is missing", "Write the signer's post, e.g. chuc_vu: CHỦ TỊCH.", errors);
            }
        } else if (form.equals("Q")) {
            if (!head) {
                add(file, pos, p + ".thu_truong", "is missing", "Q. (quyền) goes before the head's title: thu_truong: GIÁM ĐỐC prints \"Q. GIÁM ĐỐC\".", errors);
            }
        } else {
            if (!head) {
                add(file, pos, p + ".thu_truong", "is missing", form + ". goes before the head's title, e.g. thu_truong: CHỦ TỊCH prints \"" + form + ". CHỦ TỊCH\".", errors);
            }
            if (!post) {
                add(file, pos, p + ".chuc_vu", "is missing", "Write the signer's own post under " + form + ".: e.g. chuc_vu: PHÓ CHỦ TỊCH.", errors);
            }
        }
    }

    private static void add(Path file, Map<String, Mark> pos, String field, String message, String hint, List<Problem> errors) {
        Mark m = pos.get(field);
        if (m == null) {
            m = pos.get(field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "");
        }
        errors.add(new Problem(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, field, message, hint));
    }
}
