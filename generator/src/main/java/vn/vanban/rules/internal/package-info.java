/**
 * The rule kinds (one class each, listed in {@link vn.vanban.rules.internal.Kinds}), field paths over the event's
 * value tree ({@link vn.vanban.rules.internal.EventView}), typed rule parameters and the YAML reader with node
 * positions. Not API.
 */
package vn.vanban.rules.internal;
