package vn.vanban.render.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The element tree of the DOCX writer: schema order, attributes, escaping, and the zip dates. */
class ElementTest {
    @Test
    void childrenComeOutInTheSchemasOrderWhateverOrderTheyWereAddedIn() {
        Element ppr = new Element("w:pPr");
        ppr.add("w:jc").set("w:val", "center");
        ppr.add("w:spacing").set("w:before", 0);
        ppr.add("w:keepNext");
        ppr.add("w:pStyle").set("w:val", "VanBan");
        assertEquals("<w:pPr><w:pStyle w:val=\"VanBan\"/><w:keepNext/><w:spacing w:before=\"0\"/><w:jc w:val=\"center\"/></w:pPr>",
                xml(ppr));
    }

    @Test
    void runsOfAParagraphKeepTheirOrderAfterItsProperties() {
        Element p = new Element("w:p");
        p.add("w:r").add("w:t").text("một");
        p.add("w:r").add("w:t").text("hai");
        p.add("w:pPr").add("w:pStyle").set("w:val", "X");
        assertEquals("<w:p><w:pPr><w:pStyle w:val=\"X\"/></w:pPr><w:r><w:t>một</w:t></w:r><w:r><w:t>hai</w:t></w:r></w:p>", xml(p));
    }

    @Test
    void aChoiceGroupKeepsTheOrderOfAdding() {
        Element trPr = new Element("w:trPr");
        trPr.add("w:tblHeader");
        trPr.add("w:cantSplit");
        assertEquals("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>", xml(trPr));
    }

    @Test
    void anAttributeSetAgainKeepsItsPlace() {
        Element sp = new Element("w:spacing").set("w:before", 1).set("w:after", 2).set("w:before", 3);
        assertEquals("<w:spacing w:before=\"3\" w:after=\"2\"/>", xml(sp));
    }

    @Test
    void aChildTheSchemaDoesNotAllowThereIsAWritersMistake() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Element("w:pPr").add("w:sz"));
        assertTrue(e.getMessage().contains("w:sz is not a child of w:pPr"), e.getMessage());
    }

    @Test
    void textAndAttributesAreEscapedSoNoValueCanAddMarkup() throws IOException {
        StringBuilder text = new StringBuilder();
        Xml.escapeText("A & <b>\"c\" ]]> d", text);
        assertEquals("A &amp; &lt;b>\"c\" ]]&gt; d", text.toString());
        StringBuilder attr = new StringBuilder();
        Xml.escapeAttribute("Cơ quan \"A\" & <B>", attr);
        assertEquals("Cơ quan &quot;A&quot; &amp; &lt;B>", attr.toString());
    }

    @Test
    void aCharacterXmlCannotHoldIsRefusedNotDropped() throws IOException {
        StringBuilder ok = new StringBuilder();
        Xml.escapeText("tab\tline\n😀 Ủy", ok);
        assertEquals("tab\tline\n😀 Ủy", ok.toString());
        for (String bad : new String[] {"a\u0001b", "a\uD800b", "a\uDC00", "\uFFFE"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Xml.escapeText(bad, new StringBuilder()));
            assertTrue(e.getMessage().startsWith("U+"), e.getMessage());
        }
    }

    @Test
    void zipDatesAreTheDocumentsDayWithinWhatAZipEntryCanHold() {
        assertEquals(LocalDateTime.parse("2025-01-05T00:00"), PackageWriter.zipTime(LocalDate.parse("2025-01-05")));
        // 1980-01-01 00:00 is the zip format's "no date": Java would add the local time zone's time.
        assertEquals(LocalDateTime.parse("1980-01-02T00:00"), PackageWriter.zipTime(LocalDate.parse("1975-04-30")));
        assertEquals(LocalDateTime.parse("1980-01-02T00:00"), PackageWriter.zipTime(LocalDate.parse("1980-01-01")));
        assertEquals(LocalDateTime.parse("2107-12-31T00:00"), PackageWriter.zipTime(LocalDate.parse("2150-09-02")));
    }

    private static String xml(Element e) {
        StringBuilder out = new StringBuilder();
        e.writeTo(out);
        return out.toString();
    }
}
