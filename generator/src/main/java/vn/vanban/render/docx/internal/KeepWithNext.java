package vn.vanban.render.docx.internal;

import java.util.List;

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
    static void lastRow(Element t) {
        List<Element> rows = t.all("w:tr");
        row(rows.get(rows.size() - 1));
    }

    /** Marks every paragraph of a row's cells. */
    static void row(Element tr) {
        for (Element tc : tr.all("w:tc")) {
            for (Element p : tc.all("w:p")) {
                mark(p);
            }
        }
    }

    /** Marks one paragraph. */
    static void paragraph(Element p) {
        mark(p);
    }

    private static void mark(Element p) {
        Paragraphs.ppr(p).getOrAdd("w:keepNext");
    }
}
