/**
 * The Vietnamese text toolkit used by every stage: ND30 dates and numbers
 * ({@link vn.vanban.text.Nd30Format}, {@link vn.vanban.text.Numerals}), number and money words
 * ({@link vn.vanban.text.NumberWords}), normalisation with located fixes
 * ({@link vn.vanban.text.TextNormalizer}), tone-mark style ({@link vn.vanban.text.ToneStyle}),
 * legacy encodings ({@link vn.vanban.text.LegacyEncoding}), case and collation, glyph coverage.
 */
package vn.vanban.text;
