package vn.vanban.render.docx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.vanban.doc.Metadata;

/**
 * Writes the OPC package of a DOCX: content types, relationships, core and app properties, and the
 * parts the writers built, in a fixed order, so the same document gives the same bytes.
 *
 * <p>Every date is the document's: 00:00:00Z in the core properties, and 00:00 in every zip entry's
 * date, which has no time zone. The zip format's dates run from 1980-01-02 (its 1980-01-01 00:00
 * means "no date", for which Java writes the local time zone's time) to 2107: a date outside is
 * written as the nearest one inside. The relationship ids
 * are fixed: settings rId1, styles rId2, then the two headers ({@link PageSetup.Headers#STANDARD}).
 *
 * <pre>{@code
 * PackageWriter.write(new PackageWriter.Parts(document, styles, settings, numberedHeader, firstHeader), metadata, out);
 * }</pre>
 */
public final class PackageWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** The namespace declaration of a part's root that uses only the w: prefix. */
    private static final String W_ONLY = " xmlns:w=\"" + W + "\"";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final LocalDate FIRST_ZIP_DATE = LocalDate.of(1980, 1, 2);
    private static final LocalDate LAST_ZIP_DATE = LocalDate.of(2107, 12, 31);
    private static final String CONTENT_TYPES = STANDALONE
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + override("officedocument.extended-properties", "/docProps/app.xml")
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
            + override("officedocument.wordprocessingml.document.main", "/word/document.xml")
            + override("officedocument.wordprocessingml.header", "/word/header1.xml")
            + override("officedocument.wordprocessingml.header", "/word/header2.xml")
            + override("officedocument.wordprocessingml.settings", "/word/settings.xml")
            + override("officedocument.wordprocessingml.styles", "/word/styles.xml")
            + "</Types>";
    private static final String PACKAGE_RELS = STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
            + relationship("rId1", "word/document.xml", R + "/officeDocument")
            + relationship("rId2", "docProps/app.xml", R + "/extended-properties")
            + relationship("rId3", "docProps/core.xml", RELS + "/metadata/core-properties")
            + "</Relationships>";
    private static final String APP = DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>vanban</Application></Properties>";
    private static final String DOCUMENT_RELS = STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
            + relationship("rId1", "settings.xml", R + "/settings")
            + relationship("rId2", "styles.xml", R + "/styles")
            + relationship(PageSetup.Headers.STANDARD.numbered(), "header1.xml", R + "/header")
            + relationship(PageSetup.Headers.STANDARD.first(), "header2.xml", R + "/header")
            + "</Relationships>";

    /**
     * The roots of the parts the writers build.
     *
     * @param document       {@code w:document}
     * @param styles         {@code w:styles}
     * @param settings       {@code w:settings}
     * @param numberedHeader {@code w:hdr} with the PAGE field (header1.xml)
     * @param firstHeader    {@code w:hdr} of a section's first page (header2.xml)
     */
    public record Parts(Element document, Element styles, Element settings, Element numberedHeader,
                        Element firstHeader) {
    }

    private PackageWriter() {
    }

    /** Writes the whole package to {@code out}; the stream is finished but not closed. */
    public static void write(Parts parts, Metadata meta, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        LocalDateTime time = zipTime(meta.date());
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        entry(zip, text, time, "[Content_Types].xml").write(CONTENT_TYPES);
        entry(zip, text, time, "_rels/.rels").write(PACKAGE_RELS);
        entry(zip, text, time, "docProps/app.xml").write(APP);
        core(entry(zip, text, time, "docProps/core.xml"), meta);
        part(entry(zip, text, time, "word/document.xml"), parts.document(), W_ONLY + " xmlns:r=\"" + R + "\"");
        entry(zip, text, time, "word/_rels/document.xml.rels").write(DOCUMENT_RELS);
        part(entry(zip, text, time, "word/header1.xml"), parts.numberedHeader(), W_ONLY);
        part(entry(zip, text, time, "word/header2.xml"), parts.firstHeader(), W_ONLY);
        part(entry(zip, text, time, "word/settings.xml"), parts.settings(), W_ONLY);
        part(entry(zip, text, time, "word/styles.xml"), parts.styles(), W_ONLY);
        text.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** Ends the entry before (its text flushed first) and starts the next one. */
    private static Writer entry(ZipOutputStream zip, Writer text, LocalDateTime time, String name) throws IOException {
        text.flush();
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        return text;
    }

    /** The document's date at 00:00, within the dates a zip entry can hold without a time zone. */
    static LocalDateTime zipTime(LocalDate date) {
        LocalDate d = date.isBefore(FIRST_ZIP_DATE) ? FIRST_ZIP_DATE : date.isAfter(LAST_ZIP_DATE) ? LAST_ZIP_DATE : date;
        return d.atStartOfDay();
    }

    private static void part(Writer out, Element root, String namespaces) throws IOException {
        out.write(DECLARATION);
        root.writeTo(out, namespaces);
    }

    /**
     * The core properties that are set, in the order OPC lists them; an empty value is left out.
     * The category is the form the document follows ("Mẫu 1.4"), or why it follows none.
     */
    private static void core(Writer out, Metadata meta) throws IOException {
        String date = meta.date() + "T00:00:00Z";
        out.write(STANDALONE);
        out.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        property(out, "cp:category", meta.form());
        out.write("<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>");
        property(out, "dc:creator", meta.author());
        property(out, "dc:language", meta.language());
        out.write("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>");
        property(out, "dc:subject", meta.subject());
        property(out, "dc:title", meta.title());
        out.write("</cp:coreProperties>");
    }

    private static void property(Writer out, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            out.write('<' + name + '>');
            Xml.escapeText(value, out);
            out.write("</" + name + '>');
        }
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"application/vnd.openxmlformats-" + type + "+xml\" PartName=\"" + part + "\"/>";
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }
}
