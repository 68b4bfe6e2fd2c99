package vn.vanban.event.delegates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.vanban.event.delegates.DelegateWorkbookException;
import vn.vanban.event.delegates.WorkbookProblem;

/**
 * Checks a file before any XML in it is parsed or any large part inflated: that it is an .xlsx (a
 * zip of Office Open XML parts) and not an .xls, an encrypted (password-protected) workbook, an
 * OpenDocument file, a macro workbook, a zip bomb or a part with a DOCTYPE (external entities).
 *
 * <pre>{@code
 * Container.check(Path.of("delegates.xlsx"));   // throws DelegateWorkbookException with the reason
 * }</pre>
 *
 * <p>Sizes are taken from the zip's central directory here; POI's {@code ZipSecureFile} checks the
 * real inflated sizes again while the sheet is read, so a directory that lies is caught too.
 */
public final class Container {
    /** The largest workbook file read. */
    public static final long MAX_FILE_BYTES = 100L << 20;
    /** The largest part once inflated (a 100,000-row sheet is about 60 MB). */
    public static final long MAX_PART_BYTES = 512L << 20;
    /** The largest inflated size of all parts together. */
    public static final long MAX_TOTAL_BYTES = 1L << 30;
    /** Inflated ÷ compressed above this, for a part over {@link #RATIO_GRACE_BYTES}, is a zip bomb (POI's own limit). */
    public static final int MAX_RATIO = 100;
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    /** The most parts in one workbook. */
    public static final int MAX_ENTRIES = 10_000;
    /** How far into an XML part its root element must start. */
    private static final int MAX_PROLOG_CHARS = 64 * 1024;

    private static final String SAVE_AS = "open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)";

    private Container() {
    }

