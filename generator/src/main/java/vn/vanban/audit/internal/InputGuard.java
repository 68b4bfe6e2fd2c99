package vn.vanban.audit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.vanban.audit.AuditException;

/**
 * Checks a file's bytes before any DOCX library sees them, so that hostile or broken input ends in
 * one clear sentence within milliseconds: a size cap, the ZIP signature (an OLE2 container is an
 * old .doc or a password-protected DOCX), every entry inflated under a total and a per-entry cap
 * and a compression-ratio cap (zip bombs), a part count cap, the main document part present, and
 * no DTD in any XML part (OOXML has none; a DTD is how external entities get in).
 *
 * <pre>{@code
 * InputGuard.check("a.docx", bytes, Limits.DEFAULT);
 * }</pre>
 */
public final class InputGuard {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

    /**
     * The caps.
     *
     * @param maxFileBytes    largest file accepted
     * @param maxTotalBytes   largest sum of the inflated entries
     * @param maxRatio        largest inflated / compressed ratio of one entry (beyond 1 MB)
     * @param maxEntries      most entries in the ZIP
     */
    public record Limits(long maxFileBytes, long maxTotalBytes, long maxRatio, int maxEntries) {
        /** 50 MB file, 200 MB inflated, ratio 200, 2,000 parts: ample for any real document. */
        public static final Limits DEFAULT = new Limits(50L << 20, 200L << 20, 200, 2000);
    }

    private InputGuard() {
    }

    /** Size cap first, from the file system, so that a 100 MB file is never read. */
    public static void checkSize(String name, long size, Limits limits) throws AuditException {
        if (size > limits.maxFileBytes()) {
            throw new AuditException(name + ": the file is " + mb(size) + ", larger than the " + mb(limits.maxFileBytes())
                    + " an official document needs; audit the DOCX without its embedded media or raise --max-size.");
        }
        if (size == 0) {
            throw new AuditException(name + ": the file is empty; it is not a DOCX.");
        }
    }

