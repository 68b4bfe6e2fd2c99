package vn.vanban.render.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.vanban.event.Delegate;
import vn.vanban.event.EventFile;
import vn.vanban.event.PartialDate;
import vn.vanban.event.Problem;
import vn.vanban.event.schema.PrintFields;
import vn.vanban.render.print.internal.Lengths;
import vn.vanban.render.print.internal.SourcePositions;
import vn.vanban.text.Nd30Format;
import vn.vanban.text.Numerals;

/**
 * Builds a {@link PrintJob} from a validated event file: the title stack from {@code co_quan} and
 * {@code su_kien}, the people from {@code su_kien.doan_chu_tich} and
 * {@code su_kien.dai_bieu.danh_sach}, and the items, sizes and colours from {@code in_an}.
 *
 * <pre>{@code
 * PrintJob job = EventPrintJob.from(EventReader.read(Path.of("examples/binh-phuoc-2025.yaml")));
 * }</pre>
 *
 * <p>Defaults (sizes, bleed, colours) are customs of print shops, not law (nd30.md §6).
 */
public final class EventPrintJob {
    private EventPrintJob() {
    }

    /** The job, or a {@link PrintException} naming the key ({@link PrintException#field()}) and what to write. */
    public static PrintJob from(EventFile ev) throws PrintException {
        // The typed congress holds the event file's delegates and a workbook's (su_kien.dai_bieu.tep).
        return from(ev.data(), ev.congress() == null ? List.of() : ev.congress().delegates());
    }

    /** As {@link #from(EventFile)}, from the plain value tree. */
    public static PrintJob from(Map<String, Object> data) throws PrintException {
        return from(data, List.of());
    }

    /**
     * As {@link #from(Map)}, with delegates read elsewhere (a delegate workbook,
     * {@code su_kien.dai_bieu.tep}) printed after those of the event file.
     */
    public static PrintJob from(Map<String, Object> data, List<Delegate> more) throws PrintException {
        Map<String, Object> in = map(data, "in_an");
        Map<String, Object> event = map(data, "su_kien");
        EventTitle title = title(data, in);
        List<CardHolder> cards = people(event);
        Set<String> listed = new HashSet<>();
        cards.forEach(c -> listed.add(c.name()));
        for (Delegate d : more) {
            if (listed.add(d.name())) {
                cards.add(new CardHolder(d.name(), d.group().cardLabel, detail(d.position(), d.unit())));
            }
        }
        Palette palette = palette(map(in, "mau"));
        double large = length(in, "tran_le", "lon", PrintJob.LARGE_BLEED_MM, 0, 50);
        double sheet = length(in, "tran_le", "to", PrintJob.SHEET_BLEED_MM, 0, 20);
        boolean province = "tinh".equals(event.get("cap"));
        List<String> wanted = in.get("muc") instanceof List<?> l ? strings(l) : null;
        List<PrintItem> items = new ArrayList<>();
        for (String key : PrintFields.ITEMS) {
            if (wanted != null && !wanted.contains(key)) {
                continue;
            }
            switch (key) {
                case "phong" -> items.add(new PrintItem.Backdrop(length(in, "phong", "rong", province ? 12_000 : 8_000, 1, PrintItem.MAX_MM),
                        length(in, "phong", "cao", province ? 4_000 : 3_000, 1, PrintItem.MAX_MM)));
                case "bang_ron" -> items.add(new PrintItem.Banner("bang-ron", bannerW(in), bannerH(in), welcome(in, title)));
                case "khau_hieu" -> {
                    List<String> slogans = in.get("khau_hieu") instanceof List<?> l ? strings(l) : List.of();
                    if (slogans.isEmpty() && wanted != null) {
                        throw new PrintException("in_an.muc", "khau_hieu is listed but in_an.khau_hieu has no slogans: add them, or drop khau_hieu from in_an.muc");
                    }
                    for (int i = 0; i < slogans.size(); i++) {
                        items.add(new PrintItem.Banner("khau-hieu-" + (i + 1), bannerW(in), bannerH(in), slogans.get(i)));
                    }
                }
                case "tieu_de" -> items.add(new PrintItem.StageTitle(length(in, "tieu_de", "rong", 6_000, 1, PrintItem.MAX_MM),
                        length(in, "tieu_de", "cao", 1_200, 1, PrintItem.MAX_MM)));
                case "bia" -> items.add(new PrintItem.FolderCover(210, 297));
                case "the_ten" -> {
                    if (!cards.isEmpty() || wanted != null) {
                        items.add(new PrintItem.NameCards(sheet(in, "the_ten"), length(in, "the_ten", "rong", 180, 20, 400),
                                length(in, "the_ten", "cao", 60, 20, 400)));
                    }
                }
                case "the_deo" -> {
                    if (!cards.isEmpty() || wanted != null) {
                        items.add(new PrintItem.Badges(sheet(in, "the_deo"), length(in, "the_deo", "rong", 85, 20, 400),
                                length(in, "the_deo", "cao", 120, 20, 400)));
                    }
                }
                default -> throw new IllegalStateException(key);
            }
        }
        return new PrintJob(title, items, cards, palette, large, sheet);
    }

