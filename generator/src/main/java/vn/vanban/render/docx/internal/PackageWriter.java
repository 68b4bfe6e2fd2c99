package vn.vanban.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.vanban.doc.Metadata;

/**
 * Writes the core properties from the {@link Metadata} and saves the package reproducibly: every
 * date is the document's date at 00:00:00Z and every zip entry time is fixed.
 *
 * <p>Zip entry times: POI 5.4+ stamps entries with time 0 (1980-01-01 in DOS time) instead of
 * "now" while {@link Reproducibility#runWithSourceDateEpoch} runs. That switch is one static flag,
 * so saves are serialised on a lock here; building the document stays parallel.
 *
 * <pre>{@code
 * PackageWriter.write(xwpfDocument, metadata, out);
 * }</pre>
 */
public final class PackageWriter {
    private static final Object SAVE_LOCK = new Object();

    private PackageWriter() {
    }

    public static void write(XWPFDocument doc, Metadata meta, OutputStream out) throws IOException {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setSubjectProperty(meta.subject());
        core.setCreator(meta.author());
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        Date date = Date.from(meta.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        SettingsWriter.write(doc.getSettings(), meta.language());
        synchronized (SAVE_LOCK) {
            Reproducibility.runWithSourceDateEpoch(() -> doc.write(out));
        }
    }
}
