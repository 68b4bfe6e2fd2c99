package vn.vanban.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;

/**
 * FreeMarker configured as a sandbox that writes the document vocabulary.
 *
 * <p>Templates are code a clerk may edit, so: every interpolation is XML-escaped (no field value can
 * inject structure), {@code ?new} cannot create any class, {@code ?api} is off, and templates only
 * ever see maps, lists and plain values ({@link SimpleObjectWrapper} refuses Java beans, whose
 * {@code .class.protectionDomain} would otherwise be reachable).
 *
 * <pre>{@code
 * TemplateEngine engine = TemplateEngine.builder().directory(Path.of("my-templates")).build();
 * String xml = engine.render("ke-hoach.ftl", model);
 * }</pre>
 */
public final class TemplateEngine {
    private static final Version VERSION = Configuration.VERSION_2_3_34;
    /** Templates time out after this long by default. */
    public static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(20);
    /** A template may write this many characters by default. */
    public static final long OUTPUT_LIMIT = 64L << 20;
    private final Configuration cfg;
    private final vn.vanban.template.internal.BoundedRun limits;
    /** Each cached template, once checked: "" when clean, else its first forbidden construct. */
    private final java.util.Map<Template, String> checked = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private TemplateEngine(Builder b) {
        Configuration c = new Configuration(VERSION);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (b.directory != null) {
            try {
                loaders.add(new FileTemplateLoader(b.directory.toFile()));
            } catch (IOException e) {
                throw new IllegalArgumentException("template folder " + b.directory + " cannot be read: " + e.getMessage());
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, "/vanban/templates"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(XMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.forLanguageTag("vi-VN"));
        c.setLocalizedLookup(false);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setWhitespaceStripping(true);
        this.cfg = c;
        this.limits = new vn.vanban.template.internal.BoundedRun(b.timeLimit, b.outputLimit);
    }

    /** A builder; with no folder, the templates bundled in the jar are used. */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine with the bundled templates only. */
    public static TemplateEngine bundled() {
        return builder().build();
    }

    /** Runs a template over a model of maps, lists and plain values; returns the document XML. */
    public String render(String templateName, Map<String, Object> model) throws TemplateException {
        Template t;
        try {
            t = cfg.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new TemplateException(templateName, 0, 0, "template not found",
                    "It should be in the --templates folder or bundled in the jar; the bundled ones are in templates/.");
        } catch (freemarker.core.ParseException e) {
            throw new TemplateException(name(e.getTemplateName(), templateName), e.getLineNumber(), e.getColumnNumber(),
                    "cannot be read: " + e.getEditorMessage(), "Fix the template syntax at that line.");
        } catch (IOException e) {
            throw new TemplateException(templateName, 0, 0, "cannot be read: " + e.getMessage(), "Check the template file.");
        } catch (SecurityException e) {
            throw outside(templateName, e);
        }
        String bad = guarded(t);
        if (bad != null) {
            int colon = bad.indexOf(':');
            throw new TemplateException(name(t.getSourceName(), templateName), Integer.parseInt(bad.substring(0, colon)), 0,
                    "uses " + bad.substring(colon + 1) + ", which templates may not use",
                    ".now would make the output depend on the clock, ?eval and ?interpret run text from the event file as code:"
                            + " write dates and texts in the event file instead.");
        }
        String xml;
        try {
            xml = limits.run(t, model);
        } catch (SecurityException e) {
            throw outside(name(t.getSourceName(), templateName), e);
        } catch (vn.vanban.template.internal.BoundedRun.LimitException e) {
            throw new TemplateException(name(t.getSourceName(), templateName), 0, 0, e.getMessage(),
                    "Look for a <#list> over a very long range, or a macro that calls itself without an end.");
        } catch (freemarker.template.TemplateException e) {
            String blamed = blamed(e);
            String hint = blamed == null
                    ? "Fix the template at that line."
                    : "\"" + blamed + "\" has no value: add it to the event file, or give the template a default (" + blamed + "!\"…\") or a test (<#if " + blamed + "??>).";
            String msg = firstLine(e.getMessageWithoutStackTop());
            throw new TemplateException(name(e.getTemplateSourceName(), templateName),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), msg, hint);
        } catch (IOException e) {
            throw new TemplateException(templateName, 0, 0, e.getMessage(), "");
        }
        return xml;
    }

    /**
     * The first forbidden construct of the template ("line:.now"), or null; the first time a template is seen,
     * it also gets the checks that let a run be interrupted at its time limit.
     */
    private String guarded(Template t) {
        return checked.computeIfAbsent(t, x -> {
            String bad = vn.vanban.template.internal.BoundedRun.forbidden(x.toString());
            freemarker.core._CoreAPI.addThreadInterruptedChecks(x);
            return bad == null ? "" : bad;
        }).transform(r -> r.isEmpty() ? null : r);
    }

    /** A template file (or a link) that leads out of the template folder. */
    private static TemplateException outside(String template, SecurityException e) {
        return new TemplateException(template, 0, 0, "reads a file outside the template folder (" + e.getMessage().replaceAll("\\s+", " ") + ")",
                "Templates may only include files of the --templates folder or the bundled ones: copy the file into the folder.");
    }

    /** The expression FreeMarker blames ("==> vb.khong_co" in its message), or null. */
    private static String blamed(freemarker.template.TemplateException e) {
        if (e.getBlamedExpressionString() != null) {
            return e.getBlamedExpressionString();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("==> ([^\\s\\[]+)").matcher(e.getMessageWithoutStackTop());
        return m.find() ? m.group(1) : null;
    }

    private static String name(String source, String fallback) {
        return source == null ? fallback : source;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    /** Builds a {@link TemplateEngine}. */
    public static final class Builder {
        private Path directory;
        private java.time.Duration timeLimit = TIME_LIMIT;
        private long outputLimit = OUTPUT_LIMIT;

        private Builder() {
        }

        /** How long one template may run before it is stopped (default {@link #TIME_LIMIT}). */
        public Builder timeLimit(java.time.Duration limit) {
            this.timeLimit = limit;
            return this;
        }

        /** How many characters one template may write (default {@link #OUTPUT_LIMIT}). */
        public Builder outputLimit(long chars) {
            this.outputLimit = chars;
            return this;
        }

        /** A folder whose templates take precedence over the bundled ones (a clerk's edited copies). */
        public Builder directory(Path dir) {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--templates " + dir + " is not a folder");
            }
            this.directory = dir;
            return this;
        }

        public TemplateEngine build() {
            return new TemplateEngine(this);
        }
    }
}
