package vn.vanban.render.docx.internal;

import java.util.List;

import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.style.Align;
import vn.vanban.style.Role;

/**
 * Writes a ruled content table: single black borders, a bold centred header row repeated on every
 * page, body cells aligned per column, widths from the column weights across the text width.
 *
 * <pre>{@code
 * TableWriter.write(flow, table, layout);
 * }</pre>
 */
public final class TableWriter {
    private TableWriter() {
    }

    public static void write(Flow flow, Table table, Layout layout) {
        List<Table.Column> cols = table.columns();
        // The layout layer's widths (weights, every column at least its longest word), in twips summing to the text width.
        long[] widths = Tables.split(layout.textWidth(),
                vn.vanban.layout.TablePlan.widths(table, layout.style(), layout.measurer(), layout.textWidthPt()));
        long pad = Twips.fromPt(layout.style().tableCellPaddingPt());
        Element t = Tables.create(flow, widths, layout.style().ruleWidthPt(), pad, pad);
        Element head = t.add("w:tr");
        Element headPr = head.add("w:trPr");
        headPr.add("w:tblHeader");
        headPr.add("w:cantSplit");
        for (int i = 0; i < widths.length; i++) {
            Paragraphs.line(Tables.cell(head, widths[i]), Role.TABLE_HEADER, cols.get(i).header());
        }
        Tables.centreVertically(head);

        Align styleAlign = layout.text(Role.TABLE_CELL).align();
        for (List<List<Span>> row : table.rows()) {
            Element tr = Tables.row(t);
            for (int i = 0; i < widths.length; i++) {
                Element p = Paragraphs.add(Tables.cell(tr, widths[i]), Role.TABLE_CELL);
                Align align = Align.valueOf(cols.get(i).align().name());
                if (align != styleAlign) {
                    Paragraphs.ppr(p).add("w:jc").set("w:val", Props.jc(align));
                }
                Paragraphs.spans(p, row.get(i));
            }
        }
    }
}
