package vn.vanban.event;

import java.util.Objects;

/**
 * One kind of document vanban can make: its key in an event file, its template and its ND30 names.
 * Kinds are data ({@code templates/kinds.yaml}), so a {@code --templates} folder can add one.
 *
 * <pre>{@code
 * DocumentKind kh = DocumentKinds.bundled().get("ke_hoach");
 * kh.abbreviation();   // "KH"
 * kh.template();       // "ke-hoach.ftl"
 * }</pre>
 *
 * @param key          the {@code loai} of an event file, e.g. {@code ke_hoach}
 * @param template     the template file, e.g. {@code ke-hoach.ftl}
 * @param typeName     the tên loại as printed in capitals, e.g. {@code KẾ HOẠCH}
 * @param abbreviation the type's abbreviation in the ký hiệu (nd30.md §2.1), e.g. {@code KH}
 * @param inText       the type's name in running text, e.g. {@code Kế hoạch}
 * @param form         the ND30 (or ND 152) form it follows, e.g. {@code Mẫu 1.4}
 * @param when         when the kit makes it (see {@link When})
 * @param afterEvent   whether it is written after the event (its default date)
 * @param keys         the {@code van_ban} keys its template reads besides {@code loai}, or null when
 *                     any key is accepted (a kind whose kinds.yaml entry has no {@code khoa})
 */
public record DocumentKind(String key, String template, String typeName, String abbreviation, String inText,
                           String form, When when, boolean afterEvent, java.util.List<String> keys) {
    public DocumentKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(inText, "inText");
        Objects.requireNonNull(when, "when");
        keys = keys == null ? null : java.util.List.copyOf(keys);
    }

    /** The file-name part: the template's name without {@code .ftl}, e.g. {@code ke-hoach}. */
    public String fileStem() {
        return template.endsWith(".ftl") ? template.substring(0, template.length() - 4) : template;
    }

    /** When the kit makes a document of this kind without the event file listing it. */
    public enum When {
        /** Every kit. */
        ALWAYS("luon"),
        /** Only when the event file lists it in van_ban. */
        LISTED("khi_ghi"),
        /** When the event has delegates. */
        DELEGATES("dai_bieu"),
        /** When the event file has results (ket_qua). */
        RESULTS("ket_qua"),
        /** When there are award proposals. */
        PROPOSALS("de_nghi"),
        /** When there are award proposals and a council meeting. */
        COUNCIL("hoi_dong"),
        /** One document per award proposal. */
        EACH_PROPOSAL("moi_de_nghi");

        /** The value in kinds.yaml. */
        public final String key;

        When(String key) {
            this.key = key;
        }

        static When of(String key) {
            for (When w : values()) {
                if (w.key.equals(key)) {
                    return w;
                }
            }
            return null;
        }
    }
}
