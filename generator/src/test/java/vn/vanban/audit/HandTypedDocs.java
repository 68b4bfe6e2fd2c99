package vn.vanban.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * DOCX files saved by LibreOffice from a Kế hoạch typed by hand ({@code audit/hand-typed.fodt}: its
 * own style names, rules drawn as lines, a based-on chain for the headings), clean or with planted
 * faults; and LibreOffice's plain text of any DOCX.
 */
final class HandTypedDocs {
    /** The values that keep every rule. */
    static final Map<String, String> CLEAN = Map.ofEntries(
            Map.entry("font", "Times New Roman"),
            Map.entry("left", "3cm"),
            Map.entry("bottom", "2cm"),
            Map.entry("headSize", ""),
            Map.entry("date", "ngày 05 tháng 01 năm 2025"),
            Map.entry("motto", "Độc lập - Tự do - Hạnh phúc"),
            Map.entry("mottoRule", "<draw:line draw:style-name=\"gr1\" text:anchor-type=\"paragraph\" svg:x1=\"2.05cm\""
                    + " svg:y1=\"0.05cm\" svg:x2=\"8.25cm\" svg:y2=\"0.05cm\"/>"),
            Map.entry("bodyAlign", "justify"),
            Map.entry("bodyIndent", "1.27cm"),
            Map.entry("number", "05"),
            Map.entry("nnStyle", "italic"),
            Map.entry("firstPage", "style:master-page-name=\"First_20_Page\""),
            Map.entry("headerPage", "<text:page-number text:select-page=\"current\">2</text:page-number>"),
            Map.entry("footer", ""),
            Map.entry("closing", "Trên đây là Kế hoạch tổ chức Hội nghị điển hình tiên tiến của Ủy ban nhân dân xã./."));

    private HandTypedDocs() {
    }

    static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Writes one .fodt per variant (clean values overridden) and converts them all with one LibreOffice run. */
    static Map<String, Path> convert(Path dir, Map<String, Map<String, String>> variants) throws Exception {
        String template;
        try (InputStream in = HandTypedDocs.class.getResourceAsStream("/audit/hand-typed.fodt")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> args = new ArrayList<>(List.of(soffice().toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir.toString()));
        Map<String, Path> out = new LinkedHashMap<>();
        for (var v : variants.entrySet()) {
            Map<String, String> values = new LinkedHashMap<>(CLEAN);
            values.putAll(v.getValue());
            String s = template;
            for (var e : values.entrySet()) {
                s = s.replace("${" + e.getKey() + "}", e.getValue());
            }
            Path fodt = dir.resolve(v.getKey() + ".fodt");
            Files.writeString(fodt, s);
            args.add(fodt.toString());
            out.put(v.getKey(), dir.resolve(v.getKey() + ".docx"));
        }
        run(dir, args);
        for (Path p : out.values()) {
            if (!Files.exists(p)) {
                throw new IOException("LibreOffice did not write " + p + ": " + Files.readString(dir.resolve("soffice.log")));
            }
        }
        return out;
    }

    /** LibreOffice's plain text of a DOCX: what a user sees when the file reopens. */
    static String text(Path dir, Path docx) throws Exception {
        Path out = dir.resolve("txt-" + docx.getFileName().toString().replace(".docx", ""));
        Files.createDirectories(out);
        run(dir, List.of(soffice().toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out.toString(), docx.toString()));
        return Files.readString(out.resolve(docx.getFileName().toString().replace(".docx", ".txt")));
    }

    private static void run(Path dir, List<String> args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 5 minutes");
        }
    }
}