    /** Throws with a clear reason unless {@code file} is a plain .xlsx vanban can read safely. */
    public static void check(Path file) throws DelegateWorkbookException {
        if (!Files.exists(file)) {
            throw fail(file, "no such file: check the path (it is relative to the folder you run vanban in, or to the event file)");
        }
        if (!Files.isRegularFile(file)) {
            throw fail(file, "is not a file: name the .xlsx workbook itself");
        }
        byte[] head = new byte[8];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw fail(file, "cannot be read (" + e.getMessage() + "): check that the file exists and you may read it");
        }
        if (n == 0) {
            throw fail(file, "is empty (0 bytes): fill in the template (./vanban delegates template.xlsx) and save it as .xlsx");
        }
        if (size > MAX_FILE_BYTES) {
            throw fail(file, String.format(Locale.ROOT, "is %d MB; vanban reads workbooks up to %d MB: keep only the delegates' sheet, without pictures",
                    size >> 20, MAX_FILE_BYTES >> 20));
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw fail(file, ole2(file));
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw fail(file, "is not an Excel workbook (.xlsx)" + looksLike(head, n) + ": " + SAVE_AS);
        }
        checkZip(file);
    }

    private static String looksLike(byte[] head, int n) {
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            return " (it is XML or HTML text)";
        }
        if (head[0] == 'P' && head[1] == 'K') {
            return " (it is a damaged or unusual zip file)";
        }
        return "";
    }

    /** The reason an OLE2 (Compound File) container cannot be read. */
    private static String ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return "is password-protected (encrypted): open it in Excel or LibreOffice Calc with its password, "
                        + "remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, empty; "
                        + "Calc: File → Save As without \"Save with password\") and save it as .xlsx";
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return "is an Excel 97-2003 workbook (.xls), which vanban does not read: " + SAVE_AS;
            }
            return "is an old Office file (OLE2), not an Excel workbook (.xlsx): " + SAVE_AS;
        } catch (IOException | RuntimeException e) {
            return "is a damaged old Office file (OLE2), not an Excel workbook (.xlsx): " + SAVE_AS;
        }
    }

    private static void checkZip(Path file) throws DelegateWorkbookException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw fail(file, "holds " + zip.size() + " parts (at most " + MAX_ENTRIES + "): it is not a workbook vanban reads; " + SAVE_AS);
            }
            boolean contentTypes = false;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.equals("mimetype") || lower.equals("content.xml")) {
                    throw fail(file, "is an OpenDocument spreadsheet (.ods), not an Excel workbook: open it in LibreOffice Calc and save it as .xlsx (File → Save As → Excel 2007-365)");
                }
                if (lower.endsWith("vbaproject.bin")) {
                    throw fail(file, macros());
                }
                long inflated = e.getSize();
                long compressed = e.getCompressedSize();
                if (inflated > MAX_PART_BYTES) {
                    throw fail(file, String.format(Locale.ROOT, "has a part (%s) of %d MB once unpacked, more than vanban's %d MB: keep only the delegates' sheet and save again",
                            name, inflated >> 20, MAX_PART_BYTES >> 20));
                }
                if (inflated > RATIO_GRACE_BYTES && compressed > 0 && inflated / compressed > MAX_RATIO) {
                    throw fail(file, String.format(Locale.ROOT, "looks like a zip bomb: part %s unpacks %d times larger than it is stored (%d MB from %d KB; a real sheet is 5 to 30 times); vanban did not unpack it. Save the delegates' sheet again from Excel or Calc",
                            name, inflated / compressed, inflated >> 20, compressed >> 10));
                }
                if (inflated > 0) {
                    total += inflated;
                }
                if (total > MAX_TOTAL_BYTES) {
                    throw fail(file, "unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB: it is not a workbook vanban reads; keep only the delegates' sheet and save again");
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                    checkContentTypes(file, zip, e);
                } else if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
                    checkProlog(file, zip, e);
                    if (name.equals("_rels/.rels") && startsWithText(zip, e).contains("purl.oclc.org/ooxml")) {
                        throw fail(file, "is saved as \"Strict Open XML Spreadsheet\", which vanban does not read: "
                                + "save it as \"Excel Workbook (.xlsx)\"");
                    }
                }
            }
            if (!contentTypes) {
                throw fail(file, "is a zip file but not an Excel workbook (it has no [Content_Types].xml): " + SAVE_AS);
            }
        } catch (ZipException e) {
            throw fail(file, "is damaged: it is not a readable zip, as every .xlsx is (" + e.getMessage() + "); " + SAVE_AS + ", or ask for the file again");
        } catch (IOException | RuntimeException e) {
            throw fail(file, "cannot be read as a zip (" + e.getMessage() + "); " + SAVE_AS);
        }
    }

    private static String startsWithText(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static String macros() {
        return "contains macros (an .xlsm workbook): vanban does not open workbooks with macros; "
                + "save it as \"Excel Workbook (.xlsx)\", which drops the macros";
    }

    private static void checkContentTypes(Path file, ZipFile zip, ZipEntry e) throws IOException, DelegateWorkbookException {
        checkProlog(file, zip, e);
        String types;
        try (InputStream in = zip.getInputStream(e)) {
            types = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        if (types.contains("macroEnabled")) {
            throw fail(file, macros());
        }
        if (!types.contains("spreadsheetml")) {
            String what = types.contains("wordprocessingml") ? "a Word document (.docx)"
                    : types.contains("presentationml") ? "a PowerPoint file (.pptx)" : "an Office file of another kind";
            throw fail(file, "is " + what + ", not an Excel workbook: name the .xlsx with the delegates");
        }
    }

    /**
     * Refuses a part whose prolog (before the root element) holds a DOCTYPE: Excel and Calc never
     * write one, and it is how external entities (XXE) and entity expansion bombs get in.
     */
    private static void checkProlog(Path file, ZipFile zip, ZipEntry e) throws IOException, DelegateWorkbookException {
        try (InputStream raw = zip.getInputStream(e)) {
            byte[] bom = raw.readNBytes(2);
            java.nio.charset.Charset cs = StandardCharsets.UTF_8;
            String first = "";
            if (bom.length == 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
            } else if (bom.length == 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
            } else {
                first = new String(bom, StandardCharsets.ISO_8859_1);
            }
            try (Reader r = new InputStreamReader(raw, cs)) {
                if (prologHasDoctype(first, r)) {
                    throw fail(file, "part " + e.getName() + " declares a DOCTYPE (it could pull in external entities, "
                            + "a known attack); Excel and Calc never write one, so vanban refuses the file: "
                            + SAVE_AS + " from a trusted copy");
                }
            }
        }
    }

    /** Reads up to the root element; true if a {@code <!DOCTYPE} (or any {@code <!} other than a comment) comes first. */
    private static boolean prologHasDoctype(String first, Reader r) throws IOException {
        StringBuilder sb = new StringBuilder(first);
        char[] buf = new char[4096];
        int pos = 0;
        while (true) {
            // make sure at least 4 chars are available at pos, or the stream ended
            while (sb.length() - pos < 4 && sb.length() < MAX_PROLOG_CHARS) {
                int k = r.read(buf);
                if (k < 0) {
                    break;
                }
                sb.append(buf, 0, k);
            }
            if (pos >= sb.length()) {
                return false;
            }
            if (pos >= MAX_PROLOG_CHARS) {
                return true; // a prolog this long is no Office part: treat it as hostile
            }
            char c = sb.charAt(pos);
            if (c != '<') {
                pos++;
                continue;
            }
            if (sb.length() - pos >= 4 && "<!--".contentEquals(sb.subSequence(pos, pos + 4))) {
                pos = skipTo(sb, r, buf, pos + 4, "-->");
            } else if (sb.length() - pos >= 2 && sb.charAt(pos + 1) == '?') {
                pos = skipTo(sb, r, buf, pos + 2, "?>");
            } else if (sb.length() - pos >= 2 && sb.charAt(pos + 1) == '!') {
                return true;
            } else {
                return false;
            }
            if (pos < 0) {
                return true;
            }
        }
    }

    private static int skipTo(StringBuilder sb, Reader r, char[] buf, int from, String end) throws IOException {
        while (true) {
            int i = sb.indexOf(end, from);
            if (i >= 0) {
                return i + end.length();
            }
            if (sb.length() >= MAX_PROLOG_CHARS) {
                return -1;
            }
            int k = r.read(buf);
            if (k < 0) {
                return sb.length();
            }
            sb.append(buf, 0, k);
        }
    }

    private static DelegateWorkbookException fail(Path file, String message) {
        return new DelegateWorkbookException(WorkbookProblem.ofFile(file, message));
    }
}
