package vn.vanban.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The document kinds vanban knows: the bundled ones ({@code templates/kinds.yaml}) and those a
 * {@code --templates} folder adds or redefines in its own {@code kinds.yaml}.
 *
 * <pre>{@code
 * DocumentKinds kinds = DocumentKinds.withFolder(Path.of("my-templates"));  // bundled + my-templates/kinds.yaml
 * kinds.get("thong_bao");   // a kind the folder added, or null
 * }</pre>
 *
 * <p>Immutable.
 */
public final class DocumentKinds {
    private static final String BUNDLED = "/vanban/templates/kinds.yaml";
    private static final DocumentKinds BUNDLED_KINDS = load();

    private final Map<String, DocumentKind> kinds;

    private DocumentKinds(Map<String, DocumentKind> kinds) {
        this.kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** The kinds bundled in the jar. */
    public static DocumentKinds bundled() {
        return BUNDLED_KINDS;
    }

    /**
     * The bundled kinds, plus or redefined by {@code folder/kinds.yaml} when there is one.
     *
     * @throws IllegalArgumentException naming the file and the entry when it is not a valid list of kinds
     */
    public static DocumentKinds withFolder(Path folder) {
        if (folder == null || !Files.isRegularFile(folder.resolve("kinds.yaml"))) {
            return BUNDLED_KINDS;
        }
        Path file = folder.resolve("kinds.yaml");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, DocumentKind> all = new LinkedHashMap<>(BUNDLED_KINDS.kinds);
        for (DocumentKind k : parse(file.toString(), text)) {
            all.put(k.key(), k);
        }
        return new DocumentKinds(all);
    }

    /** The kind with this key, or null. */
    public DocumentKind get(String key) {
        return kinds.get(key);
    }

    /** Every kind, bundled ones first, in file order. */
    public List<DocumentKind> all() {
        return List.copyOf(kinds.values());
    }

    /** Every key. */
    public List<String> keys() {
        return List.copyOf(kinds.keySet());
    }

    private static DocumentKinds load() {
        try (InputStream in = DocumentKinds.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the jar");
            }
            Map<String, DocumentKind> m = new LinkedHashMap<>();
            for (DocumentKind k : parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                m.put(k.key(), k);
            }
            return new DocumentKinds(m);
        } catch (IOException e) {
            throw new IllegalStateException(BUNDLED + " cannot be read", e);
        }
    }

    /** Parses a kinds.yaml: a list of {ma, mau, ten_loai, ten, ky_hieu, the_thuc, khi, sau_su_kien, khoa}. */
    static List<DocumentKind> parse(String name, String text) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(name + ": is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof List<?> list)) {
            throw new IllegalArgumentException(name + ": should be a list of kinds, each starting with \"- ma: …\"");
        }
        List<DocumentKind> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = name + ": kind " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + ": should be a group of fields (ma:, mau:, ten_loai:, ten:, ky_hieu:)");
            }
            String key = str(m, "ma", where, true);
            where = name + ": kind " + key;
            String whenKey = m.get("khi") == null ? "khi_ghi" : String.valueOf(m.get("khi"));
            DocumentKind.When when = DocumentKind.When.of(whenKey);
            if (when == null) {
                throw new IllegalArgumentException(where + ": khi: " + whenKey + " is not one of luon, khi_ghi, dai_bieu, ket_qua, de_nghi, hoi_dong, moi_de_nghi");
            }
            if (!key.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException(where + ": ma should be lower-case letters, digits and _ (e.g. thong_bao)");
            }
            out.add(new DocumentKind(key, str(m, "mau", where, true), str(m, "ten_loai", where, true),
                    str(m, "ky_hieu", where, true), str(m, "ten", where, true), str(m, "the_thuc", where, false), when,
                    Boolean.TRUE.equals(m.get("sau_su_kien")), keys(m.get("khoa"), where)));
        }
        return out;
    }

    private static List<String> keys(Object o, String where) {
        if (o == null) {
            return null;
        }
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException(where + ": khoa should be a list of van_ban keys, e.g. [so, ngay, nguoi_ky]");
        }
        return l.stream().map(String::valueOf).toList();
    }

    private static String str(Map<?, ?> m, String key, String where, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(where + ": " + key + " is missing");
            }
            return "";
        }
        return java.text.Normalizer.normalize(String.valueOf(v).strip(), java.text.Normalizer.Form.NFC);
    }
}
