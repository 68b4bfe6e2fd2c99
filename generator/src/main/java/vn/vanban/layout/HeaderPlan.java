package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vanban.doc.HeaderBlock;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.TextStyle;

/**
 * What both renderers print in the ND30 header (ô 1–4) and where: the column widths, the agency
 * lines as split at phrase boundaries, and the lengths of the two rules.
 *
 * <p>The left column is the style sheet's width ({@link Nd30Style#headerLeftMm()}) unless an
 * agency line needs more; it then widens by measurement as far as the right column still holds
 * the Quốc hiệu, the Tiêu ngữ and the date line on one line each. Names still too long wrap at
 * phrase boundaries ({@link PhraseBreaks}), and a local "ỦY BAN NHÂN DÂN" always breaks before its
 * level word.
 *
 * <pre>{@code
 * HeaderPlan plan = HeaderPlan.of(header, style, TextMeasurer.standard(), textWidthPt);
 * plan.left();          // the agency column, points
 * plan.agency();        // ["ỦY BAN NHÂN DÂN", "XÃ XUÂN PHÚ"]
 * }</pre>
 *
 * @param left        width of the agency column, points
 * @param right       width of the Quốc hiệu column, points
 * @param parent      the chủ quản lines
 * @param agency      the issuing agency lines
 * @param agencyRule  length of the rule under the agency, points
 * @param mottoRule   length of the rule under the Tiêu ngữ (as long as it), points
 * @param numberLead  space before the số line so that it stands on the date line's baseline (ô 3 level with ô 4)
 * @param dateLead    space before the date line, for the same reason (one of the two is 0)
 */
public record HeaderPlan(double left, double right, List<String> parent, List<String> agency,
                         double agencyRule, double mottoRule, double numberLead, double dateLead) {
    /** Room kept on each side of the widest line of each column: 4 mm between an agency line and the Quốc hiệu. */
    private static final double SLACK_MM = 2;

    public HeaderPlan {
        parent = List.copyOf(parent);
        agency = List.copyOf(agency);
    }

    public static HeaderPlan of(HeaderBlock h, Nd30Style style, TextMeasurer m, double textWidth) {
        Map<Role, TextStyle> styles = style.styles();
        double motto = width(m, styles.get(Role.MOTTO), h.motto());
        double rightNeed = Math.max(width(m, styles.get(Role.NATIONAL_NAME), h.nationalName()),
                Math.max(motto, width(m, styles.get(Role.PLACE_DATE), h.placeAndDate())))
                + 2 * PageGeometry.mm(SLACK_MM);
        double base = PageGeometry.mm(style.headerLeftMm());
        double most = Math.max(base, textWidth - rightNeed);
        TextStyle parentStyle = styles.get(Role.PARENT_AGENCY);
        TextStyle agencyStyle = styles.get(Role.AGENCY);
        List<String> parent = split(h.parentAgency(), m, parentStyle, most);
        List<String> agency = split(h.agency(), m, agencyStyle, most);
        double widest = width(m, styles.get(Role.NUMBER), h.number());
        for (String s : parent) {
            widest = Math.max(widest, width(m, parentStyle, s));
        }
        double widestAgency = 0;
        for (String s : agency) {
            widestAgency = Math.max(widestAgency, width(m, agencyStyle, s));
        }
        widest = Math.max(widest, widestAgency) + 2 * PageGeometry.mm(SLACK_MM);
        double left = Math.min(most, Math.max(base, widest));
        double level = m.baseline(styles.get(Role.PLACE_DATE)) - m.baseline(styles.get(Role.NUMBER));
        return new HeaderPlan(left, textWidth - left, parent, agency, style.agencyRuleRatio() * widestAgency,
                motto, Math.max(0, level), Math.max(0, -level));
    }


    private static List<String> split(List<String> lines, TextMeasurer m, TextStyle ts, double max) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(PhraseBreaks.split(line, max, s -> m.width(s, ts.sizePt(), ts.bold(), ts.italic())));
        }
        return out;
    }

    private static double width(TextMeasurer m, TextStyle ts, String s) {
        return s == null ? 0 : m.width(Joins.apply(s), ts.sizePt(), ts.bold(), ts.italic());
    }
}
