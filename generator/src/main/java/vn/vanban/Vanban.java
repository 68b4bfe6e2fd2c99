package vn.vanban;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import vn.vanban.doc.Document;
import vn.vanban.event.DocumentKinds;
import vn.vanban.event.DocumentPlan;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.render.docx.DocxRenderer;
import vn.vanban.render.pdf.PdfRenderer;
import vn.vanban.render.text.PlainTextRenderer;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.SizeProfile;
import vn.vanban.template.DocumentBuilder;
import vn.vanban.template.TemplateEngine;
import vn.vanban.template.TemplateException;

/**
 * The one entry point: event file in, documents out.
 *
 * <pre>{@code
 * Vanban vanban = Vanban.builder().build();                       // bundled templates
 * EventFile ev = Vanban.read(Path.of("examples/binh-phuoc-2025.yaml"));
 * List<RenderedFile> files = vanban.render(ev, Set.of(Format.DOCX, Format.PDF));
 * }</pre>
 *
 * <p>Instances are immutable and reusable: the template cache and the fonts are loaded once. Given an
 * executor ({@link Builder#executor}), one call renders its documents' formats side by side on it;
 * the files and their bytes are the same either way.
 */
public final class Vanban {
    private final DocumentBuilder builder;
    private final DocumentKinds kinds;
    private final Map<Nd30Style, Writers> writers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Where the formats of one call are rendered; {@code Runnable::run} renders on the calling thread. */
    private final Executor executor;

    /** The renderers for one style sheet, built once: the PDF one keeps its parsed fonts. */
    private record Writers(DocxRenderer docx, PdfRenderer pdf) {
        Writers(Nd30Style style) {
            this(DocxRenderer.builder().style(style).build(), PdfRenderer.builder().style(style).build());
        }
    }

