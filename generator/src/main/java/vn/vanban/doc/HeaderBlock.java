package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * The ND30 header of page 1 (ô 1–4): agency on the left, Quốc hiệu on the right.
 *
 * <pre>
 *   ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   TỈNH BÌNH PHƯỚC                 Độc lập - Tự do - Hạnh phúc
 *       ─────                      ───────────────────────────
 *   Số: 293/KH-UBND        Bình Phước, ngày 08 tháng 10 năm 2024
 * </pre>
 *
 * @param parentAgency lines of the cơ quan chủ quản (capitals, not bold); empty when there is none
 * @param agency       lines of the issuing agency (capitals, bold, short rule under the last)
 * @param number       the whole số line, e.g. {@code "Số: 293/KH-UBND"} or {@code "Số:      /HD-UBND"};
 *                     null for a paper without one (a delegates' agenda)
 * @param subjectLine  the công văn's {@code "V/v …"} line under the số (ô 5b), or null
 * @param nationalName the Quốc hiệu, {@code "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
 * @param motto        the Tiêu ngữ, {@code "Độc lập - Tự do - Hạnh phúc"} (rule under it, as long as it)
 * @param placeAndDate the italic line, e.g. {@code "Bình Phước, ngày 08 tháng 10 năm 2024"}
 * @param draftMark    a boxed mark under the số such as {@code "DỰ THẢO"}, or null
 */
public record HeaderBlock(List<String> parentAgency, List<String> agency, String number,
                          String subjectLine, String nationalName, String motto,
                          String placeAndDate, String draftMark) implements Block {
    public HeaderBlock {
        parentAgency = List.copyOf(parentAgency);
        agency = List.copyOf(agency);
        Objects.requireNonNull(nationalName, "nationalName");
        Objects.requireNonNull(motto, "motto");
        Objects.requireNonNull(placeAndDate, "placeAndDate");
    }
}
