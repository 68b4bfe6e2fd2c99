package vn.vanban.event.delegates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import vn.vanban.event.Delegate;
import vn.vanban.event.delegates.DelegateWorkbookException;
import vn.vanban.event.delegates.WorkbookProblem;

/**
 * Reads the {@code Đại biểu} sheet of an .xlsx by streaming (POI's {@link XSSFReader} for the parts,
 * a SAX {@link SheetHandler} for the rows), after {@link Container#check} has vetted the file.
 *
 * <pre>{@code
 * List<Delegate> list = WorkbookReader.read(Path.of("delegates.xlsx"));
 * }</pre>
 */
public final class WorkbookReader {
    private static final String SAVE_AGAIN = "open it in Excel or LibreOffice Calc and save it again as .xlsx";

    private WorkbookReader() {
    }

    public static List<Delegate> read(Path file) throws DelegateWorkbookException {
        Container.check(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            try {
                return read(file, pkg);
            } finally {
                pkg.revert();
            }
        } catch (DelegateWorkbookException e) {
            throw e;
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw fail(file, "is not a workbook vanban can read (" + reason(e) + "): " + SAVE_AGAIN);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            String m = reason(e);
            if (allMessages(e).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw fail(file, "looks like a zip bomb: a part unpacks far larger than it is stored (more than " + Container.MAX_RATIO
                        + " times); vanban stopped unpacking it. Save the delegates' sheet again from Excel or Calc");
            }
            throw fail(file, "is damaged and cannot be read (" + m + "): " + SAVE_AGAIN);
        }
    }

    private static List<Delegate> read(Path file, OPCPackage pkg) throws IOException, OpenXML4JException, DelegateWorkbookException {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                names.add(name);
                if (CellText.clean(name).equalsIgnoreCase(Column.SHEET)) {
                    return readSheet(file, name, pkg, in);
                }
            }
        }
        String todo = Closest.of(Column.SHEET.toLowerCase(Locale.ROOT), names, n -> CellText.clean(n).toLowerCase(Locale.ROOT))
                .map(n -> "rename the sheet \"" + n + "\" to \"" + Column.SHEET + "\"")
                .orElse("put the delegates on a sheet named \"" + Column.SHEET + "\"");
        throw fail(file, "has no sheet \"" + Column.SHEET + "\" (its sheets: " + quoted(names) + "): " + todo
                + ", as in the template (./vanban delegates template.xlsx)");
    }

    private static List<Delegate> readSheet(Path file, String sheet, OPCPackage pkg, InputStream in)
            throws IOException, DelegateWorkbookException {
        RowParser parser = new RowParser(file, sheet);
        try {
            SharedStrings strings = sharedStrings(pkg);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SheetHandler handler = new SheetHandler(strings, (row, cells) -> {
                if (!parser.row(row, cells)) {
                    throw new SheetHandler.Stop(0, -1, "");
                }
            });
            xml.setContentHandler(handler);
            xml.setErrorHandler(handler); // throws on a fatal error; POI's default handler would log it
            xml.setEntityResolver(handler);
            xml.parse(new InputSource(in));
        } catch (SheetHandler.Stop stop) {
            if (!stop.getMessage().isEmpty()) {
                List<WorkbookProblem> all = new ArrayList<>(parser.problems());
                all.add(new WorkbookProblem(file, sheet, stop.row, stop.column < 0 ? "" : Column.letter(stop.column), "", stop.getMessage()));
                throw new DelegateWorkbookException(all, parser.problemCount() + 1);
            }
        } catch (SAXParseException e) {
            throw fail(file, "has a damaged sheet \"" + sheet + "\" (XML error at line " + e.getLineNumber() + ": " + e.getMessage() + "): " + SAVE_AGAIN);
        } catch (SAXException | ParserConfigurationException e) {
            throw fail(file, "has a sheet \"" + sheet + "\" that cannot be read (" + reason(e) + "): " + SAVE_AGAIN);
        }
        parser.finish();
        if (parser.problemCount() > 0) {
            throw new DelegateWorkbookException(parser.problems(), parser.problemCount());
        }
        return List.copyOf(parser.delegates());
    }

    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        var parts = pkg.getPartsByContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        return parts.isEmpty() ? null : new ReadOnlySharedStringsTable(pkg, false);
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static String allMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        String m = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                m = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 197) + "…" : m;
    }

    private static DelegateWorkbookException fail(Path file, String message) {
        return new DelegateWorkbookException(WorkbookProblem.ofFile(file, message));
    }
}
