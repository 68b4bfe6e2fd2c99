package vn.vanban.doc;

/**
 * One block of a document: what a template produces and every renderer consumes.
 *
 * <p>The set is closed, so a renderer that {@code switch}es over it is told by the compiler when
 * it misses a block type. Numbers and markers ({@code I.}, {@code 1.}, {@code a)}, {@code -},
 * {@code +}, {@code Phần thứ nhất}) are already computed when a block is built; renderers print
 * them, they never count.
 */
public sealed interface Block
        permits HeaderBlock, TitleBlock, Heading, Paragraph, ListItem, Table, Addressees,
                SignatureBlock, AppendixTitle {
}
