package vn.vanban.template;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Section;
import vn.vanban.doc.TitleBlock;
import vn.vanban.event.EventFile;
import vn.vanban.style.SizeProfile;
import vn.vanban.template.internal.ModelBuilder;
import vn.vanban.template.internal.ContentEnd;
import vn.vanban.template.internal.XmlReader;
import vn.vanban.text.ToneStyle;

/**
 * Makes the document model of one document of an event file: runs its template, reads the
 * vocabulary the template writes, computes the numbers.
 *
 * <pre>{@code
 * DocumentBuilder builder = new DocumentBuilder(TemplateEngine.bundled());
 * Document doc = builder.build(eventFile, eventFile.documents().get(0));
 * }</pre>
 */
public final class DocumentBuilder {
    /** The most blocks (paragraphs, tables, headings) in one document: about 5,000 pages. */
    public static final int MAX_BLOCKS = 100_000;
    private final TemplateEngine engine;

    public DocumentBuilder(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The document, or a {@link TemplateException} naming the template, its line and what to do. */
    public Document build(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException {
        Map<String, Object> model = ModelBuilder.build(ev, spec);
        String template = spec.kind().template;
        String xml = engine.render(template, model);
        List<Section> sections;
        try {
            sections = ContentEnd.close(XmlReader.read(xml, textFilter(ev)));
        } catch (XmlReader.MalformedException e) {
            throw new TemplateException(template, 0, 0, "wrote a broken document (line " + e.line() + " of its output): " + e.getMessage(),
                    "Check that every element the template opens is closed, and that it writes only the document vocabulary.");
        }
        int blocks = sections.stream().mapToInt(x -> x.blocks().size()).sum();
        if (blocks > MAX_BLOCKS) {
            throw new TemplateException(template, 0, 0, "made a document of " + blocks + " paragraphs, tables and headings; a document may have at most "
                    + MAX_BLOCKS + " (limit: document length)", "Split the content into several documents (van_ban:), or check the template's <#list> loops.");
        }
        if (sections.isEmpty()) {
            throw new TemplateException(template, 0, 0, "wrote an empty document", "A template must write at least a <header> and a <title>.");
        }
        Metadata meta = new Metadata(title(spec, ev), subject(sections), ev.issuer().name(), "vi-VN", spec.date().anchor(),
                profile(ev));
        return new Document(meta, sections);
    }

    /** The trích yếu as the template wrote it (the event file's, or the template's default). */
    private static String subject(List<Section> sections) {
        return sections.get(0).blocks().stream().filter(b -> b instanceof TitleBlock).map(b -> String.join(" ", ((TitleBlock) b).subject()))
                .findFirst().orElse("");
    }

    private static String title(EventFile.DocumentSpec spec, EventFile ev) {
        String symbol = spec.kind().abbreviation + "-" + ev.issuer().abbreviation();
        return spec.kind().inText + (spec.number() == null ? " (dự thảo) " : " số " + spec.number() + "/") + symbol;
    }

    /** The size profile of cai_dat.co_chu: "13/14" (default) or "12/13". */
    @SuppressWarnings("unchecked")
    private static SizeProfile profile(EventFile ev) {
        Map<String, Object> settings = (Map<String, Object>) ev.data().getOrDefault("cai_dat", Map.of());
        Object p = settings.get("co_chu");
        SizeProfile parsed = p instanceof String s ? SizeProfile.parse(s) : null;
        return parsed == null ? SizeProfile.P13_14 : parsed;
    }

    /**
     * One tone-mark style for the whole document, cai_dat.kieu_dau: old style ("hòa", "thủy") by
     * default, "moi" for the new style, "giu" to keep every word as typed (still NFC). The style
     * changes common words only: a word with a capital letter (a name, a place, an agency, the
     * Quốc hiệu) and literal text ({@code `…`}) stay as typed.
     */
    @SuppressWarnings("unchecked")
    private static UnaryOperator<String> textFilter(EventFile ev) {
        Map<String, Object> settings = (Map<String, Object>) ev.data().getOrDefault("cai_dat", Map.of());
        return switch ((String) settings.getOrDefault("kieu_dau", "cu")) {
            case "moi" -> s -> ToneStyle.NEW.convertCommonWords(s).text();
            case "giu" -> s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            default -> s -> ToneStyle.OLD.convertCommonWords(s).text();
        };
    }
}
