package vn.vanban.event;

import java.util.Map;

import vn.vanban.style.SizeProfile;

/**
 * The event file's settings ({@code cai_dat}), typed: the ND30 size profile and the tone-mark
 * style of every document of the file.
 *
 * <pre>{@code
 * Settings s = Settings.of(ev.data());
 * s.profile();     // SizeProfile.P13_14 unless cai_dat.co_chu says "12/13"
 * s.toneMarks();   // ToneMarks.OLD unless cai_dat.kieu_dau says "moi" or "giu"
 * }</pre>
 *
 * @param profile   cai_dat.co_chu
 * @param toneMarks cai_dat.kieu_dau
 */
public record Settings(SizeProfile profile, ToneMarks toneMarks) {
    /** The defaults: 13/14, old-style tone marks (as the decree writes "CỘNG HÒA"). */
    public static final Settings DEFAULT = new Settings(SizeProfile.P13_14, ToneMarks.OLD);

    /** Tone-mark styles (cai_dat.kieu_dau). */
    public enum ToneMarks {
        /** "cu": hòa, thủy. */
        OLD,
        /** "moi": hoà, thuỷ. */
        NEW,
        /** "giu": every word as typed. */
        KEEP
    }

    /** The settings of a validated event file's value tree (the schema has checked the values). */
    @SuppressWarnings("unchecked")
    public static Settings of(Map<String, Object> data) {
        Map<String, Object> s = (Map<String, Object>) data.getOrDefault("cai_dat", Map.of());
        SizeProfile p = s.get("co_chu") instanceof String v ? SizeProfile.parse(v) : null;
        ToneMarks t = switch (String.valueOf(s.getOrDefault("kieu_dau", "cu"))) {
            case "moi" -> ToneMarks.NEW;
            case "giu" -> ToneMarks.KEEP;
            default -> ToneMarks.OLD;
        };
        return new Settings(p == null ? SizeProfile.P13_14 : p, t);
    }
}
