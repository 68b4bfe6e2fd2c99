package vn.vanban.rules.internal;

import java.util.Set;

/**
 * One kind of rule ({@code kieu:} in a rule set): what it checks, its parameters, and the placeholders its
 * findings fill in. Kinds are the Java side of the vocabulary; rule sets supply the numbers.
 *
 * <pre>{@code
 * Kind k = Kinds.of("han_chot").orElseThrow();
 * Check c = k.compile(new Params(Map.of("truong", "su_kien.ngay", "han", "Quý III/2025")));
 * }</pre>
 */
public interface Kind {
    /** The name rule sets use, e.g. {@code toi_da}. */
    String name();

    /** One sentence on what it checks, for {@code vanban check --list-kinds}. */
    String description();

    /** The placeholders a finding of this kind fills, besides the common ones ({@code cap}, {@code truong}). */
    Set<String> placeholders();

    /** Reads the parameters; throws on the first that is wrong. */
    Check compile(Params params) throws ParamException;
}
