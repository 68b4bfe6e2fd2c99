package vn.vanban.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.Format;
import vn.vanban.RenderedFile;
import vn.vanban.Vanban;
import vn.vanban.template.TemplateEngine;
import vn.vanban.template.TemplateException;

/**
 * Templates a clerk edits cannot escape the sandbox: no Java objects, no static calls, no files outside the
 * template roots, no clock, no code from data; a runaway template is stopped at its time limit; event text
 * that looks like template code or XML is printed literally.
 */
class TemplateSafetyTest {
    static String renderWith(Path dir, String template) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), template);
        return TemplateEngine.builder().directory(dir).timeLimit(Duration.ofSeconds(1)).build().render("t.ftl", Map.of("vb", Map.of("ten", "x")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<#assign x = 'freemarker.template.utility.Execute'?new()>${x('id')}",
        "<#assign x = 'freemarker.template.utility.ObjectConstructor'?new()>${x('java.io.File', '/etc/passwd')}",
        "<#assign x = 'java.lang.ProcessBuilder'?new()>",
        "${vb?api.getClass()}",
        "${statics['java.lang.System'].currentTimeMillis()}",
        "${vb.getClass().forName('java.lang.Runtime')}",
        "${vb.class.protectionDomain}",
        "${'x'?eval}",
        "<#assign t = '<#include \"/etc/passwd\">'?interpret><@t/>",
        "${.now}",
        "${.now?long}",
        "<#include '../../../../../../../../etc/passwd'>",
        "<#include '/etc/passwd'>",
        "<#include 'file:///etc/passwd'>",
        "<#import '../outside.ftl' as o>",
    })
    void refused(String template, @TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("outside.ftl"), "SECRET");
        TemplateException e = assertThrows(TemplateException.class, () -> renderWith(dir, template));
        assertEquals("t.ftl", e.template(), e.format());
        assertFalse(e.format().contains("SECRET") || e.format().contains("root:"), e.format());
    }

    @Test
    void aSymlinkOutOfTheTemplateFolderIsNotFollowed(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("secret.ftl"), "SECRET");
        Files.createSymbolicLink(dir.resolve("link.ftl"), tmp.resolve("secret.ftl"));
        TemplateException e = assertThrows(TemplateException.class, () -> renderWith(dir, "<#include 'link.ftl'>"));
        assertTrue(e.getMessage().startsWith("reads a file outside the template folder"), e.format());
        Files.writeString(dir.resolve("t.ftl"), "x");
        TemplateException direct = assertThrows(TemplateException.class,
                () -> TemplateEngine.builder().directory(dir).build().render("link.ftl", Map.of()));
        assertTrue(direct.getMessage().startsWith("reads a file outside the template folder"), direct.format());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<#list 1..2000000000 as i></#list>",
        "<#list 1..2000000000 as i><#assign x = i></#list>",
        "<#function f n><#return f(n)></#function><#list 1..2000000000 as i><#if i < 0>${i}</#if></#list>",
    })
    void aRunawayLoopIsStoppedAtTheTimeLimit(String template, @TempDir Path tmp) throws Exception {
        long t = System.nanoTime();
        TemplateException e = assertThrows(TemplateException.class, () -> renderWith(tmp, template));
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(e.getMessage().contains("(limit: template running time)"), e.format());
        assertTrue(ms < 30_000, "stopped after " + ms + " ms");
    }

    @Test
    void recursionAndOutputSizeAreLimits(@TempDir Path tmp) throws Exception {
        TemplateException deep = assertThrows(TemplateException.class, () -> renderWith(tmp, "<#macro r n><@r n+1/></#macro><@r 0/>"));
        assertTrue(deep.getMessage().contains("(limit: template recursion depth)"), deep.format());
        Files.writeString(tmp.resolve("big.ftl"), "<#list 1..100000000 as i>xxxxxxxxxx</#list>");
        TemplateException big = assertThrows(TemplateException.class,
                () -> TemplateEngine.builder().directory(tmp).outputLimit(1_000_000).build().render("big.ftl", Map.of()));
        assertTrue(big.getMessage().contains("(limit: template output size)"), big.format());
    }

    /** Text in the event file that looks like template code or XML comes out as typed, in DOCX and PDF. */
    @Test
    void eventTextIsNeverCode() throws Exception {
        String evil = "${.now} <#list 1..3 as i>x</#list> </p><header>&amp; <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;";
        String yaml = Events.plan("Nội dung " + evil.replace("\"", "'"), "[\"" + "Ban ${'x'?eval}" + "\", \"Lưu: VT, VP\"]");
        List<RenderedFile> a = Events.render(Vanban.builder().build(), yaml);
        List<RenderedFile> b = Events.render(Vanban.builder().build(), yaml);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), "no clock: same bytes twice");
        }
        String text;
        try (PDDocument pdf = Loader.loadPDF(a.get(1).bytes())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("${.now} <#list 1..3 as i>x</#list> </p><header>&amp; <!DOCTYPE x"), text);
        assertTrue(text.contains("]>&e"), text);
        assertTrue(text.contains("Ban ${'x'?eval}"), text);
        assertFalse(text.contains("root:"), text);
        String docx = docxText(a.get(0).bytes());
        assertTrue(docx.contains("${.now} <#list 1..3 as i>x</#list> </p><header>&amp; <!DOCTYPE x"), docx);
        assertTrue(docx.contains("Ban ${'x'?eval}"), docx);
        assertEquals(Set.of(Format.DOCX, Format.PDF).size(), a.size());
    }

    private static String docxText(byte[] docx) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            return x.getText().replaceAll("\\s+", " ");
        }
    }
}
