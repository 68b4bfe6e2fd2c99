package vn.vanban.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import vn.vanban.doc.Metadata;

/**
 * What makes two renderings of the same input byte-identical: a document key hashed from what the
 * file shows (each page's size and content stream, the glyphs behind each face's codes, the
 * metadata), from which the file /ID and the font subset prefixes are taken.
 *
 * <pre>{@code
 * FileIdentity identity = new FileIdentity(doc.metadata());
 * identity.page(width, height, content);     // for each page, in order
 * fonts.digest(identity.digest());
 * byte[] key = identity.key();
 * }</pre>
 */
final class FileIdentity {
    private final MessageDigest md;

    FileIdentity(Metadata m) {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (String s : new String[]{m.title(), m.subject(), m.author(), m.language(), m.date().toString()}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            md.update(length(b.length));
            md.update(b);
        }
    }

    /** Adds one page: its size as written and its content stream. */
    void page(long widthHundredths, long heightHundredths, PdfBuffer content) {
        md.update(length((int) widthHundredths));
        md.update(length((int) heightHundredths));
        md.update(length(content.size()));
        md.update(content.array(), 0, content.size());
    }

    /** The digest, for the fonts to add their glyphs to. */
    MessageDigest digest() {
        return md;
    }

    /** The document key; call once, after everything was added. */
    byte[] key() {
        return md.digest();
    }

    private static byte[] length(int n) {
        return new byte[]{(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
}
