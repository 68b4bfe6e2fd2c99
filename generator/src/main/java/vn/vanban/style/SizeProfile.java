package vn.vanban.style;

/**
 * The two size sets that footnote 1 of ND30 Phụ lục I §V allows (nd30.md §1.1), chosen once per
 * document.
 *
 * <p>{@code small} is the size of the Quốc hiệu and the agency lines; {@code large} that of the
 * Tiêu ngữ, the place and date, and of the body and everything set at body size.
 */
public enum SizeProfile {
    /** Quốc hiệu 13, Tiêu ngữ 14, địa danh–ngày 14, body 14: the default. */
    P13_14(13, 14),
    /** Quốc hiệu 12, Tiêu ngữ 13, địa danh–ngày 13, body 13. */
    P12_13(12, 13);

    private final double small;
    private final double large;

    SizeProfile(double small, double large) {
        this.small = small;
        this.large = large;
    }

    public double small() {
        return small;
    }

    public double large() {
        return large;
    }

    /** Parses {@code "13/14"} or {@code "12/13"}; null for anything else. */
    public static SizeProfile parse(String s) {
        return switch (s.strip()) {
            case "13/14" -> P13_14;
            case "12/13" -> P12_13;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return (int) small + "/" + (int) large;
    }
}
