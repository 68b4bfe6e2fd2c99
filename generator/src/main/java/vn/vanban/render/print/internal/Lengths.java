package vn.vanban.render.print.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.render.print.Cmyk;

/**
 * Parses the sizes and colours people write in an event file: "12 m", "0,8 m", "80 cm", "800 mm";
 * "C0 M100 Y100 K0" or "0 100 100 0".
 *
 * <pre>{@code
 * double mm = Lengths.mm("0,8 m");   // 800
 * }</pre>
 */
public final class Lengths {
    private static final Pattern LENGTH = Pattern.compile("\\s*(-?\\d+(?:[.,]\\d+)?)\\s*(mm|cm|m)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CMYK = Pattern.compile("\\s*C?\\s*(\\d{1,3})[\\s,]+M?\\s*(\\d{1,3})[\\s,]+Y?\\s*(\\d{1,3})[\\s,]+K?\\s*(\\d{1,3})\\s*",
            Pattern.CASE_INSENSITIVE);

    private Lengths() {
    }

    /** Millimetres, or throws {@link IllegalArgumentException} with what was wrong. */
    public static double mm(String s) {
        Matcher m = LENGTH.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + s + "\" is not a size: write it with its unit, e.g. 12 m, 0,8 m, 80 cm or 800 mm");
        }
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "m" -> v * 1000;
            case "cm" -> v * 10;
            default -> v;
        };
    }

    /** A CMYK colour, or throws {@link IllegalArgumentException}. */
    public static Cmyk cmyk(String s) {
        Matcher m = CMYK.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + s + "\" is not a CMYK colour: write the four inks in per cent, e.g. C0 M100 Y100 K0");
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Integer.parseInt(m.group(i + 1));
            if (v[i] > 100) {
                throw new IllegalArgumentException("\"" + s + "\": an ink is at most 100 per cent, e.g. C0 M100 Y100 K0");
            }
        }
        return new Cmyk(v[0], v[1], v[2], v[3]);
    }
}
