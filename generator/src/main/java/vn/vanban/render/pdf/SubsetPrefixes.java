package vn.vanban.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * A repeatable "random" source for font subset prefixes (OpenPDF's in the print items, the PDF
 * writer's own for documents): the prefix becomes a function of the document and the face, so the
 * same input gives the same bytes.
 *
 * <pre>{@code
 * baseFont.setSecureRandom(new SubsetPrefixes(documentKey, "BOLD"));
 * }</pre>
 *
 * <p>Not for anything secret: only the six letters of a prefix are drawn from it.
 */
public final class SubsetPrefixes extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient SplittableRandom sequence;

    public SubsetPrefixes(byte[] documentKey, String face) {
        super(new NoSpi(), null);
        this.sequence = new SplittableRandom(seed(documentKey, face));
    }

    @Override
    public double nextDouble() {
        return sequence.nextDouble();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        sequence.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return sequence.nextInt();
    }

    private static long seed(byte[] documentKey, String face) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(documentKey);
            md.update(face.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.wrap(md.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The engine the base class would use; never called, every method is overridden above. */
    private static final class NoSpi extends java.security.SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            throw new UnsupportedOperationException("SubsetPrefixes draws from its own sequence");
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            throw new UnsupportedOperationException("SubsetPrefixes draws from its own sequence");
        }
    }
}
