package vn.vanban.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A DOCX's parts as strings, to plant one fault in a file and zip it again. */
final class DocxParts {
    final Map<String, byte[]> parts = new LinkedHashMap<>();

    DocxParts(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
    }

    DocxParts() {
    }

    String get(String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    DocxParts put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    DocxParts edit(String name, UnaryOperator<String> f) {
        String before = get(name);
        String after = f.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit changed nothing in " + name);
        }
        return put(name, after);
    }

    /** Edits the definition of one style in styles.xml. */
    DocxParts editStyle(String styleId, UnaryOperator<String> f) {
        return edit("word/styles.xml", s -> {
            Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + styleId + "\">.*?</w:style>").matcher(s);
            if (!m.find()) {
                throw new IllegalStateException("no style " + styleId);
            }
            return s.substring(0, m.start()) + f.apply(m.group()) + s.substring(m.end());
        });
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
