package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * One signer (ô 7a–7c): authority lines in capitals, the space for the signature, the name.
 *
 * <pre>
 *   TM. ỦY BAN NHÂN DÂN      ← authority lines (capitals, bold)
 *   KT. CHỦ TỊCH
 *   PHÓ CHỦ TỊCH
 *                            ← signature space
 *   Trần Tuệ Hiền            ← name (bold)
 * </pre>
 *
 * @param authority the authority and post lines, in order, in capitals
 * @param note      a line under the authority lines such as {@code "(Ký, đóng dấu)"} (italic), or null
 * @param name      the signer's name, or an empty string when unknown
 */
public record Signature(List<String> authority, String note, String name) {
    public Signature {
        authority = List.copyOf(authority);
        Objects.requireNonNull(name, "name");
    }
}
