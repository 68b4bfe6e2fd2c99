package vn.vanban.render.pdf.internal;

import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import vn.vanban.doc.Table;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;

import java.util.List;

/**
 * A ruled table across the text width: column widths from the weights, a bold header row repeated
 * on every page, body cells aligned per column.
 *
 * <pre>{@code
 * PdfPTable t = new TableLayout(typesetter).table(table, geometry.textWidth());
 * }</pre>
 */
final class TableLayout {
    private final Typesetter ts;
    private final Nd30Style style;

    TableLayout(Typesetter ts) {
        this.ts = ts;
        this.style = ts.style();
    }

    PdfPTable table(Table table, float textWidth) {
        List<Table.Column> columns = table.columns();
        double total = columns.stream().mapToDouble(Table.Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (columns.get(i).weight() / total * textWidth);
        }
        PdfPTable t = Cells.table(widths);
        t.setHeaderRows(1);
        t.setSpacingAfter((float) ts.text(Role.BODY).spaceAfterPt());
        for (Table.Column c : columns) {
            PdfPCell cell = ruled(Role.TABLE_HEADER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.addElement(ts.line(Role.TABLE_HEADER, c.header()));
            t.addCell(cell);
        }
        for (List<List<vn.vanban.doc.Span>> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = ruled(Role.TABLE_CELL);
                org.openpdf.text.Paragraph p = ts.paragraph(Role.TABLE_CELL, null, row.get(i));
                p.setAlignment(Typesetter.align(columns.get(i).align()));
                cell.addElement(p);
                t.addCell(cell);
            }
        }
        return t;
    }

    /**
     * A ruled cell. As in Word's exact line height, the first line's descenders end at the bottom
     * of its line box, so text sits centred between the rules rather than hanging low.
     */
    private PdfPCell ruled(Role role) {
        PdfPCell c = Cells.blank();
        c.setBorder(Rectangle.BOX);
        c.setBorderWidth((float) style.ruleWidthPt());
        float pad = (float) style.tableCellPaddingPt();
        float descent = ts.descent(role);
        c.setPadding(pad);
        c.setPaddingTop(Math.max(0, pad - descent));
        c.setPaddingBottom(pad + descent);
        return c;
    }
}
