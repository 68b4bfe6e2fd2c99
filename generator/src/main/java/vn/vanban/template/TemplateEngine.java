package vn.vanban.template;

import java.io.IOException;
import java.io.StringWriter;
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
    private final Configuration cfg;

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
        }
        StringWriter out = new StringWriter(16_384);
        try {
            t.process(model, out);
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
        return out.toString();
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

        private Builder() {
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
