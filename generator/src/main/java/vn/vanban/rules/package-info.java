/**
 * Checking an event file against rule sets: the decree's format rules ({@code rules/nd30.yaml}), what holds
 * for every congress ({@code rules/chung.yaml}) and the numbers of the plan the event follows
 * ({@code rules/kh-293-binh-phuoc.yaml}, {@code rules/hd-tam-duong.yaml}, or a province's own file).
 *
 * <p>Rules are data: each names a kind from a small vocabulary implemented in Java
 * ({@code vanban check --list-kinds}), its parameters, the levels and forms it applies to, a Vietnamese
 * message, its source and the fix. {@link vn.vanban.rules.Checker} is the entry point and returns
 * {@link vn.vanban.rules.Finding}s as data; it prints nothing and keeps no state.
 */
package vn.vanban.rules;
