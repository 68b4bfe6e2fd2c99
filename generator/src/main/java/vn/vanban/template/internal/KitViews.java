package vn.vanban.template.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import vn.vanban.event.Agenda;
import vn.vanban.event.Congress;
import vn.vanban.event.Congress.Member;
import vn.vanban.event.Congress.Proposal;
import vn.vanban.event.Delegate;
import vn.vanban.text.Nd30Format;
import vn.vanban.text.VietnameseCollation;

/**
 * The kit's computed views of a {@link Congress} as plain values for templates: the timed agenda,
 * delegates grouped and sorted the Vietnamese way with their totals, votes as shares of the whole
 * council, results. Every document reads the same views, so the facts agree across the kit.
 */
final class KitViews {
    private KitViews() {
    }

    /** Adds the views to the template model's {@code su_kien} and root. */
    static void add(Congress c, Map<String, Object> event, Map<String, Object> root) {
        event.put("hinh_thuc_loai", c.form().key);
        event.put("hinh_thuc_chu", c.form().word);
        event.put("dai_hoi", c.form() == Congress.Form.DAI_HOI);
        event.putIfAbsent("hinh_thuc", c.form().defaultName);
        event.put("ten", c.name());
        event.put("thoi_luong", c.duration());
        if (c.time() != null) {
            event.put("gio_chu", timeWords(c.time()));
        }
        if (c.deadline() != null) {
            event.put("han_nop_chu", Nd30Format.shortDate(c.deadline()));
        }
        event.put("lich", schedule(c));
        event.put("doan_chu_tich", members(c.presidium()));
        event.put("doan_thu_ky", members(c.secretariat()));
        event.put("dai_bieu_ds", delegates(c));
        event.put("khen_thuong_nam", periodAwards(c));
        root.put("de_nghi", proposals(c));
        if (c.council() != null) {
            root.put("hoi_dong", council(c.council()));
        }
        if (c.results() != null) {
            root.put("ket_qua", results(c));
        }
    }

    /** "7 giờ 30 phút", "14 giờ". */
    static String timeWords(LocalTime t) {
        return t.getHour() + " giờ" + (t.getMinute() == 0 ? "" : " " + Nd30Format.twoDigits(t.getMinute()) + " phút");
    }

    /** "7h30", the compact form of a timetable. */
    static String clock(LocalTime t) {
        return t.getHour() + "h" + Nd30Format.twoDigits(t.getMinute());
    }