    /** The problem to print for an exception from {@link #from} or the renderer: the file, line, key and message. */
    public static Problem problem(Path file, PrintException e) {
        int[] lc = e.field().isEmpty() ? new int[] {0, 0} : SourcePositions.of(file).find(e.field());
        return new Problem(file, lc[0], lc[1], e.field(), e.getMessage(), "");
    }

    // ---- title -------------------------------------------------------------------------------

    private static EventTitle title(Map<String, Object> data, Map<String, Object> in) throws PrintException {
        Map<String, Object> event = map(data, "su_kien");
        Map<String, Object> issuer = map(data, "co_quan");
        String name = text(event, "ten");
        if (name == null && event.get("ten") instanceof String) {
            throw new PrintException("su_kien.ten", "the event's name is empty: every print item shows it; write it, or leave out ten:"
                    + " and give hinh_thuc and don_vi so that vanban composes it");
        }
        Integer ordinal = event.get("lan_thu") instanceof Integer i ? i : null;
        if (name == null) {
            String form = text(event, "hinh_thuc");
            if (form == null) {
                form = isConference(event) ? "Hội nghị điển hình tiên tiến" : "Đại hội Thi đua yêu nước";
            }
            String unit = text(event, "don_vi");
            name = form + (unit == null ? "" : " " + unit);
            if (ordinal != null) {
                name += " lần thứ " + Numerals.roman(ordinal);
            }
        } else if (ordinal != null && !name.toLowerCase(Locale.ROOT).contains("lần thứ")) {
            name += " lần thứ " + Numerals.roman(ordinal);
        }
        if (name.isBlank()) {
            throw new PrintException("su_kien.ten", "the event's name is empty: every print item shows it; write su_kien.ten");
        }
        String period = "";
        if (event.get("giai_doan") instanceof Map<?, ?> p && p.get("tu") instanceof Integer from && p.get("den") instanceof Integer to) {
            // A name typed with its period ("…, giai đoạn 2025 - 2030") is not given a second one.
            if (!name.contains(String.valueOf(from))) {
                period = "giai_doan".equals(in.get("kieu_giai_doan")) ? "giai đoạn " + from + " - " + to : "(" + from + " - " + to + ")";
            }
        }
        List<String> organiser = new ArrayList<>();
        String org = text(in, "to_chuc");
        if (org == null) {
            org = text(issuer, "ten");
        }
        if (org != null) {
            organiser.add(org);
        }
        return new EventTitle(organiser, name, period, text(in, "chu_de"), placeDate(issuer, event));
    }

    private static boolean isConference(Map<String, Object> event) {
        Object form = event.get("hinh_thuc_loai");
        if (form != null) {
            return "hoi_nghi".equals(form);
        }
        return !("tinh".equals(event.get("cap")) || "huyen".equals(event.get("cap")));
    }

    private static String placeDate(Map<String, Object> issuer, Map<String, Object> event) {
        String place = text(issuer, "dia_danh");
        if (place == null || !(event.get("ngay") instanceof PartialDate d)) {
            return "";
        }
        if (d.isComplete()) {
            return Nd30Format.placeDate(place, d.toLocalDate().orElseThrow());
        }
        // An undecided day is left out on a backdrop: blanks to fill by hand make no sense on vinyl.
        return place + ", " + (d.month() == null ? "" : "tháng " + d.month() + " ") + "năm " + d.year();
    }

