package vn.vanban.rules.internal;

import java.util.function.Consumer;

/** A rule compiled from its parameters: runs over one event and reports each place it is broken. */
@FunctionalInterface
public interface Check {
    void run(EventView event, Consumer<Hit> hits);
}
