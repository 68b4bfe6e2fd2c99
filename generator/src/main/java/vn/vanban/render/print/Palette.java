package vn.vanban.render.print;

import java.util.Objects;

/**
 * The colours of the print items, in CMYK. The default is the customary red background with
 * yellow type (a custom of Vietnamese congress halls, not a rule of law), and white name cards
 * and badges with a red band.
 *
 * <pre>{@code
 * Palette p = Palette.DEFAULT.withBackground(new Cmyk(100, 60, 0, 0));   // a blue backdrop
 * }</pre>
 *
 * @param background backdrop, banners, stage title, folder cover
 * @param text       type on {@code background}
 * @param card       name cards and badges
 * @param cardText   names on {@code card}
 */
public record Palette(Cmyk background, Cmyk text, Cmyk card, Cmyk cardText) {
    /** Red and yellow; white cards with deep red names. */
    public static final Palette DEFAULT = new Palette(Cmyk.RED, Cmyk.YELLOW, Cmyk.WHITE, Cmyk.DEEP_RED);

    public Palette {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cardText, "cardText");
    }

    public Palette withBackground(Cmyk c) {
        return new Palette(c, text, card, cardText);
    }
}