    private static String welcome(Map<String, Object> in, EventTitle t) {
        String custom = text(map(in, "bang_ron"), "noi_dung");
        if (custom != null) {
            return custom;
        }
        String period = t.period().startsWith("(") ? ", giai đoạn " + t.period().substring(1, t.period().length() - 1) : t.period().isEmpty() ? "" : ", " + t.period();
        return "Nhiệt liệt chào mừng " + t.name() + period;
    }

    // ---- people ------------------------------------------------------------------------------

    /** The Đoàn Chủ tịch first, then the delegates; a presidium member listed as a delegate too is printed once, as ĐOÀN CHỦ TỊCH. */
    private static List<CardHolder> people(Map<String, Object> event) {
        List<CardHolder> cards = new ArrayList<>();
        Set<String> presidium = new LinkedHashSet<>();
        if (event.get("doan_chu_tich") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m && m.get("ho_ten") instanceof String name) {
                    CardHolder h = new CardHolder(name, "ĐOÀN CHỦ TỊCH", m.get("chuc_vu") instanceof String s ? s : "");
                    cards.add(h);
                    presidium.add(name);
                }
            }
        }
        if (map(event, "dai_bieu").get("danh_sach") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m && m.get("ho_ten") instanceof String name) {
                    String label = "khach_moi".equals(m.get("nhom")) ? "KHÁCH MỜI" : "ĐẠI BIỂU";
                    String detail = detail(m.get("chuc_vu") instanceof String s ? s : null, m.get("don_vi") instanceof String s ? s : null);
                    if (!presidium.contains(name)) {
                        cards.add(new CardHolder(name, label, detail));
                    }
                }
            }
        }
        return cards;
    }

    /** "Chức vụ, đơn vị", either alone, or empty. */
    private static String detail(String post, String unit) {
        post = post == null ? "" : post.strip();
        unit = unit == null ? "" : unit.strip();
        return post.isEmpty() ? unit : unit.isEmpty() ? post : post + ", " + unit;
    }

    // ---- values ------------------------------------------------------------------------------

    private static Palette palette(Map<String, Object> m) throws PrintException {
        Palette d = Palette.DEFAULT;
        return new Palette(color(m, "nen", d.background()), color(m, "chu", d.text()), color(m, "nen_the", d.card()),
                color(m, "chu_the", d.cardText()));
    }

    private static Cmyk color(Map<String, Object> m, String key, Cmyk dflt) throws PrintException {
        String s = text(m, key);
        if (s == null) {
            return dflt;
        }
        try {
            return Lengths.cmyk(s);
        } catch (IllegalArgumentException e) {
            throw new PrintException("in_an.mau." + key, e.getMessage());
        }
    }

    private static double bannerW(Map<String, Object> in) throws PrintException {
        return length(in, "bang_ron", "rong", 6_000, 1, PrintItem.MAX_MM);
    }

    private static double bannerH(Map<String, Object> in) throws PrintException {
        return length(in, "bang_ron", "cao", 800, 1, PrintItem.MAX_MM);
    }

    private static PrintItem.Sheet sheet(Map<String, Object> in, String item) {
        return "A3".equals(map(in, item).get("kho")) ? PrintItem.Sheet.A3 : PrintItem.Sheet.A4;
    }

    /** A size in mm from {@code in_an.group.key}, within [min, max] mm. */
    private static double length(Map<String, Object> in, String group, String key, double dflt, double min, double max)
            throws PrintException {
        String field = "in_an." + group + "." + key;
        String s = text(map(in, group), key);
        if (s == null) {
            return dflt;
        }
        double mm;
        try {
            mm = Lengths.mm(s);
        } catch (IllegalArgumentException e) {
            throw new PrintException(field, e.getMessage());
        }
        if (mm < min || mm > max || (min > 0 && mm <= 0)) {
            throw new PrintException(field, String.format(Locale.ROOT, "%s is out of range: %s must be %s to %s", s.strip(), field,
                    human(min), human(max)) + (mm <= 0 ? " (a size must be more than zero)" : "")
                    + "; write e.g. " + human(dflt));
        }
        return mm;
    }

    private static String human(double mm) {
        if (mm >= 1000) {
            return (mm % 1000 == 0 ? String.valueOf((long) (mm / 1000)) : String.valueOf(mm / 1000).replace('.', ',')) + " m";
        }
        return (mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm)) + " mm";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return m != null && m.get(key) instanceof Map<?, ?> x ? (Map<String, Object>) x : Map.of();
    }

    private static String text(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static List<String> strings(List<?> l) {
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }
}
