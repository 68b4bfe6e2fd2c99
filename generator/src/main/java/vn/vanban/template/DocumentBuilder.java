package vn.vanban.template;

import java.util.List;
import java.util.Map;

import vn.vanban.doc.Document;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Section;
import vn.vanban.doc.TitleBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.event.EventFile;
import vn.vanban.event.Settings;
import vn.vanban.event.EventFileException;
import vn.vanban.event.Problem;
import vn.vanban.template.internal.ModelBuilder;
import vn.vanban.template.internal.ContentEnd;
import vn.vanban.template.internal.TextPolicy;
import vn.vanban.template.internal.XmlReader;

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
    /** The most blocks (paragraphs, tables, headings) in one document: 10,000 Giấy mời pages take 110,000. */
    public static final int MAX_BLOCKS = 500_000;
    private final TemplateEngine engine;

    public DocumentBuilder(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The document, or a {@link TemplateException} naming the template, its line and what to do. */
    public Document build(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException, EventFileException {
        Map<String, Object> model = ModelBuilder.build(ev, spec);
        String template = spec.kind().template();
        String xml = engine.render(template, model);
        checkOwnSections(ev, spec, xml);
        List<Section> sections;
        try {
            sections = ContentEnd.close(XmlReader.read(xml, TextPolicy.of(Settings.of(ev.data()).toneMarks())));
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
                Settings.of(ev.data()).profile(), spec.kind().form() == null ? "" : spec.kind().form());
        return new Document(meta, sections);
    }

    /** The ids of the standard sections this document's template writes. */
    public List<String> sectionIds(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException {
        return sectionIds(engine.render(spec.kind().template(), ModelBuilder.build(ev, spec)));
    }

    private static final Pattern SECTION_ID = Pattern.compile("<!--phan:([a-z0-9_]+)-->");

    /** The ids of the standard sections a template wrote (the part macro marks each with a comment). */
    public static List<String> sectionIds(String xml) {
        List<String> ids = new java.util.ArrayList<>();
        Matcher m = SECTION_ID.matcher(xml);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** Every muc_rieng must name a section this document has: a typo would silently do nothing. */
    @SuppressWarnings("unchecked")
    private static void checkOwnSections(EventFile ev, EventFile.DocumentSpec spec, String xml) throws EventFileException {
        List<Object> own = (List<Object>) spec.data().getOrDefault("muc_rieng", List.of());
        if (own.isEmpty()) {
            return;
        }
        List<String> ids = sectionIds(xml);
        List<Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            String id = (String) ((Map<String, Object>) own.get(i)).get("ma");
            if (!ids.contains(id)) {
                problems.add(ev.problem("van_ban[" + spec.index() + "].muc_rieng[" + i + "].ma",
                        "this " + spec.kind().inText() + " has no standard section \"" + id + "\"",
                        ids.isEmpty() ? "This document has no standard sections: write its text in noi_dung." : "Use one of: " + String.join(", ", ids) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new EventFileException(problems);
        }
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
}