    public static void check(String name, byte[] bytes, Limits limits) throws AuditException {
        checkSize(name, bytes.length, limits);
        if (startsWith(bytes, OLE2)) {
            if (contains(bytes, utf16("EncryptionInfo")) || contains(bytes, utf16("EncryptedPackage"))) {
                throw new AuditException(name + ": the DOCX is password-protected (encrypted); open it in Word, remove"
                        + " the password (File > Info > Protect Document) and save it again.");
            }
            throw new AuditException(name + ": this is an old Word 97–2003 (.doc) or other OLE2 file, not a DOCX;"
                    + " save it as .docx in Word or LibreOffice first.");
        }
        if (!startsWith(bytes, ZIP)) {
            throw new AuditException(name + ": not a DOCX (a DOCX is a ZIP package starting with 'PK'); save the"
                    + " document as Word .docx first.");
        }
        declared(name, bytes, limits);
        long total = 0;
        int entries = 0;
        boolean document = false;
        boolean contentTypes = false;
        Set<String> names = new HashSet<>();
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new AuditException(name + ": the package has more than " + limits.maxEntries()
                            + " parts; a document has a few dozen. Not audited.");
                }
                String entry = e.getName();
                if (!names.add(entry)) {
                    throw new AuditException(name + ": the package holds two parts named " + entry + "; it is damaged.");
                }
                document |= entry.equals("word/document.xml");
                contentTypes |= entry.equals("[Content_Types].xml");
                boolean xml = entry.toLowerCase(Locale.ROOT).endsWith(".xml") || entry.toLowerCase(Locale.ROOT).endsWith(".rels");
                long size = 0;
                int n;
                Window window = xml ? new Window() : null;
                while ((n = zin.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (total > limits.maxTotalBytes()) {
                        throw new AuditException(name + ": its parts inflate to more than " + mb(limits.maxTotalBytes())
                                + " (a zip bomb or a package full of media); not audited.");
                    }
                    long compressed = e.getCompressedSize();
                    if (size > (1 << 20) && compressed > 0 && size / compressed > limits.maxRatio()) {
                        throw new AuditException(name + ": part " + entry + " inflates more than " + limits.maxRatio()
                                + " times its stored size (a zip bomb); not audited.");
                    }
                    if (window != null && window.sees(buf, n)) {
                        throw new AuditException(name + ": part " + entry + " declares a DTD or an entity; OOXML never"
                                + " does, and it could read files through external entities. Not audited.");
                    }
                }
                if (size > (1 << 20) && e.getCompressedSize() > 0 && size / e.getCompressedSize() > limits.maxRatio()) {
                    throw new AuditException(name + ": part " + entry + " inflates more than " + limits.maxRatio()
                            + " times its stored size (a zip bomb); not audited.");
                }
            }
        } catch (ZipException e) {
            throw new AuditException(name + ": the ZIP package is damaged (" + e.getMessage() + "); open and save it"
                    + " again in Word or LibreOffice.");
        } catch (IOException e) {
            throw new AuditException(name + ": cannot be read as a ZIP package (" + e.getMessage() + ").");
        }
        if (entries == 0) {
            throw new AuditException(name + ": the ZIP package is empty or damaged; not a DOCX.");
        }
        if (!contentTypes || !document) {
            throw new AuditException(name + ": a ZIP package but not a Word document (no "
                    + (contentTypes ? "word/document.xml" : "[Content_Types].xml") + "); is it an .xlsx, .pptx or .odt?");
        }
    }

    /**
     * The sizes the central directory declares, checked before anything is inflated: a bomb that
     * tells the truth about itself is refused at once; one that lies is stopped by the caps while
     * inflating.
     */
    private static void declared(String name, byte[] b, Limits limits) throws AuditException {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new AuditException(name + ": the ZIP package is damaged or cut short (no central directory); open and"
                    + " save it again in Word or LibreOffice.");
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        if (count > limits.maxEntries()) {
            throw new AuditException(name + ": the package has " + count + " parts; a document has a few dozen. Not audited.");
        }
        long total = 0;
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int k = 0; k < count; k++) {
            if (at < 0 || at + 46 > b.length || u32(b, at) != 0x02014b50L) {
                return; // a ZIP64 or unusual directory: the inflating caps still apply
            }
            long compressed = u32(b, at + 20);
            long size = u32(b, at + 24);
            int nameLength = u16(b, at + 28);
            String entry = new String(b, at + 46, Math.min(nameLength, b.length - at - 46), java.nio.charset.StandardCharsets.UTF_8);
            total += size;
            if (size > (1 << 20) && size / Math.max(1, compressed) > limits.maxRatio()) {
                throw new AuditException(name + ": part " + entry + " declares " + mb(size) + " stored in " + compressed
                        + " bytes (a zip bomb); not audited.");
            }
            if (total > limits.maxTotalBytes()) {
                throw new AuditException(name + ": its parts declare more than " + mb(limits.maxTotalBytes())
                        + " once inflated (a zip bomb or a package full of media); not audited.");
            }
            at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xffffffffL;
    }

    /** Looks for "<!DOCTYPE" or "<!ENTITY" across buffer boundaries, in UTF-8 and UTF-16. */
    private static final class Window {
        private final byte[] tail = new byte[32];
        private int tailLength;

        boolean sees(byte[] buf, int n) {
            byte[] joined = new byte[tailLength + n];
            System.arraycopy(tail, 0, joined, 0, tailLength);
            System.arraycopy(buf, 0, joined, tailLength, n);
            boolean hit = contains(joined, DOCTYPE) || contains(joined, ENTITY)
                    || contains(joined, utf16("<!DOCTYPE")) || contains(joined, utf16("<!ENTITY"));
            tailLength = Math.min(tail.length, joined.length);
            System.arraycopy(joined, joined.length - tailLength, tail, 0, tailLength);
            return hit;
        }
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

}
