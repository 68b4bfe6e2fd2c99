package vn.vanban.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.style.Nd30Style;

/**
 * What makes two renderings of the same input byte-identical: a document key hashed from the
 * model and the style sheet, the file /ID taken from it, and dates taken from the metadata.
 *
 * <pre>{@code
 * byte[] key = FileIdentity.key(doc, style);
 * FileIdentity.apply(writer, doc.metadata(), key);   // after document.open()
 * }</pre>
 */
final class FileIdentity {
    private static final String CREATOR = "vanban";

    private FileIdentity() {
    }

    /** SHA-256 of the document model and the style sheet (records print every field). */
    static byte[] key(Document doc, Nd30Style style) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(doc.toString().getBytes(StandardCharsets.UTF_8));
            md.update(style.toString().getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Sets the info dictionary, the dates, the /ID and the catalog's /Lang. */
    static void apply(PdfWriter writer, org.openpdf.text.Document pdf, Metadata m, byte[] key) {
        pdf.addTitle(m.title());
        pdf.addSubject(m.subject());
        pdf.addAuthor(m.author());
        pdf.addCreator(CREATOR);
        Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        day.clear();
        day.set(m.date().getYear(), m.date().getMonthValue() - 1, m.date().getDayOfMonth());
        PdfDate date = new PdfDate(day);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        // OpenPDF takes the trailer /ID from this entry when present, instead of random bytes.
        byte[] id = Arrays.copyOf(key, 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language()));
    }
}
