package vn.vanban.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import vn.vanban.Format;
import vn.vanban.KitDocument;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;

/**
 * The package vanban writes itself, checked the way Word reads it: every document, style and header
 * part of every example's whole kit is valid against the WordprocessingML schema (XMLBeans' copy of
 * it, so a child out of the schema's order is an error), the parts are the ones the content types
 * name, and every zip entry carries the document's date with no time zone.
 */
class DocxPackageTest {
    private static final Vanban VANBAN = Vanban.builder().build();

    @Test
    void everyPartOfEveryExampleKitIsValidAgainstTheSchema() throws Exception {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (RenderedFile f : exampleKits()) {
            Map<String, byte[]> parts = new DocxFile(f.bytes()).entries;
            checked += validate(f.name(), "word/document.xml", DocumentDocument.Factory.parse(text(parts, "word/document.xml")), errors);
            checked += validate(f.name(), "word/styles.xml", StylesDocument.Factory.parse(text(parts, "word/styles.xml")), errors);
            checked += validate(f.name(), "word/header1.xml", HdrDocument.Factory.parse(text(parts, "word/header1.xml")), errors);
            checked += validate(f.name(), "word/header2.xml", HdrDocument.Factory.parse(text(parts, "word/header2.xml")), errors);
        }
        assertTrue(checked > 100, "the example kits have many documents: " + checked / 4);
        assertEquals(List.of(), errors);
    }

    @Test
    void theSchemaCheckFindsAChildOutOfOrder() throws Exception {
        String document = text(new DocxFile(exampleKits().get(0).bytes()).entries, "word/document.xml");
        // The first paragraph properties with both: w:jc moved before w:spacing, as Word would refuse.
        int spacing = document.indexOf("<w:spacing ");
        int end = document.indexOf("/>", spacing) + 2;
        String moved = document.substring(0, spacing) + document.substring(end);
        int pPrEnd = moved.indexOf("</w:pPr>", spacing);
        moved = moved.substring(0, pPrEnd) + document.substring(spacing, end) + moved.substring(pPrEnd);
        List<String> errors = new ArrayList<>();
        validate("moved", "word/document.xml", DocumentDocument.Factory.parse(moved), errors);
        assertFalse(errors.isEmpty(), "a w:spacing after the other properties breaks the schema's order");
    }

    @Test
    void thePackageHoldsExactlyThePartsItsContentTypesAndRelationshipsName() {
        RenderedFile f = exampleKits().get(0);
        Map<String, byte[]> parts = new DocxFile(f.bytes()).entries;
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/header1.xml", "word/header2.xml",
                "word/settings.xml", "word/styles.xml"), new ArrayList<>(parts.keySet()));
        String types = text(parts, "[Content_Types].xml");
        for (String name : parts.keySet()) {
            if (name.endsWith(".xml") && !name.equals("[Content_Types].xml")) {
                assertTrue(types.contains("PartName=\"/" + name + "\""), name + " has its content type");
            }
        }
        String rels = text(parts, "word/_rels/document.xml.rels");
        String document = text(parts, "word/document.xml");
        for (String id : List.of("rId3", "rId4")) {
            assertTrue(rels.contains("Id=\"" + id + "\""), id);
            assertTrue(document.contains("r:id=\"" + id + "\""), id + " is referenced by the sections");
        }
        assertTrue(text(parts, "docProps/app.xml").contains("<Application>vanban</Application>"));
    }

    @Test
    void settingsPutCompatibilityModeBeforeTheThemeLanguageAsTheSchemaOrdersThem() {
        String settings = text(new DocxFile(exampleKits().get(0).bytes()).entries, "word/settings.xml");
        int compat = settings.indexOf("<w:compat>");
        int lang = settings.indexOf("<w:themeFontLang w:val=\"vi-VN\"/>");
        assertTrue(compat > 0 && lang > compat, settings);
        assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""), settings);
    }

    @Test
    void everyZipEntryIsDatedTheDocumentsDayWithoutAnExtraTimestampField() {
        DocxFile f = new DocxFile(exampleKits().get(0).bytes());
        String day = f.value("core", "//dcterms:created").substring(0, 10);
        for (ZipEntry e : f.zipEntries.values()) {
            assertEquals(LocalDateTime.parse(day + "T00:00"), e.getTimeLocal(), e.getName());
            assertEquals(null, e.getExtra(), e.getName() + ": no extended timestamp (it would carry a time zone)");
        }
    }

    private static int validate(String file, String part, XmlObject xml, List<String> errors) {
        List<XmlError> found = new ArrayList<>();
        if (!xml.validate(new XmlOptions().setErrorListener(found))) {
            for (XmlError e : found) {
                errors.add(file + " " + part + ": " + e.getMessage());
            }
            assertFalse(found.isEmpty(), "an invalid part reports why");
        }
        return 1;
    }

    /** Every document of every example's kit as DOCX. */
    static List<RenderedFile> exampleKits() {
        List<RenderedFile> out = new ArrayList<>();
        try (Stream<Path> events = Files.list(Path.of("examples"))) {
            for (Path p : events.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                for (KitDocument d : VANBAN.kit(Vanban.read(p), Set.of(Format.DOCX))) {
                    out.addAll(d.files());
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static String text(Map<String, byte[]> parts, String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }
}
