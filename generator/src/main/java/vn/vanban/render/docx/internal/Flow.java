package vn.vanban.render.docx.internal;

import java.util.function.Supplier;

/**
 * Somewhere paragraphs and tables are appended in order: the document body or a table cell.
 *
 * <pre>{@code
 * Flow cell = Flow.of(() -> tc.add("w:p"), () -> tc.add("w:tbl"));
 * }</pre>
 */
public interface Flow {
    /** Appends an empty paragraph ({@code w:p}). */
    Element addParagraph();

    /** Appends an empty table ({@code w:tbl}). */
    Element addTable();

    /** A flow from two appenders. */
    static Flow of(Supplier<Element> paragraphs, Supplier<Element> tables) {
        return new Flow() {
            @Override
            public Element addParagraph() {
                return paragraphs.get();
            }

            @Override
            public Element addTable() {
                return tables.get();
            }
        };
    }
}
