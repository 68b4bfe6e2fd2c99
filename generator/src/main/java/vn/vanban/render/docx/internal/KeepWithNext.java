package vn.vanban.render.docx.internal;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * Marks the block just written as kept with the next one ({@code w:keepNext}), as the layout
 * layer's {@link vn.vanban.layout.KeepRules} decided: its last paragraph, or every paragraph of a
 * table's last row (Word keeps a row with what follows when its paragraphs are kept with next).
 *
 * <pre>{@code
 * KeepWithNext.paragraph(lastParagraph);   // or KeepWithNext.lastRow(table)
 * }</pre>
 */
final class KeepWithNext {
    private KeepWithNext() {
    }

    /** Marks every paragraph of a table's last row. */
    static void lastRow(CTTbl t) {
        CTRow last = t.getTrArray(t.sizeOfTrArray() - 1);
        for (CTTc tc : last.getTcList()) {
            for (CTP p : tc.getPList()) {
                mark(p);
            }
        }
    }

    /** Marks one paragraph. */
    static void paragraph(CTP p) {
        mark(p);
    }

    private static void mark(CTP p) {
        var ppr = Paragraphs.ppr(p);
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }
}