    private static List<Object> schedule(Congress c) {
        List<Object> out = new ArrayList<>();
        for (Agenda.Slot s : Agenda.schedule(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            String time = s.item().timeText() != null ? s.item().timeText()
                    : s.start() == null ? "" : s.end() == null ? clock(s.start()) : clock(s.start()) + " - " + clock(s.end());
            m.put("gio", time);
            m.put("noi_dung", s.item().item());
            m.put("thuc_hien", s.item().presenter() == null ? "" : s.item().presenter());
            m.put("tru_bi", s.item().session() == Congress.Session.TRU_BI);
            out.add(m);
        }
        return out;
    }

    private static List<Object> members(List<Member> members) {
        List<Object> out = new ArrayList<>();
        for (Member m : members) {
            out.add(member(m));
        }
        return out;
    }

    private static Map<String, Object> member(Member m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ho_ten", m.name());
        out.put("chuc_vu", m.post() == null ? "" : m.post());
        out.put("don_vi", m.unit() == null ? "" : m.unit());
        out.put("dien_hinh", m.exemplar());
        return out;
    }

    /** Delegates by group (điển hình, then khách mời), each sorted by given name; totals. */
    private static Map<String, Object> delegates(Congress c) {
        Comparator<Delegate> byName = Comparator.comparing(Delegate::name, VietnameseCollation.byGivenName());
        List<Object> groups = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        for (Delegate.Group g : Delegate.Group.values()) {
            List<Delegate> ds = c.delegates().stream().filter(d -> d.group() == g).sorted(byName).toList();
            if (ds.isEmpty()) {
                continue;
            }
            List<Object> rows = new ArrayList<>();
            for (Delegate d : ds) {
                Map<String, Object> m = delegate(d);
                rows.add(m);
                all.add(m);
            }
            Map<String, Object> group = totals(ds);
            group.put("ma", g.key);
            group.put("ten", g.label);
            group.put("ds", rows);
            groups.add(group);
        }
        Map<String, Object> out = totals(c.delegates());
        out.put("nhom", groups);
        out.put("tat_ca", all);
        return out;
    }

    private static Map<String, Object> totals(List<Delegate> ds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("so", ds.size());
        m.put("nu", (int) ds.stream().filter(d -> d.sex() == Delegate.Sex.NU).count());
        m.put("dan_toc", (int) ds.stream().filter(Delegate::ethnicMinority).count());
        m.put("truc_tiep", (int) ds.stream().filter(Delegate::directProduction).count());
        m.put("dang_vien", (int) ds.stream().filter(Delegate::partyMember).count());
        return m;
    }

    private static Map<String, Object> delegate(Delegate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ho_ten", d.name());
        m.put("danh_xung", d.sex() == Delegate.Sex.NU ? "Bà" : "Ông");
        m.put("nam_sinh", d.birthYear() == null ? "" : String.valueOf(d.birthYear()));
        m.put("nu", d.sex() == Delegate.Sex.NU);
        m.put("dan_toc", d.ethnicity() == null ? "" : d.ethnicity());
        m.put("chuc_vu", d.position() == null ? "" : d.position());
        m.put("don_vi", d.unit() == null ? "" : d.unit());
        List<String> parts = new ArrayList<>();
        if (d.position() != null) {
            parts.add(d.position());
        }
        if (d.unit() != null) {
            parts.add(d.unit());
        }
        m.put("chuc_vu_don_vi", String.join(", ", parts));
        List<String> edu = new ArrayList<>();
        if (d.education() != null) {
            edu.add(d.education());
        }
        if (d.politicalTheory() != null) {
            edu.add("LLCT: " + d.politicalTheory());
        }
        m.put("trinh_do", String.join("; ", edu));
        m.put("dang_vien", d.partyMember() ? "x" : "");
        m.put("truc_tiep", d.directProduction());
        m.put("thanh_tich", d.achievement() == null ? "" : d.achievement());
        m.put("ghi_chu", d.note() == null ? "" : d.note());
        m.put("nhom", d.group().key);
        return m;
    }

    /** The awards table of the 5-year report: the file's figures, or a blank row per year to fill in. */
    private static List<Object> periodAwards(Congress c) {
        List<Object> out = new ArrayList<>();
        if (c.periodAwards().isEmpty()) {
            int length = c.periodTo() - c.periodFrom();
            for (int y = c.periodFrom() - length + 1; y <= c.periodFrom(); y++) {
                out.add(Map.of("nam", String.valueOf(y), "hinh_thuc", "", "tap_the", "", "ca_nhan", ""));
            }
            return out;
        }
        for (Congress.AwardCount a : c.periodAwards()) {
            out.add(Map.of("nam", String.valueOf(a.year()), "hinh_thuc", a.award(), "tap_the", String.valueOf(a.collectives()),
                    "ca_nhan", String.valueOf(a.individuals())));
        }
        return out;
    }

    private static Map<String, Object> proposals(Congress c) {
        List<Object> all = new ArrayList<>();
        List<Object> collectives = new ArrayList<>();
        List<Object> individuals = new ArrayList<>();
        LinkedHashSet<String> awards = new LinkedHashSet<>();
        int members = c.council() == null ? 0 : c.council().members();
        int passed = 0;
        for (Proposal p : c.proposals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tap_the", p.collective());
            m.put("ten", p.name());
            m.put("chuc_vu", p.post() == null ? "" : p.post());
            m.put("don_vi", p.unit() == null ? "" : p.unit());
            List<String> parts = new ArrayList<>();
            if (p.post() != null) {
                parts.add(p.post());
            }
            if (p.unit() != null) {
                parts.add(p.unit());
            }
            m.put("chuc_vu_don_vi", String.join(", ", parts));
            m.put("hinh_thuc", p.award());
            m.put("thanh_tich", p.summary());
            m.put("nguong", p.threshold());
            m.put("co_phieu", p.votesFor() != null && members > 0);
            if (p.votesFor() != null && members > 0) {
                m.put("dong_y", p.votesFor());
                m.put("ty_le", percent(p.votesFor(), members));
                boolean ok = p.passes(members);
                m.put("dat", ok);
                if (ok) {
                    passed++;
                }
            } else {
                m.put("dong_y", "");
                m.put("ty_le", "");
                m.put("dat", false);
            }
            all.add(m);
            (p.collective() ? collectives : individuals).add(m);
            awards.add(p.award());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ds", all);
        out.put("tap_the", collectives);
        out.put("ca_nhan", individuals);
        out.put("hinh_thuc", new ArrayList<>(awards));
        out.put("so_dat", passed);
        return out;
    }

    /** "88,9%": one decimal, Vietnamese decimal comma, no trailing ",0". */
    static String percent(int part, int whole) {
        long tenths = Math.round(part * 1000.0 / whole);
        return tenths % 10 == 0 ? (tenths / 10) + "%" : (tenths / 10) + "," + (tenths % 10) + "%";
    }

    private static Map<String, Object> council(Congress.Council h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ten", h.name());
        m.put("thanh_vien", h.members());
        m.put("co_mat", h.present());
        m.put("vang", h.members() - h.present());
        m.put("y_kien_bang_van_ban", h.writtenVotes());
        m.put("ngay_chu", Nd30Format.date(h.date()));
        m.put("gio_chu", h.start() == null ? "" : timeWords(h.start()));
        m.put("ket_thuc_chu", h.end() == null ? "" : timeWords(h.end()));
        m.put("dia_diem", h.place() == null ? "" : h.place());
        m.put("chu_toa", member(h.chair()));
        m.put("thu_ky", member(h.secretary()));
        return m;
    }

    private static Map<String, Object> results(Congress c) {
        Congress.Results r = c.results();
        Map<String, Object> m = new LinkedHashMap<>();
        int exemplars = r.presentExemplars() == null ? 0 : r.presentExemplars();
        int guests = r.presentGuests() == null ? 0 : r.presentGuests();
        m.put("co_mat_dien_hinh", exemplars);
        m.put("co_mat_khach_moi", guests);
        m.put("co_mat", exemplars + guests);
        m.put("co_so_lieu_co_mat", r.presentExemplars() != null || r.presentGuests() != null);
        List<Object> awards = new ArrayList<>();
        int collectives = 0;
        int individuals = 0;
        for (Congress.AwardCount a : r.awards()) {
            awards.add(Map.of("hinh_thuc", a.award(), "tap_the", a.collectives(), "ca_nhan", a.individuals()));
            collectives += a.collectives();
            individuals += a.individuals();
        }
        m.put("khen_thuong", awards);
        m.put("tong_tap_the", collectives);
        m.put("tong_ca_nhan", individuals);
        m.put("dai_bieu_cap_tren", members(r.electedUpward()));
        return m;
    }
}