    private Vanban(Builder b) {
        this.builder = new DocumentBuilder(TemplateEngine.builder().directory(b.templates).build());
        this.kinds = DocumentKinds.withFolder(b.templates);
        this.executor = b.executor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and validates an event file. */
    public static EventFile read(Path eventFile) throws EventFileException {
        return EventReader.read(eventFile);
    }

    /** The document kinds this instance knows: the bundled ones and those of its templates folder. */
    public DocumentKinds kinds() {
        return kinds;
    }

    /**
     * The documents {@code render} makes: those listed in a {@code vanban: 1} file; for a
     * {@code vanban: 2} file, the whole kit.
     */
    public List<EventFile.DocumentSpec> plan(EventFile ev) throws EventFileException {
        return DocumentPlan.of(ev, kinds, false);
    }

    /** Every document the event calls for (the kit), whatever the file's version. */
    public List<EventFile.DocumentSpec> kitPlan(EventFile ev) throws EventFileException {
        return DocumentPlan.of(ev, kinds, true);
    }

    /** The document model of every document {@link #plan} lists, in order. */
    public List<Document> documents(EventFile ev) throws TemplateException, EventFileException {
        List<Document> out = new ArrayList<>();
        for (EventFile.DocumentSpec spec : plan(ev)) {
            out.add(builder.build(ev, spec));
        }
        return out;
    }

    /** The ids of the standard sections one planned document has (what muc_rieng can replace). */
    public List<String> sectionIds(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException {
        return builder.sectionIds(ev, spec);
    }

    /** The document model of one planned document. */
    public Document document(EventFile ev, EventFile.DocumentSpec spec) throws TemplateException, EventFileException {
        return builder.build(ev, spec);
    }

    /** Every document {@link #plan} lists in every format asked for; nothing is written to disk. */
    public List<RenderedFile> render(EventFile ev, Set<Format> formats) throws TemplateException, EventFileException {
        List<RenderedFile> out = new ArrayList<>();
        for (KitDocument d : make(ev, plan(ev), formats)) {
            out.addAll(d.files());
        }
        return out;
    }

    /** The whole kit: every document the event calls for, in every format asked for, in memory. */
    public List<KitDocument> kit(EventFile ev, Set<Format> formats) throws TemplateException, EventFileException {
        return make(ev, kitPlan(ev), formats);
    }

    private List<KitDocument> make(EventFile ev, List<EventFile.DocumentSpec> specs, Set<Format> formats) throws TemplateException, EventFileException {
        Nd30Style style = style(ev);
        record Pending(EventFile.DocumentSpec spec, Document doc, String name, List<CompletableFuture<RenderedFile>> files) {
        }
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (EventFile.DocumentSpec spec : specs) {
            Document doc = builder.build(ev, spec);
            String base = stem(ev.path()) + "-" + spec.kind().fileStem() + (spec.item() >= 0 ? "-" + (spec.item() + 1) : "");
            int n = seen.merge(base, 1, Integer::sum);
            String name = n == 1 ? base : base + "-" + n;
            List<CompletableFuture<RenderedFile>> files = new ArrayList<>();
            for (Format f : Format.values()) {
                if (formats.contains(f)) {
                    files.add(CompletableFuture.supplyAsync(() -> new RenderedFile(name + "." + f.extension(), bytes(doc, f, style)), executor));
                }
            }
            pending.add(new Pending(spec, doc, name, files));
        }
        // Every rendering is waited for, and the first failure in document order is the one
        // reported, so a run fails the same way whatever the executor.
        Throwable failure = null;
        List<KitDocument> out = new ArrayList<>();
        for (Pending p : pending) {
            List<RenderedFile> files = new ArrayList<>();
            for (CompletableFuture<RenderedFile> f : p.files()) {
                try {
                    files.add(f.join());
                } catch (CompletionException e) {
                    if (failure == null) {
                        failure = e.getCause() != null ? e.getCause() : e;
                    }
                }
            }
            out.add(new KitDocument(p.spec(), p.doc(), p.name(), files));
        }
        switch (failure) {
            case null -> {
                return out;
            }
            case RuntimeException r -> throw r;
            case Error r -> throw r; // out of memory, a stack overflow: the CLI reports them as such
            default -> throw new CompletionException(failure);
        }
    }

    /** The event file's name without its extension: {@code binh-phuoc-2025}. */
    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The bytes of one document in one format, in the size profile the document carries. */
    public byte[] bytes(Document doc, Format format) {
        return bytes(doc, format, Nd30Style.standard());
    }

    /**
     * The bytes of one document in one format with a base style sheet (margins and the like); the
     * size profile is always the document's own.
     */
    public byte[] bytes(Document doc, Format format, Nd30Style style) {
        Writers w = writers.computeIfAbsent(style, Writers::new);
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
            switch (format) {
                case DOCX -> w.docx().render(doc, buf);
                case PDF -> w.pdf().render(doc, buf);
                case TXT -> buf.writeBytes(PlainTextRenderer.render(doc).getBytes(StandardCharsets.UTF_8));
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style sheet an event file asks for (its size profile, cai_dat.co_chu). */
    public static Nd30Style style(EventFile ev) {
        return Nd30Style.of(vn.vanban.event.Settings.of(ev.data()).profile());
    }

    /** Builds a {@link Vanban}. */
    public static final class Builder {
        private Path templates;
        private Executor executor = Runnable::run;

        private Builder() {
        }

        /** A folder of edited templates that take precedence over the bundled ones. */
        public Builder templates(Path dir) {
            this.templates = dir;
            return this;
        }

        /**
         * Renders the formats and documents of each call side by side on {@code executor} (the CLI
         * gives it one thread per core). The caller owns and shuts down the executor. Without one,
         * a call renders everything on its own thread.
         */
        public Builder executor(Executor executor) {
            this.executor = java.util.Objects.requireNonNull(executor, "executor");
            return this;
        }

        public Vanban build() {
            return new Vanban(this);
        }
    }
}
