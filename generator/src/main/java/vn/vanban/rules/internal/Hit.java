package vn.vanban.rules.internal;

import java.util.Map;

/**
 * One place where a rule is broken: the event field (a concrete path, for its line) and the values the
 * rule's message and fix refer to by name ({@code {gia_tri}}, {@code {gioi_han}} …).
 *
 * <pre>{@code
 * new Hit("su_kien.dai_bieu.toi_da", Values.of("gia_tri", "500", "gioi_han", "200"))
 * }</pre>
 *
 * @param field  the field path, e.g. {@code su_kien.dai_bieu.toi_da}; empty for the whole file
 * @param values placeholder values, already formatted
 */
public record Hit(String field, Map<String, String> values) {
}
