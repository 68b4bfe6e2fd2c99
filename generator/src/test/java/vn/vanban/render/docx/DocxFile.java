package vn.vanban.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DOCX read back the way a user's tool does: unzipped, each XML part parsed with the JDK, queried
 * with XPath under the prefix {@code w} (and {@code r}, {@code cp}, {@code dc}, {@code dcterms}).
 *
 * <pre>{@code
 * DocxFile f = new DocxFile(bytes);
 * String size = f.value("styles", "//w:style[@w:styleId='NoiDung']/w:rPr/w:sz/@w:val");
 * }</pre>
 */
final class DocxFile {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Map<String, String> NS = Map.of(
            "w", W,
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "rel", "http://schemas.openxmlformats.org/package/2006/relationships",
            "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "dc", "http://purl.org/dc/elements/1.1/",
            "dcterms", "http://purl.org/dc/terms/");

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final Map<String, ZipEntry> zipEntries = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();
    private final XPath xpath;

    DocxFile(byte[] docx) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                entries.put(e.getName(), zin.readAllBytes());
                zipEntries.put(e.getName(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** A part by short name ("document", "styles", "settings", "core", "header1") or by full path. */
    Document part(String name) {
        String path = switch (name) {
            case "document", "styles", "settings" -> "word/" + name + ".xml";
            case "core" -> "docProps/core.xml";
            case "rels" -> "word/_rels/document.xml.rels";
            default -> name.startsWith("header") ? "word/" + name + ".xml" : name;
        };
        return parsed.computeIfAbsent(path, p -> {
            byte[] bytes = entries.get(p);
            if (bytes == null) {
                throw new AssertionError("the DOCX has no part " + p + "; it has " + entries.keySet());
            }
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            } catch (Exception e) {
                throw new AssertionError("part " + p + " is not well-formed XML", e);
            }
        });
    }

    String value(String part, String expr) {
        return value(part(part), expr);
    }

    String value(Node context, String expr) {
        try {
            return xpath.evaluate(expr, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    List<Element> nodes(String part, String expr) {
        return nodes(part(part), expr);
    }

    List<Element> nodes(Node context, String expr) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expr, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    /** The header part a section's w:headerReference of this type points to, e.g. "word/header1.xml". */
    String headerPart(Element sectPr, String type) {
        String id = value(sectPr, "w:headerReference[@w:type='" + type + "']/@r:id");
        String target = value("rels", "//rel:Relationship[@Id='" + id + "']/@Target");
        return "word/" + target;
    }

    /**
     * The text of a paragraph as a reader sees it: its w:t runs joined, a line break read as a
     * space, word joiners (U+2060, vanban's non-breaking joins) dropped.
     */
    String text(Element p) {
        StringBuilder sb = new StringBuilder();
        for (Element t : nodes(p, ".//w:t | .//w:br")) {
            sb.append(t.getLocalName().equals("br") ? " " : t.getTextContent());
        }
        return sb.toString().replace("\u2060", "").replace('\u00A0', ' ');
    }

    /** The text of every paragraph of the body, in document order, table cells included. */
    List<String> paragraphTexts() {
        List<String> out = new ArrayList<>();
        for (Element p : nodes("document", "//w:body//w:p")) {
            out.add(text(p));
        }
        return out;
    }

    /** The body paragraph whose text is exactly {@code text}. */
    Element paragraph(String text) {
        for (Element p : nodes("document", "//w:body//w:p")) {
            if (text(p).equals(text)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph reads \"" + text + "\"");
    }

    static int num(String s) {
        return Integer.parseInt(s);
    }
}
