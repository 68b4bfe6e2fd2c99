package vn.vanban.rules.internal;

import java.util.List;
import java.util.Optional;

/**
 * The vocabulary of rule kinds: every {@code kieu:} a rule set may use.
 *
 * <pre>{@code
 * Kinds.of("toi_da").get().description();
 * }</pre>
 */
public final class Kinds {
    private static final List<Kind> ALL = List.of(new MaxKind(), new ScaledMaxKind(), new RequiredKind(), new ShareKind(),
            new CountRangeKind(), new FractionKind(), new DurationKind(), new DeadlineKind(), new DateOrderKind(),
            new FormOnlyKind(), new VoteKind(), new TypeAbbreviationKind(), new SigningKind(), new DraftNumberKind(),
            new OutlineKind(), new EmptyKind(), new LastItemKind(), new LegacyKind());

    private Kinds() {
    }

    /** Every kind, in the order the README documents them. */
    public static List<Kind> all() {
        return ALL;
    }

    /** The kind of that name. */
    public static Optional<Kind> of(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
