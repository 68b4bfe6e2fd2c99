package vn.vanban.render.docx.internal;

import java.util.List;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

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
        CTTbl t = Tables.create(flow, widths, layout.style().ruleWidthPt(), pad, pad);

        CTRow head = t.addNewTr();
        head.addNewTrPr().addNewTblHeader();
        head.getTrPr().addNewCantSplit();
        for (int i = 0; i < widths.length; i++) {
            Paragraphs.line(Tables.cell(head, widths[i]), Role.TABLE_HEADER, cols.get(i).header());
        }
        Tables.centreVertically(head);

        Align styleAlign = layout.text(Role.TABLE_CELL).align();
        for (List<List<Span>> row : table.rows()) {
            CTRow tr = t.addNewTr();
            tr.addNewTrPr().addNewCantSplit();
            for (int i = 0; i < widths.length; i++) {
                CTP p = Paragraphs.add(Tables.cell(tr, widths[i]), Role.TABLE_CELL);
                Align align = Align.valueOf(cols.get(i).align().name());
                if (align != styleAlign) {
                    p.getPPr().addNewJc().setVal(Props.jc(align));
                }
                Paragraphs.spans(p, row.get(i));
            }
        }
    }
}
