package vn.vanban.event.delegates.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.vanban.event.Delegate;
import vn.vanban.event.delegates.WorkbookProblem;

/**
 * Turns the rows of the {@code Đại biểu} sheet into delegates: finds the header row (the first row
 * with anything in it), maps its headers to {@link Column}s, then checks every cell of every row and
 * keeps every problem, so that all bad rows are reported at once.
 *
 * <pre>{@code
 * RowParser p = new RowParser(file, "Đại biểu");
 * handler = new SheetHandler(strings, p::row);   // … parse …
 * p.finish();   // problems() or delegates()
 * }</pre>
 */
public final class RowParser {
    /** The most delegates in one workbook. */
    public static final int MAX_DELEGATES = 200_000;
    /** The longest text kept in one cell. */
    public static final int MAX_TEXT = 1_000;
    /** Problems kept for the report (all are counted). */
    public static final int MAX_KEPT = 200;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2030;

    private static final String TEMPLATE = "./vanban delegates template.xlsx";

    private final Path file;
    private final String sheet;
    private final List<Delegate> delegates = new ArrayList<>();
    private final List<WorkbookProblem> problems = new ArrayList<>();
    private int problemCount;
    private Map<Integer, Column> columns;
    private final EnumMap<Column, Integer> indexOf = new EnumMap<>(Column.class);
    private int headerRow;
    private int firstTitleRows;
    /** One String per distinct value of the columns that repeat (units, levels, awards): a long list holds less. */
    private final Map<String, String> pool = new HashMap<>();

