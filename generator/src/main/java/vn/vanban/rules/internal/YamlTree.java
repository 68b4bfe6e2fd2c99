package vn.vanban.rules.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import com.ibm.icu.text.Normalizer2;

/**
 * A YAML text as plain maps, lists and strings (NFC), with the line and column of every node by its
 * field path ({@code su_kien.dai_bieu.toi_da}, {@code van_ban[0].ngay}), the same paths the event
 * reader uses in its messages.
 *
 * <pre>{@code
 * YamlTree t = YamlTree.parse(Path.of("rules/nd30.yaml"), text);
 * t.root();                         // Map of the top level
 * t.position("quy_tac[0].id");      // Optional[int[]{12, 9}]
 * }</pre>
 *
 * @param root      the top-level value (a Map, List or String), or null for an empty text
 * @param positions 1-based line and column by field path
 */
public record YamlTree(Object root, Map<String, int[]> positions) {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** A YAML text that cannot be parsed: the message and where. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        SyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** 1-based line, 0 when unknown. */
        public int line() {
            return line;
        }

        /** 1-based column, 0 when unknown. */
        public int column() {
            return column;
        }
    }

    /** Parses {@code text}; {@code file} names it in messages. */
    public static YamlTree parse(Path file, String text) throws SyntaxException {
        LoadSettings settings = LoadSettings.builder().setLabel(String.valueOf(file)).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
            throw new SyntaxException("is not valid YAML: " + e.getProblem(),
                    m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0));
        } catch (YamlEngineException e) {
            throw new SyntaxException("is not valid YAML: " + e.getMessage(), 0, 0);
        }
        Map<String, int[]> positions = new HashMap<>();
        Object root = node.map(n -> convert(n, "", positions)).orElse(null);
        return new YamlTree(root, Map.copyOf(positions));
    }

    /** The line and column of the node at {@code path}, or of its nearest ancestor that has one. */
    public int[] position(String path) {
        String p = path;
        while (true) {
            int[] at = positions.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private static Object convert(Node node, String path, Map<String, int[]> positions) {
        node.getStartMark().ifPresent(m -> positions.put(path, new int[] {m.getLine() + 1, m.getColumn() + 1}));
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
                String child = path.isEmpty() ? key : path + "." + key;
                t.getKeyNode().getStartMark().ifPresent(m -> positions.put(child, new int[] {m.getLine() + 1, m.getColumn() + 1}));
                Object v = convert(t.getValueNode(), child, positions);
                out.put(key, v);
            }
            return out;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                out.add(convert(item, path + "[" + i++ + "]", positions));
            }
            return out;
        }
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            if (s.getTag().getValue().endsWith(":null") && s.getScalarStyle().toString().equals("PLAIN")) {
                return null;
            }
            return NFC.normalize(v);
        }
        return null;
    }
}
