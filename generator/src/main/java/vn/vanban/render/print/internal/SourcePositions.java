package vn.vanban.render.print.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the line and column of a key path ({@code in_an.phong.rong}, {@code in_an.khau_hieu[2]})
 * in an event file, for messages about values that were valid YAML but cannot be printed. The
 * nearest existing parent is used when the key itself is absent (a default was used).
 *
 * <pre>{@code
 * int[] lc = SourcePositions.of(Path.of("event.yaml")).find("in_an.phong.rong");   // {12, 10}
 * }</pre>
 */
public final class SourcePositions {
    private static final Pattern PART = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private final Node root;

    private SourcePositions(Node root) {
        this.root = root;
    }

    /** Reads the file again; a file that cannot be read gives positions of 0 (unknown). */
    public static SourcePositions of(Path file) {
        if (file == null) {
            return new SourcePositions(null);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Optional<Node> n = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(text);
            return new SourcePositions(n.orElse(null));
        } catch (IOException | RuntimeException e) {
            return new SourcePositions(null);
        }
    }

    /** {line, column}, 1-based; {0, 0} when unknown. */
    public int[] find(String path) {
        Node node = root;
        Node found = null;
        Matcher m = PART.matcher(path);
        while (node != null && m.find()) {
            found = node;
            if (m.group(1) != null) {
                node = child(node, m.group(1));
            } else {
                int i = Integer.parseInt(m.group(2));
                node = node instanceof SequenceNode s && i < s.getValue().size() ? s.getValue().get(i) : null;
            }
        }
        if (node != null) {
            found = node;
        }
        if (found == null || found.getStartMark().isEmpty()) {
            return new int[] {0, 0};
        }
        return new int[] {found.getStartMark().get().getLine() + 1, found.getStartMark().get().getColumn() + 1};
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }
}
