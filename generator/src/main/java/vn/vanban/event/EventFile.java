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
 * @param congress  the typed facts of the event, shared by every document of the kit
 * @param positions where each field (by path, e.g. {@code su_kien.ngay}) starts in the file
 */
public record EventFile(Path path, Map<String, Object> data, Issuer issuer, List<DocumentSpec> documents,
                        List<Problem> warnings, Congress congress, Map<String, Position> positions) {
    public EventFile {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        positions = Map.copyOf(positions);
    }

    /** The format version: 1 or 2 ({@code vanban:}). */
    public int version() {
        return data.get("vanban") instanceof Integer v ? v : 1;
    }

    /** A problem located at {@code field} (or its nearest located parent) of this file. */
    public Problem problem(String field, String message, String hint) {
        Position p = positions.get(field);
        String f = field;
        while (p == null && f.contains(".")) {
            f = f.substring(0, f.lastIndexOf('.'));
            p = positions.get(f);
        }
        return new Problem(path, p == null ? 0 : p.line(), p == null ? 0 : p.column(), field, message, hint);
    }

    /** Where a field starts in the file, 1-based. */
    public record Position(int line, int column) {
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
     * @param item    for a kind made once per award proposal, the proposal's index; otherwise -1
     */
    public record DocumentSpec(int index, DocumentKind kind, Integer number, PartialDate date, String subject,
                               Map<String, Object> data, int item) {
        /** A document listed in van_ban (not one per proposal). */
        public DocumentSpec(int index, DocumentKind kind, Integer number, PartialDate date, String subject, Map<String, Object> data) {
            this(index, kind, number, date, subject, data, -1);
        }
    }
}
