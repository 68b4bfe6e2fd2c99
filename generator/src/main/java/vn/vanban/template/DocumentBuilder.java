package vn.vanban.template;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Section;
import vn.vanban.doc.TitleBlock;
import vn.vanban.event.EventFile;
import vn.vanban.template.internal.ModelBuilder;
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
    private final TemplateEngine engine;

    public DocumentBuilder(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The document, or a {@link TemplateException} naming the template, its line and what to do. */
    public Document build(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException {
        Map<String, Object> model = ModelBuilder.build(ev, spec);
        String template = spec.kind().template();
        String xml = engine.render(template, model);
        List<Section> sections;
        try {
            sections = XmlReader.read(xml, textFilter(ev));
        } catch (XmlReader.MalformedException e) {
            throw new TemplateException(template, 0, 0, "wrote a broken document (line " + e.line() + " of its output): " + e.getMessage(),
                    "Check that every element the template opens is closed, and that it writes only the document vocabulary.");
        }
        if (sections.isEmpty()) {
            throw new TemplateException(template, 0, 0, "wrote an empty document", "A template must write at least a <header> and a <title>.");
        }
        Metadata meta = new Metadata(title(spec, ev), subject(sections), ev.issuer().name(), "vi-VN", spec.date().anchor());
        return new Document(meta, sections);
    }

    /** The trích yếu as the template wrote it (the event file's, or the template's default). */
    private static String subject(List<Section> sections) {
        return sections.get(0).blocks().stream().filter(b -> b instanceof TitleBlock).map(b -> String.join(" ", ((TitleBlock) b).subject()))
                .findFirst().orElse("");
    }

    private static String title(EventFile.DocumentSpec spec, EventFile ev) {
        String symbol = spec.kind().abbreviation() + "-" + ev.issuer().abbreviation();
        return spec.kind().inText() + (spec.number() == null ? " (dự thảo) " : " số " + spec.number() + "/") + symbol;
    }

    /**
     * One tone-mark style for the whole document, cai_dat.kieu_dau: old style ("hòa", "thủy") by
     * default, "moi" for the new style, "giu" to keep every word as typed (still NFC).
     */
    @SuppressWarnings("unchecked")
    private static UnaryOperator<String> textFilter(EventFile ev) {
        Map<String, Object> settings = (Map<String, Object>) ev.data().getOrDefault("cai_dat", Map.of());
        return switch ((String) settings.getOrDefault("kieu_dau", "cu")) {
            case "moi" -> ToneStyle.NEW::apply;
            case "giu" -> s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            default -> ToneStyle.OLD::apply;
        };
    }
}
