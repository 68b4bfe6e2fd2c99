package vn.vanban.rules.internal;

import java.util.function.Consumer;

/**
 * A rule compiled from its parameters: runs over one event and reports each place it is broken.
 *
 * <pre>{@code
 * Check c = Kinds.of("toi_da").orElseThrow().compile(new Params(Map.of("truong", "su_kien.dai_bieu.toi_da", "gia_tri", "200")));
 * c.run(new EventView(event.data()), hit -> System.out.println(hit.field()));
 * }</pre>
 */
@FunctionalInterface
public interface Check {
    void run(EventView event, Consumer<Hit> hits);
}
