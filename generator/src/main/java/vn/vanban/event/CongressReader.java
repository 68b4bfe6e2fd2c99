package vn.vanban.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.event.Congress.AgendaItem;
import vn.vanban.event.Congress.AwardCount;
import vn.vanban.event.Congress.Council;
import vn.vanban.event.Congress.Form;
import vn.vanban.event.Congress.Level;
import vn.vanban.event.Congress.Member;
import vn.vanban.event.Congress.Proposal;
import vn.vanban.event.Congress.Results;
import vn.vanban.event.Congress.Session;

/**
 * Types the validated tree of an event file into a {@link Congress}, checking what ties fields
 * together (times, votes, the form): every problem with the file, line and field.
 */
final class CongressReader {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?::|h|giờ)\\s*(\\d{2})?\\s*(?:phút)?");

    private final Path file;
    private final Map<String, EventFile.Position> pos;
    private final List<Problem> errors;

    private CongressReader(Path file, Map<String, EventFile.Position> pos, List<Problem> errors) {
        this.file = file;
        this.pos = pos;
        this.errors = errors;
    }

    /** The congress, or null with the problems added to {@code errors}. */
    static Congress read(Path file, Map<String, Object> data, Map<String, EventFile.Position> pos, List<Problem> errors) {
        return new CongressReader(file, pos, errors).congress(data);
    }

    @SuppressWarnings("unchecked")
    private Congress congress(Map<String, Object> data) {
        int version = data.get("vanban") instanceof Integer v ? v : 1;
        Map<String, Object> ev = (Map<String, Object>) data.get("su_kien");
        Level level = Level.of((String) ev.get("cap"));
        Form form = form(ev, level);
        Map<String, Object> period = (Map<String, Object>) ev.get("giai_doan");
        Map<String, Object> numbers = map(ev.get("dai_bieu"));
        List<Delegate> delegates = new ArrayList<>();
        List<Object> list = list(numbers.get("danh_sach"));
        for (int i = 0; i < list.size(); i++) {
            delegates.add(delegate((Map<String, Object>) list.get(i)));
        }
        if (numbers.get("tep") instanceof String workbook) {
            // The delegate workbook, beside the event file; its problems name sheet, row and column.
            Path book = file.toAbsolutePath().resolveSibling(workbook).normalize();
            try {
                delegates.addAll(vn.vanban.event.delegates.DelegateWorkbook.read(book));
            } catch (vn.vanban.event.delegates.DelegateWorkbookException e) {
                for (var problem : e.problems()) {
                    add("su_kien.dai_bieu.tep", problem.format(),
                            "Correct the workbook (./vanban delegates --check " + workbook + " lists every problem) and run again.");
                }
            }
        }
        List<AgendaItem> agenda = agenda(ev, form, version);
        Council council = council(map(data.get("hoi_dong")), data.containsKey("hoi_dong"), ev);
        List<Proposal> proposals = new ArrayList<>();
        List<Object> ps = list(data.get("de_nghi_khen_thuong"));
        for (int i = 0; i < ps.size(); i++) {
            proposals.add(proposal((Map<String, Object>) ps.get(i), i, council));
        }
        List<AwardCount> periodAwards = new ArrayList<>();
        for (Object o : list(ev.get("khen_thuong_giai_doan"))) {
            Map<String, Object> m = (Map<String, Object>) o;
            periodAwards.add(new AwardCount((Integer) m.get("nam"), (String) m.get("hinh_thuc"), intOr(m.get("tap_the")), intOr(m.get("ca_nhan"))));
        }
        PartialDate deadline = (PartialDate) ev.get("han_nop");
        return new Congress(level, form, name(ev, form), (Integer) ev.get("lan_thu"), (Integer) period.get("tu"), (Integer) period.get("den"),
                (PartialDate) ev.get("ngay"), time(ev.get("gio"), "su_kien.gio"), (String) ev.get("dia_diem"),
                (String) ev.getOrDefault("thoi_luong", "½ ngày"), (Integer) ev.get("so_lao_dong"), (String) ev.get("dai_hoi_cap_tren"),
                deadline == null ? null : deadline.anchor(), delegates, agenda, members(ev.get("doan_chu_tich")),
                members(ev.get("doan_thu_ky")), periodAwards, council, proposals, results(data.get("ket_qua")),
                (List<String>) (List<?>) list(data.get("quy_tac")));
    }

    /** su_kien.ten, or the form, the unit and the ordinal in Roman: "Hội nghị điển hình tiên tiến xã Tân Hợp lần thứ I". */
    static String name(Map<String, Object> ev, Form form) {
        if (ev.get("ten") instanceof String t) {
            return t;
        }
        String name = ev.getOrDefault("hinh_thuc", form.defaultName) + " " + ev.get("don_vi");
        return ev.get("lan_thu") instanceof Integer n ? name + " lần thứ " + vn.vanban.text.Numerals.roman(n) : name;
    }

    /** The form: hinh_thuc_loai, else from hinh_thuc's first words, else from the level. */
    private Form form(Map<String, Object> ev, Level level) {
        Form fromText = null;
        if (ev.get("hinh_thuc") instanceof String t) {
            fromText = t.strip().toLowerCase(Locale.ROOT).startsWith("đại hội") ? Form.DAI_HOI : Form.HOI_NGHI;
        } else if (ev.get("ten") instanceof String t) {
            fromText = t.strip().toLowerCase(Locale.ROOT).startsWith("đại hội") ? Form.DAI_HOI
                    : t.strip().toLowerCase(Locale.ROOT).startsWith("hội nghị") ? Form.HOI_NGHI : null;
        }
        if (ev.get("hinh_thuc_loai") instanceof String k) {
            Form given = k.equals("dai_hoi") ? Form.DAI_HOI : Form.HOI_NGHI;
            if (fromText != null && fromText != given && ev.containsKey("hinh_thuc")) {
                add("su_kien.hinh_thuc_loai", k + " contradicts hinh_thuc \"" + ev.get("hinh_thuc") + "\"",
                        "Make them agree: hinh_thuc_loai: dai_hoi goes with a hinh_thuc starting \"Đại hội\", hoi_nghi with \"Hội nghị\".");
            }
            return given;
        }
        if (fromText != null) {
            return fromText;
        }
        return level == Level.TINH || level == Level.HUYEN ? Form.DAI_HOI : Form.HOI_NGHI;
    }

    @SuppressWarnings("unchecked")
    private List<AgendaItem> agenda(Map<String, Object> ev, Form form, int version) {
        List<AgendaItem> out = new ArrayList<>();
        List<Object> items = list(ev.get("chuong_trinh"));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> m = (Map<String, Object>) items.get(i);
            String p = "su_kien.chuong_trinh[" + i + "]";
            String item = (String) m.get("noi_dung");
            if (version >= 2 && form == Form.HOI_NGHI && item.strip().toLowerCase(Locale.ROOT).startsWith("chào cờ")) {
                add(p + ".noi_dung", "\"Chào cờ\" belongs to a Đại hội, and this event is a Hội nghị",
                        "Delete this item, or make the event a Đại hội (hinh_thuc_loai: dai_hoi).");
            }
            LocalTime start = time(m.get("bat_dau"), p + ".bat_dau");
            LocalTime end = time(m.get("ket_thuc"), p + ".ket_thuc");
            Integer minutes = (Integer) m.get("thoi_luong");
            if (minutes != null && end != null) {
                add(p + ".ket_thuc", "both thoi_luong and ket_thuc are given", "Keep one: the duration in minutes, or the end time.");
            }
            if (start != null && end != null && !end.isAfter(start)) {
                add(p + ".ket_thuc", end + " is not after bat_dau " + start, "An item ends after it starts (24-hour times, e.g. 14:30).");
            }
            Session s = "tru_bi".equals(m.get("phien")) ? Session.TRU_BI : Session.CHINH_THUC;
            out.add(new AgendaItem(s, item, (String) m.get("thuc_hien"), start, minutes, end, (String) m.get("thoi_gian")));
        }
        boolean official = false;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).session() == Session.CHINH_THUC) {
                official = true;
            } else if (official) {
                add("su_kien.chuong_trinh[" + i + "].phien", "a phiên trù bị item comes after the official session has begun",
                        "Put the phiên trù bị items first.");
            }
        }
        return out;
    }

    private Council council(Map<String, Object> m, boolean present, Map<String, Object> ev) {
        if (!present) {
            return null;
        }
        int members = (Integer) m.get("thanh_vien");
        int there = (Integer) m.get("co_mat");
        int written = intOr(m.get("y_kien_bang_van_ban"));
        if (there > members) {
            add("hoi_dong.co_mat", there + " members present, but the council has " + members, "co_mat counts those present, at most thanh_vien.");
        }
        if (written > members - there) {
            add("hoi_dong.y_kien_bang_van_ban", written + " written opinions, but only " + Math.max(0, members - there) + " members were absent",
                    "Only absent members give written opinions: at most thanh_vien - co_mat.");
        }
        String unit = ev.get("don_vi") instanceof String u ? " " + u : "";
        String name = m.get("ten") instanceof String n ? n : "Hội đồng Thi đua - Khen thưởng" + unit;
        return new Council(name, members, there, written, ((PartialDate) m.get("ngay")).anchor(),
                time(m.get("gio"), "hoi_dong.gio"), time(m.get("gio_ket_thuc"), "hoi_dong.gio_ket_thuc"), (String) m.get("dia_diem"),
                member(map(m.get("chu_toa"))), member(map(m.get("thu_ky"))));
    }

    private Proposal proposal(Map<String, Object> m, int i, Council council) {
        String award = (String) m.get("hinh_thuc");
        Integer votes = (Integer) m.get("dong_y");
        String p = "de_nghi_khen_thuong[" + i + "]";
        if (votes != null && council == null) {
            add(p + ".dong_y", "a vote without a council meeting", "Describe the meeting under hoi_dong: (thanh_vien, co_mat, ngay, chu_toa, thu_ky).");
        } else if (votes != null && votes > council.present() + council.writtenVotes()) {
            add(p + ".dong_y", votes + " votes in favour, but only " + (council.present() + council.writtenVotes()) + " members voted (present and in writing)",
                    "Check the count: votes in favour cannot exceed hoi_dong.co_mat + y_kien_bang_van_ban.");
        }
        int threshold = m.get("nguong") instanceof Integer t ? t : defaultThreshold(award);
        return new Proposal("tap_the".equals(m.get("doi_tuong")), (String) m.get("ten"), (String) m.get("chuc_vu"),
                (String) m.get("don_vi"), award, (String) m.get("thanh_tich"), votes, threshold, i);
    }

    /** nd30.md §4.2: 90 % of all members for Anh hùng and CSTĐ above cơ sở, 80 % for CSTĐ cơ sở and Cờ thi đua. */
    static int defaultThreshold(String award) {
        String a = award.toLowerCase(Locale.ROOT);
        if (a.contains("chiến sĩ thi đua cơ sở") || a.contains("cờ thi đua")) {
            return 80;
        }
        if (a.contains("anh hùng") || a.contains("chiến sĩ thi đua")) {
            return 90;
        }
        return 50;
    }

    @SuppressWarnings("unchecked")
    private Results results(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) o;
        Map<String, Object> present = map(m.get("co_mat"));
        List<AwardCount> awards = new ArrayList<>();
        for (Object a : list(m.get("khen_thuong"))) {
            Map<String, Object> x = (Map<String, Object>) a;
            awards.add(new AwardCount(null, (String) x.get("hinh_thuc"), intOr(x.get("tap_the")), intOr(x.get("ca_nhan"))));
        }
        return new Results((Integer) present.get("dien_hinh"), (Integer) present.get("khach_moi"), awards, members(m.get("dai_bieu_cap_tren")));
    }

    @SuppressWarnings("unchecked")
    private List<Member> members(Object o) {
        List<Member> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(member((Map<String, Object>) x));
        }
        return out;
    }

    private static Member member(Map<String, Object> m) {
        return new Member((String) m.get("ho_ten"), (String) m.get("chuc_vu"), (String) m.get("don_vi"), Boolean.TRUE.equals(m.get("dien_hinh")));
    }

    static Delegate delegate(Map<String, Object> m) {
        return new Delegate((String) m.get("ho_ten"), (Integer) m.get("nam_sinh"),
                "nu".equals(m.get("gioi_tinh")) ? Delegate.Sex.NU : Delegate.Sex.NAM, (String) m.get("dan_toc"),
                (String) m.get("chuc_vu"), (String) m.get("don_vi"),
                "khach_moi".equals(m.get("nhom")) ? Delegate.Group.KHACH_MOI : Delegate.Group.DIEN_HINH,
                (String) m.get("trinh_do"), (String) m.get("ly_luan_chinh_tri"), Boolean.TRUE.equals(m.get("dang_vien")),
                Boolean.TRUE.equals(m.get("truc_tiep_san_xuat")), (String) m.get("thanh_tich"), (String) m.get("ghi_chu"));
    }

    /** "07:30", "7:30", "7h30", "7 giờ 30", "14 giờ" → a time; an error otherwise. */
    private LocalTime time(Object o, String field) {
        if (!(o instanceof String s)) {
            return null;
        }
        Matcher mt = TIME.matcher(s.strip());
        if (mt.matches()) {
            int h = Integer.parseInt(mt.group(1));
            int min = mt.group(2) == null ? 0 : Integer.parseInt(mt.group(2));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        add(field, "\"" + s + "\" is not a time of day", "Write it as HH:MM on the 24-hour clock, quoted: \"07:30\" or \"14:00\".");
        return null;
    }

    private void add(String field, String message, String hint) {
        EventFile.Position p = pos.get(field);
        String f = field;
        while (p == null && f.contains(".")) {
            f = f.substring(0, f.lastIndexOf('.'));
            p = pos.get(f);
        }
        errors.add(new Problem(file, p == null ? 0 : p.line(), p == null ? 0 : p.column(), field, message, hint));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static int intOr(Object o) {
        return o instanceof Integer i ? i : 0;
    }

}
