package vn.vanban.template.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.event.EventFile;
import vn.vanban.event.PartialDate;
import vn.vanban.text.Nd30Format;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

/**
 * Turns a validated event file into what a template sees: plain maps, lists and values, with the
 * ND30 forms computed once (số line, date line, signing lines, punctuation of lists).
 *
 * <p>Names in the model are the event file's keys; computed values are added beside them:
 * {@code vb.so_ky_hieu}, {@code vb.dia_danh_ngay}, {@code vb.dong_ky}, {@code su_kien.lan_thu_la_ma} …
 */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    /** A place at the end of a chủ quản line: "UBND TỈNH PHÚ THỌ" ends with "TỈNH PHÚ THỌ". */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            "(?:^| )((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) .+)$");

    /**
     * The agency's name as the header prints it when the file gives no {@code ten_in_hoa}: its name
     * in capitals, without a place its chủ quản line already names, as ND30's examples print a
     * body under its governing one ("Sở Nội vụ tỉnh Phú Thọ" under "UBND TỈNH PHÚ THỌ": SỞ NỘI VỤ).
     */
    static String headerName(String name, Object parentLines) {
        String upper = VietnameseCase.upper(name);
        if (!(parentLines instanceof List<?> lines) || lines.isEmpty() || !(lines.get(lines.size() - 1) instanceof String last)) {
            return upper;
        }
        java.util.regex.Matcher m = PLACE.matcher(VietnameseCase.upper(last).strip());
        if (m.find()) {
            String place = " " + m.group(1);
            if (upper.endsWith(place) && upper.length() > place.length()) {
                return upper.substring(0, upper.length() - place.length()).strip();
            }
        }
        return upper;
    }

    /** The model for one document of the file. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> build(EventFile ev, EventFile.DocumentSpec doc) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> data = (Map<String, Object>) plain(ev.data());
        Map<String, Object> coQuan = (Map<String, Object>) data.get("co_quan");
        Map<String, Object> suKien = (Map<String, Object>) data.get("su_kien");
        Map<String, Object> vb = (Map<String, Object>) plain(doc.data());

        coQuan.putIfAbsent("ten_in_hoa", List.of(headerName((String) coQuan.get("ten"), coQuan.get("chu_quan"))));
        coQuan.putIfAbsent("chu_quan", List.of());

        Map<String, Object> period = (Map<String, Object>) suKien.get("giai_doan");
        int from = (Integer) period.get("tu");
        int to = (Integer) period.get("den");
        int length = to - from;
        period.put("chu", from + " - " + to);
        period.put("truoc", (from - length) + " - " + from);
        period.put("so_nam", length);
        if (suKien.get("lan_thu") instanceof Integer n) {
            suKien.put("lan_thu_la_ma", Numerals.roman(n));
            if (n > 1) {
                suKien.put("lan_truoc_la_ma", Numerals.roman(n - 1));
            }
        }
        suKien.putIfAbsent("ten", eventName(suKien));
        if (ev.congress() != null) {
            KitViews.add(ev.congress(), suKien, root);
        }
        if (data.get("ket_qua") instanceof Map<?, ?> raw && root.get("ket_qua") instanceof Map<?, ?> results && raw.get("danh_gia") != null) {
            ((Map<String, Object>) results).put("danh_gia", raw.get("danh_gia"));
        }
        Map<String, Object> joint = (Map<String, Object>) data.get("co_quan_phoi_hop");
        if (joint != null) {
            joint.putIfAbsent("ten_in_hoa", List.of(headerName((String) joint.get("ten"), joint.get("chu_quan"))));
            joint.putIfAbsent("chu_quan", List.of());
            joint.put("dong_ky", signingLines((Map<String, Object>) joint.get("nguoi_ky")));
            root.put("phoi_hop", joint);
        }
        if (doc.item() >= 0 && root.get("de_nghi") instanceof Map<?, ?> proposals) {
            vb.put("de_nghi", ((List<?>) proposals.get("ds")).get(doc.item()));
            vb.put("de_nghi_goc", ((List<?>) data.get("de_nghi_khen_thuong")).get(doc.item()));
        }
        if (!vb.containsKey("nguoi_ky")) {
            vb.put("nguoi_ky", defaultSigner(data, coQuan));
        }
        if (!vb.containsKey("kinh_gui") && coQuan.get("cap_tren") instanceof String up) {
            vb.put("kinh_gui", List.of(up));
        }
        if (vb.get("kinh_gui") instanceof List<?> addressees && addressees.size() > 1) {
            vb.put("kinh_gui", punctuate((List<String>) addressees));
        }
        Map<String, Object> own = new LinkedHashMap<>();
        for (Object o : (List<Object>) vb.getOrDefault("muc_rieng", List.of())) {
            own.put((String) ((Map<String, Object>) o).get("ma"), o);
        }
        vb.put("rieng", own);

        String symbol = joint == null ? doc.kind().abbreviation() + "-" + ev.issuer().abbreviation()
                : doc.kind().abbreviation() + "LT-" + ev.issuer().abbreviation() + "-" + joint.get("viet_tat");
        vb.put("ten_loai", doc.kind().typeName());
        vb.put("ten_loai_thuong", doc.kind().inText());
        vb.put("ky_hieu", symbol);
        vb.put("so_ky_hieu", Nd30Format.number(doc.number(), symbol));
        PartialDate d = doc.date();
        vb.put("dia_danh_ngay", ev.issuer().place() + ", " + dateLine(d));
        vb.put("ngay", dateLine(d));
        vb.put("trich_dan", doc.kind().inText() + " số " + Nd30Format.numberAndSymbol(doc.number(), symbol)
                + " " + dateLine(d) + " của " + ev.issuer().name());
        vb.put("dong_ky", signingLines((Map<String, Object>) vb.get("nguoi_ky")));
        if (vb.get("noi_nhan") instanceof List<?> recipients) {
            vb.put("noi_nhan", punctuate((List<String>) recipients));
        }
        if (vb.get("can_cu") instanceof List<?> basis) {
            vb.put("can_cu", punctuate((List<String>) basis));
        }
        root.put("co_quan", coQuan);
        root.put("su_kien", suKien);
        root.put("cai_dat", data.getOrDefault("cai_dat", Map.of()));
        root.put("vb", vb);
        root.putAll(Functions.all());
        return root;
    }

    /** co_quan.nguoi_ky, else the first listed document's signer (a vanban: 1 file in the kit). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaultSigner(Map<String, Object> data, Map<String, Object> coQuan) {
        if (coQuan.get("nguoi_ky") instanceof Map<?, ?> s) {
            return (Map<String, Object>) s;
        }
        for (Object d : (List<Object>) data.getOrDefault("van_ban", List.of())) {
            if (((Map<String, Object>) d).get("nguoi_ky") instanceof Map<?, ?> s) {
                return (Map<String, Object>) s;
            }
        }
        return Map.of();
    }

    /** "Hội nghị điển hình tiên tiến Sở Nội vụ tỉnh Phú Thọ lần thứ II": form, unit, ordinal in Roman. */
    static String eventName(Map<String, Object> event) {
        String name = event.get("hinh_thuc") + " " + event.get("don_vi");
        return event.get("lan_thu_la_ma") instanceof String roman ? name + " lần thứ " + roman : name;
    }

    /** "ngày 08 tháng 10 năm 2024", with blanks for what a draft leaves out. */
    static String dateLine(PartialDate d) {
        return d.isComplete() ? Nd30Format.date(d.anchor()) : Nd30Format.partialDate(d.day(), d.month(), d.year());
    }

    /** The authority lines of nd30.md §1.6: TM. body / KT. head / own post. */
    static List<String> signingLines(Map<String, Object> s) {
        List<String> lines = new ArrayList<>();
        if (s.get("thay_mat") instanceof String body) {
            lines.add("TM. " + VietnameseCase.upper(body));
        }
        if (s.get("hinh_thuc") instanceof String form) {
            lines.add(form + ". " + VietnameseCase.upper((String) s.get("thu_truong")));
        }
        if (s.get("chuc_vu") instanceof String post) {
            lines.add(VietnameseCase.upper(post));
        }
        return lines;
    }

    /** Each item ends with ";" and the last with "." (nd30.md §1.3 căn cứ, §1.7 Nơi nhận). */
    static List<String> punctuate(List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String s = items.get(i).strip();
            while (!s.isEmpty() && ";.,".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
            }
            out.add(s + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** A deep copy in which dates become maps a template can use. */
    static Object plain(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, plain(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (o instanceof PartialDate d) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nam", d.year());
            if (d.month() != null) {
                out.put("thang", d.month());
            }
            if (d.day() != null) {
                out.put("ngay", d.day());
                out.put("ngan", Nd30Format.shortDate(d.anchor()));
            }
            out.put("dong", dateLine(d));
            return out;
        }
        return o;
    }
}
