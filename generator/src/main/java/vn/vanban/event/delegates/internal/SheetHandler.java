package vn.vanban.event.delegates.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a worksheet's XML ({@code xl/worksheets/sheetN.xml}) row by row, as Excel, LibreOffice
 * Calc and POI (including its streaming SXSSF writer) store it: shared, inline and formula strings,
 * numbers, booleans, errors, cells and rows with or without their {@code r} reference. Only the
 * current row is held in memory.
 *
 * <pre>{@code
 * xmlReader.setContentHandler(new SheetHandler(sharedStrings, (row, cells) -> ...));
 * }</pre>
 */
public final class SheetHandler extends DefaultHandler {
    /** Excel's own limit on a cell's text. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Receives each row that has at least one cell. */
    public interface RowSink {
        /**
         * @param row   1-based row number
         * @param cells the row's cells in column order; valid only during the call
         */
        void row(int row, List<Cell> cells) throws SAXException;
    }

    /** Stops the parse with a message for the user. */
    public static final class Stop extends SAXException {
        public final int row;
        public final int column;

        public Stop(int row, int column, String message) {
            super(message);
            this.row = row;
            this.column = column;
        }
    }

    private final SharedStrings strings;
    private final RowSink sink;
    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    private int rowNumber;
    private int columnIndex;
    private String type;
    private String value;
    private String formula;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    public SheetHandler(SharedStrings strings, RowSink sink) {
        this.strings = strings;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (local(localName, qName)) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parseRow(r);
                columnIndex = -1;
                cells.clear();
            }
            case "c" -> {
                String r = atts.getValue("r");
                columnIndex = r == null ? columnIndex + 1 : parseColumn(r);
                type = atts.getValue("t");
                value = null;
                formula = null;
                inline.setLength(0);
            }
            case "v" -> start(true, false);
            case "f" -> start(false, true);
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inInline && !inPhonetic) {
                    inInlineText = true;
                    text.setLength(0);
                }
            }
            default -> {
            }
        }
    }

    private void start(boolean v, boolean f) {
        inValue = v;
        inFormula = f;
        text.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue || inFormula || inInlineText) {
            if (text.length() + inline.length() + length > MAX_CELL_CHARS) {
                throw new Stop(rowNumber, columnIndex, "a cell holds more than " + MAX_CELL_CHARS
                        + " characters, more than Excel allows: this sheet was not saved by Excel or Calc; save the delegates again from the template");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(localName, qName)) {
            case "v" -> {
                value = text.toString();
                inValue = false;
            }
            case "f" -> {
                formula = text.toString();
                inFormula = false;
            }
            case "t" -> {
                if (inInlineText) {
                    inline.append(text);
                    inInlineText = false;
                }
            }
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> cells.add(cell());
            case "row" -> {
                if (!cells.isEmpty()) {
                    sink.row(rowNumber, cells);
                }
                cells.clear();
            }
            default -> {
            }
        }
    }

    private Cell cell() throws SAXException {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> new Cell(columnIndex, Cell.Type.STRING, shared(), formula);
            case "inlineStr" -> new Cell(columnIndex, Cell.Type.STRING, value != null && inline.isEmpty() ? value : inline.toString(), formula);
            case "str" -> new Cell(columnIndex, Cell.Type.STRING, value == null ? "" : value, formula);
            case "b" -> new Cell(columnIndex, Cell.Type.BOOLEAN, value == null ? "" : value.strip(), formula);
            case "e" -> new Cell(columnIndex, Cell.Type.ERROR, value == null ? "#VALUE!" : value, formula);
            case "d" -> new Cell(columnIndex, Cell.Type.DATE, value == null ? "" : value, formula);
            default -> new Cell(columnIndex, Cell.Type.NUMBER, value == null ? "" : value.strip(), formula);
        };
    }

    private String shared() throws SAXException {
        if (value == null || value.isBlank()) {
            return "";
        }
        int index;
        try {
            index = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Stop(rowNumber, columnIndex, "a cell points at shared string \"" + value + "\", which is not a number: the file is damaged; save it again from Excel or Calc");
        }
        if (strings == null || index < 0 || index >= strings.getUniqueCount()) {
            throw new Stop(rowNumber, columnIndex, "a cell points at shared string " + index + ", which the workbook does not have: the file is damaged; save it again from Excel or Calc");
        }
        return strings.getItemAt(index).getString();
    }

    /** No external entity is ever fetched (DOCTYPEs are refused before; this is the second lock). */
    @Override
    public org.xml.sax.InputSource resolveEntity(String publicId, String systemId) {
        return new org.xml.sax.InputSource(new java.io.StringReader(""));
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private int parseRow(String r) throws SAXException {
        try {
            int n = Integer.parseInt(r.strip());
            if (n < 1 || n > 1_048_576) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Stop(rowNumber, -1, "a row is numbered \"" + r + "\", which no spreadsheet writes: the file is damaged; save it again from Excel or Calc");
        }
    }

    private int parseColumn(String ref) throws SAXException {
        int col = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
            if (col > 16_384) {
                break;
            }
        }
        if (i == 0 || col > 16_384) {
            throw new Stop(rowNumber, -1, "a cell is named \"" + ref + "\", which no spreadsheet writes: the file is damaged; save it again from Excel or Calc");
        }
        return col - 1;
    }
}
