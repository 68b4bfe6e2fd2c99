package vn.vanban;

/**
 * One output file, in memory until the caller writes it.
 *
 * @param name  the file name, e.g. {@code ke-hoach.pdf}
 * @param bytes the content
 */
public record RenderedFile(String name, byte[] bytes) {
}
