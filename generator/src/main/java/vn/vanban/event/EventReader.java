package vn.vanban.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import vn.vanban.event.internal.InputLimits;
import vn.vanban.event.internal.Validator;
import vn.vanban.text.internal.TextFiles;

/**
 * Reads and validates event files: the one entry point of this package.
 *
 * <pre>{@code
 * try {
 *     EventFile ev = EventReader.read(Path.of("examples/binh-phuoc-2025.yaml"));
 * } catch (EventFileException e) {
 *     e.problems().forEach(p -> System.err.println(p.format()));  // file:line:col: field: what, then what to do
 * }
 * }</pre>
 */
public final class EventReader {
    private EventReader() {
    }

    /** Reads, validates and types an event file; every problem found is in the exception. */
    public static EventFile read(Path path) throws EventFileException {
        String text = readUtf8(path);
        return parse(path, text);
    }

    /** As {@link #read(Path)}, from text already in memory; {@code path} names it in messages. */
    public static EventFile parse(Path path, String text) throws EventFileException {
        Problem limit = InputLimits.checkStructure(path, text, settings(path));
        if (limit != null) {
            throw new EventFileException(limit);
        }
        Node root = compose(path, text);
        Validator v = new Validator(path);
        Map<String, Object> data = v.validateRoot(root);
        List<Problem> errors = new ArrayList<>(v.errors());
        SemanticChecks.checkVersionRequired(path, data, v.positions(), errors);
        if (errors.isEmpty()) {
            SemanticChecks.check(path, data, v.positions(), errors);
            vn.vanban.event.internal.DataReferences.check(path, data, v.positions(), errors);
        }
        Map<String, EventFile.Position> positions = new java.util.HashMap<>();
        v.positions().forEach((k, m) -> {
            if (m != null) {
                positions.put(k, new EventFile.Position(m.getLine() + 1, m.getColumn() + 1));
            }
        });
        Congress congress = errors.isEmpty() ? CongressReader.read(path, data, positions, errors) : null;
        List<EventFile.DocumentSpec> documents = errors.isEmpty() ? documents(path, data, positions, errors) : List.of();
        if (!errors.isEmpty()) {
            throw new EventFileException(errors);
        }
        return new EventFile(path, data, issuer(data), documents, v.warnings(), congress, positions);
    }

    private static String readUtf8(Path path) throws EventFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new EventFileException(new Problem(path, 0, 0, "", "no such file",
                    "Check the path; the bundled examples are in examples/ (e.g. examples/binh-phuoc-2025.yaml)."));
        } catch (IOException e) {
            throw new EventFileException(new Problem(path, 0, 0, "", "cannot be read: " + e.getMessage(), "Check that the file exists and is readable."));
        }
        Problem limit = InputLimits.checkBytes(path, bytes);
        if (limit != null) {
            throw new EventFileException(limit);
        }
        String s = TextFiles.decodeUtf8(bytes);
        if (s == null) {
            throw new EventFileException(new Problem(path, 0, 0, "", "is not UTF-8 text",
                    "Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8). Text in TCVN3 or VNI fonts: convert it first with ./vanban text convert."));
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static Node compose(Path path, String text) throws EventFileException {
        LoadSettings settings = settings(path);
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                throw new EventFileException(new Problem(path, 0, 0, "", "is empty", "Start from one of the files in examples/."));
            }
            return node.get();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
            throw new EventFileException(new Problem(path, m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0), "",
                    "is not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")"),
                    "Check the indentation (spaces, not tabs) and that text containing \": \" or starting with a special character is quoted."));
        } catch (ReaderException e) {
            // A character YAML cannot hold (a raw control character, U+FFFE): where it stands and which.
            int[] at = lineAndColumn(text, e.getPosition());
            throw new EventFileException(new Problem(path, at[0], at[1], "",
                    String.format("holds the character U+%04X, which an event file cannot hold", e.getCodePoint()),
                    "Delete it: it is invisible, usually pasted from another program or a PDF."));
        } catch (YamlEngineException e) {
            throw new EventFileException(new Problem(path, 0, 0, "", "is not valid YAML: " + e.getMessage(), "Check the indentation and quoting."));
        }
    }

    /** Line and column, from 1, of the code point at {@code index} (counted in code points). */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0, n = 0; i < text.length() && n < index; n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Duplicate keys are reported by the validator, with both places; the limits are in {@link InputLimits}. */
    private static LoadSettings settings(Path path) {
        return LoadSettings.builder().setLabel(path.toString()).setAllowDuplicateKeys(true).setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(InputLimits.MAX_COLLECTION_ALIASES).setAllowRecursiveKeys(false)
                .setCodePointLimit(InputLimits.MAX_FILE_BYTES + 1024).build();
    }

    private static EventFile.Issuer issuer(Map<String, Object> data) {
        Map<?, ?> cq = (Map<?, ?>) data.get("co_quan");
        return new EventFile.Issuer((String) cq.get("ten"), (String) cq.get("viet_tat"), (String) cq.get("dia_danh"));
    }

    /**
     * The documents listed in van_ban, with their kinds from the bundled ones; a kind a templates
     * folder adds is resolved later ({@link DocumentPlan}), so here an unknown kind is kept by key.
     */
    @SuppressWarnings("unchecked")
    private static List<EventFile.DocumentSpec> documents(Path path, Map<String, Object> data, Map<String, EventFile.Position> pos, List<Problem> errors) {
        List<EventFile.DocumentSpec> out = new ArrayList<>();
        List<Object> docs = (List<Object>) data.getOrDefault("van_ban", List.of());
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> d = (Map<String, Object>) docs.get(i);
            String key = (String) d.get("loai");
            DocumentKind kind = DocumentKinds.bundled().get(key);
            if (kind == null) {
                kind = new DocumentKind(key, key.replace('_', '-') + ".ftl", key, key, key, "", DocumentKind.When.LISTED, false, null);
            }
            out.add(new EventFile.DocumentSpec(i, kind, (Integer) d.get("so"), (PartialDate) d.get("ngay"), (String) d.get("trich_yeu"), d));
        }
        return out;
    }
}
