package vn.vanban.text;

import java.util.List;

/** Stand-in until the toolkit lands. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public enum Kind { NFC, ZERO_WIDTH, CONTROL, NBSP, REPEATED_SPACES, SPACE_BEFORE_PUNCTUATION, TRAILING_SPACES }

    public record Fix(Kind kind, int offset, String detail) {
    }

    public record Result(String text, List<Fix> fixes) {
    }

    public static Result normalize(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        return new Result(n, n.equals(s) ? List.of() : List.of(new Fix(Kind.NFC, 0, "converted to NFC")));
    }
}
