package vn.vanban.audit.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.docx4j.wml.PPr;

import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.SizeProfile;
import vn.vanban.layout.TextMeasurer;
import vn.vanban.style.TextStyle;
import vn.vanban.text.Nd30Format;
import vn.vanban.text.VietnameseCase;

/**
 * The rules on forms: the date line's padding (days below 10, months 1 and 2), the số's padding,
 * the Tiêu ngữ's spaced hyphens, and the rules under the Tiêu ngữ (as long as it), the agency and
 * the trích yếu. Expected forms are written by {@link Nd30Format}, the generator's own.
 *
 * <pre>{@code
 * FormRules.check(paragraphs, classification, profile, findings);
 * }</pre>
 */
public final class FormRules {
    /** Place, "ngày", day or blank, "tháng", month or blank, "năm", year. */
    public static final Pattern DATE = Pattern.compile(
            "(?u)^(?<place>[^,]+),\\s*ngày(?<d>\\s*\\d*\\s*)tháng(?<m>\\s*\\d*\\s*)năm\\s*(?<y>\\d{4})\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(?<n>\\d*)\\s*/\\s*(?<sym>\\S+)\\s*$");
    /** A Tiêu ngữ rule may differ from the line's width by this share and still be "as long as" it. */
    private static final double MOTTO_RULE_SLACK = 0.15;

    private FormRules() {
    }

    public static void check(List<Para> ps, Classifier.Result r, SizeProfile profile, Findings f) {
        if (r.date() >= 0) {
            date(ps.get(r.date()), f);
        }
        if (r.number() >= 0) {
            number(ps.get(r.number()), f);
        }
        if (r.motto() >= 0) {
            motto(ps, r.motto(), profile, f);
        }
        if (r.lastAgency() >= 0 && ruleBelow(ps, r.lastAgency()) == null) {
            f.add(ps.get(r.lastAgency()), Role.AGENCY.displayName(), Catalog.AGENCY_RULE, "không có đường kẻ dưới tên cơ quan",
                    "đường kẻ liền dưới tên cơ quan ban hành", false);
        }
        if (r.lastSubject() >= 0 && ruleBelow(ps, r.lastSubject()) == null) {
            f.add(ps.get(r.lastSubject()), Role.SUBJECT.displayName(), Catalog.SUBJECT_RULE, "không có đường kẻ dưới trích yếu",
                    "đường kẻ liền dưới trích yếu", false);
        }
    }

    /** The expected date line for a found one, or null when the line is not a date line at all. */
    public static String expectedDate(String text) {
        Matcher m = DATE.matcher(Classifier.nfc(text).strip());
        if (!m.matches()) {
            return null;
        }
        String d = m.group("d").strip();
        String mo = m.group("m").strip();
        int year = Integer.parseInt(m.group("y"));
        try {
            String tail = Nd30Format.partialDate(d.isEmpty() ? null : Integer.valueOf(d), mo.isEmpty() ? null : Integer.valueOf(mo), year);
            return m.group("place").strip() + ", " + tail;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void date(Para p, Findings f) {
        String expected = expectedDate(p.text());
        String element = Role.PLACE_DATE.displayName();
        if (expected == null) {
            return;
        }
        if (expected.isEmpty()) {
            f.add(p, element, Catalog.DATE_FORM, p.clean(), "một ngày có thật", false);
        } else if (!collapse(expected).equals(collapse(p.text()))) {
            f.add(p, element, Catalog.DATE_FORM, p.clean(), collapse(expected), true);
        }
    }

    private static void number(Para p, Findings f) {
        Matcher m = NUMBER.matcher(Classifier.nfc(p.text()).strip());
        if (!m.matches() || m.group("n").isEmpty()) {
            return;
        }
        // Ký hiệu in capitals, no spaces inside (mục II.3).
        String expected = Nd30Format.number(Integer.valueOf(m.group("n")), VietnameseCase.upper(m.group("sym")));
        if (!expected.equals(collapse(p.text()))) {
            f.add(p, Role.NUMBER.displayName(), Catalog.NUMBER_FORM, p.clean(), expected, false);
        }
    }

    private static void motto(List<Para> ps, int i, SizeProfile profile, Findings f) {
        Para p = ps.get(i);
        String element = Role.MOTTO.displayName();
        String text = Classifier.nfc(p.clean());
        if (!text.equals(Classifier.MOTTO_TEXT)) {
            boolean hyphens = text.replaceAll("\\s*[-–—‑−]\\s*", " - ").equals(Classifier.MOTTO_TEXT);
            f.add(p, element, Catalog.MOTTO_TEXT, text, Classifier.MOTTO_TEXT, hyphens);
        }
        Para rule = ruleBelow(ps, i);
        if (rule == null) {
            f.add(p, element, Catalog.MOTTO_RULE, "không có đường kẻ dưới Tiêu ngữ", "đường kẻ liền, dài bằng dòng Tiêu ngữ", false);
            return;
        }
        if (!rule.bottomBorder() || rule.widthTwips() <= 0) {
            return; // a drawn or typed line: its length is not read
        }
        // The line as the style sheet sets it, so that a size fault (reported, and fixed, on its own)
        // does not also make the rule wrong.
        TextStyle ts = Nd30Style.of(profile == null ? SizeProfile.P13_14 : profile).text(Role.MOTTO);
        double textPt = TextMeasurer.standard().width(Classifier.MOTTO_TEXT, ts.sizePt(), ts.bold(), ts.italic());
        double rulePt = (rule.widthTwips() - indent(rule.ppr(), true) - indent(rule.ppr(), false)) / 20.0;
        if (Math.abs(rulePt - textPt) > MOTTO_RULE_SLACK * textPt) {
            f.add(p, element, Catalog.MOTTO_RULE, "đường kẻ dài " + PageRules.fmt(rulePt / Nd30Style.PT_PER_MM) + " mm",
                    "dài bằng dòng Tiêu ngữ (" + PageRules.fmt(textPt / Nd30Style.PT_PER_MM) + " mm)", false);
        }
    }

    /** The rule under paragraph i: its own bottom border, or a following empty paragraph with one or with a line drawn. */
    static Para ruleBelow(List<Para> ps, int i) {
        Para p = ps.get(i);
        if (p.bottomBorder() || p.drawing() || p.underscores()) {
            return p;
        }
        for (int j = i + 1; j < ps.size() && j <= i + 2; j++) {
            Para q = ps.get(j);
            if (!q.empty() && !q.underscores() || q.cell() != p.cell()) {
                return null;
            }
            if (q.bottomBorder() || q.drawing() || q.underscores()) {
                return q;
            }
        }
        return null;
    }

    private static long indent(PPr ppr, boolean left) {
        if (ppr == null || ppr.getInd() == null) {
            return 0;
        }
        BigInteger v = left ? ppr.getInd().getLeft() : ppr.getInd().getRight();
        return v == null ? 0 : v.longValue();
    }

    static String collapse(String s) {
        return Classifier.nfc(s).strip().replaceAll("[ \\u00a0\\t]+", " ");
    }
}
