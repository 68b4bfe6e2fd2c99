package vn.vanban.layout;

import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * The "Kính gửi:" block (ô 9a) for both renderers: with several recipients, "Kính gửi:" on its
 * own line, then one "- X;" line each whose dash stands under the colon and whose wrapped lines
 * align after the dash; no space between the recipients, the role's space after the last.
 *
 * <pre>{@code
 * AddresseesPlan plan = AddresseesPlan.of(style, TextMeasurer.standard());
 * plan.dashIndent();   // from the text block's left edge to the dash, points
 * }</pre>
 *
 * <p>ô 9a stands centre-right, under the title: one recipient is centred on one line with
 * "Kính gửi:"; with several, "Kính gửi:" starts {@link Nd30Style#ADDRESSEES_INDENT_SHARE} of the
 * text width in.
 *
 * @param labelIndent from the text block's left edge to "Kính gửi:", points
 * @param dashIndent  from the text block's left edge to each dash (under the colon), points
 * @param hanging     width of "- ": where wrapped lines of a recipient start after the dash, points
 */
public record AddresseesPlan(double labelIndent, double dashIndent, double hanging) {

    public static AddresseesPlan of(Nd30Style style, TextMeasurer m, double textWidth) {
        TextStyle ts = style.text(Role.ADDRESSEES);
        String upToColon = Labels.KINH_GUI.substring(0, Labels.KINH_GUI.length() - 1);
        double label = Nd30Style.ADDRESSEES_INDENT_SHARE * textWidth;
        double colon = label + m.width(upToColon, ts.sizePt(), ts.bold(), ts.italic());
        return new AddresseesPlan(label, colon, m.width(Labels.DASH, ts.sizePt(), ts.bold(), ts.italic()));
    }
}
