package vn.vanban.layout;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import vn.vanban.Format;
import vn.vanban.KitDocument;
import vn.vanban.Vanban;
import vn.vanban.doc.Document;

/**
 * The document models the oracle tests run the layout on, and a walk over every value inside them.
 *
 * <pre>{@code
 * for (Document d : ExampleModels.documents()) {
 *     ExampleModels.walk(d, v -> v instanceof String s && strings.add(s));
 * }
 * }</pre>
 */
final class ExampleModels {
    private ExampleModels() {
    }

    /** The documents each example file plans, then every document of the commune's whole kit. */
    static List<Document> documents() throws Exception {
        Vanban v = Vanban.builder().build();
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(v.documents(Vanban.read(f)));
            }
        }
        for (KitDocument d : v.kit(Vanban.read(Path.of("examples/tan-hop-2025.yaml")), Set.of(Format.TXT))) {
            docs.add(d.model());
        }
        return docs;
    }

    /**
     * Offers {@code value} to {@code take}; where it declines, goes on into the value's items (a
     * list) or components (a record), depth first.
     */
    static void walk(Object value, Predicate<Object> take) throws ReflectiveOperationException {
        if (take.test(value)) {
            return;
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                walk(item, take);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                walk(c.getAccessor().invoke(r), take);
            }
        }
    }
}