    public RowParser(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** The delegates read so far, in sheet order. */
    public List<Delegate> delegates() {
        return delegates;
    }

    /** The problems kept (at most {@link #MAX_KEPT}). */
    public List<WorkbookProblem> problems() {
        return problems;
    }

    /** How many problems were found. */
    public int problemCount() {
        return problemCount;
    }

    /** Takes one row from the sheet; returns false when reading should stop. */
    public boolean row(int row, List<Cell> cells) {
        if (columns == null) {
            long filled = cells.stream().filter(c -> !c.blank()).count();
            if (filled == 1 && firstTitleRows++ < 5) {
                return true; // a title above the header (e.g. "DANH SÁCH ĐẠI BIỂU"): skipped
            }
            if (headerRow == 0 && filled > 0) {
                headerRow = row;
                header(row, cells);
                return columns != null;
            }
            return true;
        }
        data(row, cells);
        if (delegates.size() > MAX_DELEGATES) {
            problem(row, -1, String.format(Locale.ROOT,
                    "more than %,d delegates: vanban reads at most %,d from one workbook; split the list", MAX_DELEGATES, MAX_DELEGATES));
            return false;
        }
        return true;
    }

    /** Call after the last row: adds the problems of an empty sheet. */
    public void finish() {
        if (headerRow == 0) {
            problem(0, -1, "is empty: put the headers in row 1 and one delegate per row below (" + TEMPLATE + " writes the template)");
        } else if (columns != null && delegates.isEmpty() && problemCount == 0) {
            problem(0, -1, "has no delegates below the header row " + headerRow + ": fill in one row per delegate");
        }
    }

    private void header(int row, List<Cell> cells) {
        Map<String, Column> byKey = new HashMap<>();
        for (Column c : Column.ALL) {
            byKey.put(headerKey(c.header), c);
        }
        Map<Integer, Column> found = new HashMap<>();
        Map<Integer, String> unknown = new HashMap<>();
        boolean bad = false;
        for (Cell cell : cells) {
            String text = CellText.clean(cell.value());
            if (text.isEmpty()) {
                continue;
            }
            Column c = byKey.get(headerKey(text));
            if (c == null) {
                unknown.put(cell.column(), text);
            } else if (indexOf.containsKey(c)) {
                problem(row, cell.column(), "\"" + text + "\" heads column " + Column.letter(indexOf.get(c))
                        + " too: keep one column per header");
                bad = true;
            } else {
                found.put(cell.column(), c);
                indexOf.put(c, cell.column());
            }
        }
        for (Column c : Column.ALL) {
            if (c.kind == Column.Kind.IGNORED || indexOf.containsKey(c)) {
                continue;
            }
            bad = true;
            Optional<Integer> near = Closest.of(headerKey(c.header), new ArrayList<>(unknown.keySet()), i -> headerKey(unknown.get(i)));
            if (near.isPresent()) {
                int col = near.get();
                problems.add(new WorkbookProblem(file, sheet, row, Column.letter(col), unknown.get(col),
                        "is not a header vanban knows: did you mean \"" + c.header + "\"? Write the headers as in the template (" + TEMPLATE + ")"));
                problemCount++;
                unknown.remove(col);
            } else {
                problem(row, -1, "has no column \"" + c.header + "\" in its header row: add it (the headers, in row "
                        + row + ": " + String.join(", ", Column.ALL.stream().map(x -> x.header).toList()) + "; " + TEMPLATE + " writes them)");
            }
        }
        if (!bad) {
            columns = found;
        }
    }

    private void data(int row, List<Cell> cells) {
        Map<Column, Cell> byColumn = new EnumMap<>(Column.class);
        boolean any = false;
        for (Cell cell : cells) {
            Column c = columns.get(cell.column());
            if (c != null && c.kind != Column.Kind.IGNORED) {
                byColumn.put(c, cell);
                any |= !cell.blank();
            }
        }
        if (!any) {
            return; // an empty row (maybe only an STT): skipped
        }
        int before = problemCount;
        Map<Column, String> text = new EnumMap<>(Column.class);
        java.util.Set<Column> reported = java.util.EnumSet.noneOf(Column.class);
        for (Map.Entry<Column, Cell> e : byColumn.entrySet()) {
            Column c = e.getKey();
            Cell cell = e.getValue();
            int problemsBefore = problemCount;
            readCell(row, c, cell, text);
            if (problemCount > problemsBefore) {
                reported.add(c);
            }
        }
        String name = text.getOrDefault(Column.HO_TEN, "");
        if (name.isEmpty() && !reported.contains(Column.HO_TEN)) {
            problem(row, Column.HO_TEN, "is empty: write the delegate's full name, or delete the row");
        }
        Integer year = year(row, byColumn.get(Column.NAM_SINH), text.get(Column.NAM_SINH));
        Delegate.Sex sex = sex(row, text.get(Column.GIOI_TINH), reported.contains(Column.GIOI_TINH));
        String ethnicity = ethnicity(row, text.get(Column.DAN_TOC));
        Delegate.Group group = group(row, text.get(Column.NHOM), reported.contains(Column.NHOM));
        boolean party = yesNo(row, Column.DANG_VIEN, text.get(Column.DANG_VIEN));
        boolean production = yesNo(row, Column.TRUC_TIEP_SX, text.get(Column.TRUC_TIEP_SX));
        if (problemCount == before) {
            delegates.add(new Delegate(name, year, sex, ethnicity, orNull(text.get(Column.CHUC_VU)), orNull(text.get(Column.DON_VI)),
                    group, orNull(text.get(Column.CHUYEN_MON)), orNull(text.get(Column.LY_LUAN)), party, production,
                    orNull(text.get(Column.THANH_TICH)), orNull(text.get(Column.GHI_CHU))));
        }
    }

    /** Checks one cell's form (no formula, no error, no direction mark, not too long) and keeps its clean text. */
    private void readCell(int row, Column c, Cell cell, Map<Column, String> text) {
        if (cell.formula() != null) {
            String f = cell.formula().isEmpty() ? "" : " (=" + shorten(cell.formula()) + ")";
            problem(row, c, "holds a formula" + f + ", not a value: vanban reads only typed values; copy the column and paste it back "
                    + "as values (Excel: Paste Special → Values; Calc: Paste Special → Values Only)");
            return;
        }
        if (cell.type() == Cell.Type.ERROR) {
            problem(row, c, "shows the error " + cell.value() + ": write the value itself");
            return;
        }
        String v = value(cell);
        if (CellText.bidiControl(v) >= 0) {
            problem(row, c, String.format(Locale.ROOT, "contains an invisible direction mark (U+%04X), which makes the text read differently "
                    + "in different programs: retype the cell", CellText.bidiControl(v)));
            return;
        }
        v = CellText.clean(v);
        if (v.length() > MAX_TEXT) {
            problem(row, c, String.format(Locale.ROOT, "is %,d characters long; at most %,d: shorten it", v.length(), MAX_TEXT));
            return;
        }
        if (c.kind == Column.Kind.TEXT && v.length() <= 200) {
            String shared = pool.get(v);
            if (shared != null) {
                v = shared;
            } else if (pool.size() < 50_000) {
                pool.put(v, v);
            }
        }
        text.put(c, v);
    }

    /** A cell's value as text: a number without a trailing ".0", a boolean as TRUE/FALSE. */
    private static String value(Cell cell) {
        return switch (cell.type()) {
            case NUMBER -> plainNumber(cell.value());
            case BOOLEAN -> "1".equals(cell.value()) || "true".equalsIgnoreCase(cell.value()) ? "TRUE" : "FALSE";
            default -> cell.value();
        };
    }

    private static String plainNumber(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private Integer year(int row, Cell cell, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        boolean digits = v.length() == 4 && v.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (!digits) {
            String hint = cell != null && cell.type() == Cell.Type.NUMBER ? " (a cell formatted as a date stores a number like this: write only the year)" : "";
            problem(row, Column.NAM_SINH, "\"" + shorten(v) + "\" is not a year: write four digits, e.g. 1980" + hint);
            return null;
        }
        int y = Integer.parseInt(v);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            problem(row, Column.NAM_SINH, y + " is not a plausible year of birth: write a year from " + MIN_YEAR + " to " + MAX_YEAR + ", e.g. 1980");
            return null;
        }
        return y;
    }

    private Delegate.Sex sex(int row, String v, boolean reported) {
        if (reported) {
            return null;
        }
        if (v == null || v.isEmpty()) {
            problem(row, Column.GIOI_TINH, "is empty: choose Nam or Nữ from the list");
            return null;
        }
        String k = v.toLowerCase(Locale.ROOT);
        for (Delegate.Sex s : Delegate.Sex.values()) {
            if (k.equals(s.key) || k.equals(s.label.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        problem(row, Column.GIOI_TINH, "\"" + shorten(v) + "\" is not Nam or Nữ: choose one from the list");
        return null;
    }

    private String ethnicity(int row, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        Optional<String> known = Ethnicities.canonical(v);
        if (known.isPresent()) {
            return known.get();
        }
        String near = Ethnicities.closest(v).map(e -> "did you mean \"" + e + "\"? Otherwise ").orElse("");
        problem(row, Column.DAN_TOC, "\"" + shorten(v) + "\" is not one of the 54 dân tộc of Việt Nam: " + near
                + "choose from the list (sheet \"" + Column.LIST_SHEET + "\" of the template)");
        return null;
    }

    private Delegate.Group group(int row, String v, boolean reported) {
        if (reported) {
            return null;
        }
        String choices = "choose \"" + Column.GROUP_DIEN_HINH + "\" or \"" + Column.GROUP_KHACH_MOI + "\" from the list";
        if (v == null || v.isEmpty()) {
            problem(row, Column.NHOM, "is empty: " + choices);
            return null;
        }
        String k = v.toLowerCase(Locale.ROOT);
        if (k.equals(Column.GROUP_DIEN_HINH.toLowerCase(Locale.ROOT))) {
            return Delegate.Group.DIEN_HINH;
        }
        if (k.equals(Column.GROUP_KHACH_MOI.toLowerCase(Locale.ROOT))) {
            return Delegate.Group.KHACH_MOI;
        }
        for (Delegate.Group g : Delegate.Group.values()) {
            if (k.equals(g.key) || k.equals(g.label.toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        problem(row, Column.NHOM, "\"" + shorten(v) + "\" is not a delegate group: " + choices);
        return null;
    }

    private boolean yesNo(int row, Column c, String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        String k = v.toLowerCase(Locale.ROOT);
        switch (k) {
            case "có", "co", "x", "true" -> {
                return true;
            }
            case "không", "khong", "false" -> {
                return false;
            }
            default -> {
                problem(row, c, "\"" + shorten(v) + "\" is not Có or Không: choose one from the list (empty means Không)");
                return false;
            }
        }
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }

    /** Headers compare without case, extra spaces or a trailing "(*)" / "*" of a required column. */
    static String headerKey(String header) {
        String s = CellText.clean(header).toLowerCase(Locale.ROOT);
        s = s.replace("(*)", "").replace("*", "").strip();
        return s;
    }

    private void problem(int row, Column c, String message) {
        Integer index = indexOf.get(c);
        problem(row, index == null ? -1 : index, c.header, message);
    }

    private void problem(int row, int column, String message) {
        String header = "";
        if (columns != null && column >= 0 && columns.containsKey(column)) {
            header = columns.get(column).header;
        }
        problem(row, column, header, message);
    }

    private void problem(int row, int column, String header, String message) {
        problemCount++;
        if (problems.size() < MAX_KEPT) {
            problems.add(new WorkbookProblem(file, sheet, row, column < 0 ? "" : Column.letter(column), header, message));
        }
    }
}
