package vn.vanban.event;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated event file: typed views of what Java needs, and the plain value tree templates see.
 *
 * <pre>{@code
 * EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
 * ev.documents().get(0).kind();   // KE_HOACH
 * }</pre>
 *
 * @param path      the file read
 * @param data      the whole file as plain maps, lists, strings, integers, booleans and
 *                  {@link PartialDate}s, NFC, in file order
 * @param issuer    the issuing agency
 * @param documents the documents to produce, in file order
 * @param warnings  things vanban fixed on reading (spacing, Unicode form), with their lines
 */
public record EventFile(Path path, Map<String, Object> data, Issuer issuer, List<DocumentSpec> documents,
                        List<Problem> warnings) {
    public EventFile {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    /**
     * The issuing agency.
     *
     * @param name         full name in running text
     * @param abbreviation for the ký hiệu, e.g. {@code UBND}
     * @param place        place name of the date line
     */
    public record Issuer(String name, String abbreviation, String place) {
    }

    /**
     * One document of the file.
     *
     * @param index   position in {@code van_ban}, from 0
     * @param kind    the document kind (picks the template)
     * @param number  the số, or null on a draft
     * @param date    the date, possibly partial on a draft
     * @param subject the trích yếu, or null when the template composes it
     * @param data    this document's plain value tree
     */
    public record DocumentSpec(int index, EventSchema.Kind kind, Integer number, PartialDate date, String subject,
                               Map<String, Object> data) {
    }
}
