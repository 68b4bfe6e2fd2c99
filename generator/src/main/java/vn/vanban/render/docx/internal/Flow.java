package vn.vanban.render.docx.internal;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Somewhere paragraphs and tables are appended in order: the document body or a table cell.
 *
 * <pre>{@code
 * Flow body = Flow.of(ctBody::addNewP, ctBody::addNewTbl);
 * }</pre>
 */
public interface Flow {
    /** Appends an empty paragraph. */
    CTP addParagraph();

    /** Appends an empty table. */
    CTTbl addTable();

    /** A flow from two appenders. */
    static Flow of(java.util.function.Supplier<CTP> paragraphs, java.util.function.Supplier<CTTbl> tables) {
        return new Flow() {
            @Override
            public CTP addParagraph() {
                return paragraphs.get();
            }

            @Override
            public CTTbl addTable() {
                return tables.get();
            }
        };
    }
}
