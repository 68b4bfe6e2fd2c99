package vn.vanban.audit.internal;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.PPr;

import vn.vanban.style.FontFace;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.SizeProfile;
import vn.vanban.style.TextStyle;

/**
 * The rules on text: Times New Roman, black, NFC everywhere; for each identified element its size,
 * weight, slant and capitals as the ND30 style sheet sets them (either size profile, the Quốc hiệu,
 * Tiêu ngữ and date line consistent with one); the body justified with a 1 cm or 1.27 cm first-line
 * indent.
 *
 * <pre>{@code
 * TextRules.check(paragraphs, classification, profile, findings);
 * }</pre>
 */
public final class TextRules {
    /** Roles of running text: emphasis inside them is the writer's, not a departure from the format. */
    private static final Set<Role> RUNNING_TEXT = java.util.EnumSet.of(Role.BASIS, Role.BODY, Role.CENTERED, Role.NOTE,
            Role.LIST_1, Role.LIST_2, Role.CLAUSE_HEADING, Role.POINT_HEADING, Role.SECTION_HEADING);
    /** Slack on first-line indents, twips (0.5 mm). */
    private static final long INDENT_SLACK = 28;

    private TextRules() {
    }

    /** The size profile the document follows: from its Quốc hiệu, else its Tiêu ngữ; null if neither says. */
    public static SizeProfile profile(List<Para> ps, Classifier.Result r) {
        for (SizeProfile sp : SizeProfile.values()) {
            if (r.nationalName() >= 0 && allSized(ps.get(r.nationalName()), Nd30Style.of(sp).text(Role.NATIONAL_NAME))) {
                return sp;
            }
        }
        for (SizeProfile sp : SizeProfile.values()) {
            if (r.motto() >= 0 && allSized(ps.get(r.motto()), Nd30Style.of(sp).text(Role.MOTTO))) {
                return sp;
            }
        }
        return null;
    }

    private static boolean allSized(Para p, TextStyle ts) {
        List<RunView> runs = p.visibleRuns();
        return !runs.isEmpty() && runs.stream().allMatch(rv -> rv.sizePt() == ts.sizePt());
    }

    /** The sizes an element may have: under the document's profile for the lines the footnote pairs, else either. */
    public static Set<Double> sizes(Role role, SizeProfile profile) {
        Set<Double> out = new TreeSet<>();
        boolean paired = role == Role.MOTTO || role == Role.PLACE_DATE || role == Role.NATIONAL_NAME;
        for (SizeProfile sp : SizeProfile.values()) {
            if (!paired || profile == null || sp == profile) {
                out.add(Nd30Style.of(sp).text(role).sizePt());
            }
        }
        return out;
    }

    public static void check(List<Para> ps, Classifier.Result r, SizeProfile profile, Findings f) {
        for (int i = 0; i < ps.size(); i++) {
            Para p = ps.get(i);
            Role role = r.roles()[i];
            String element = role == null ? "Đoạn văn" : role.displayName();
            font(p, element, f);
            color(p, element, f);
            if (!Normalizer.isNormalized(p.text(), Normalizer.Form.NFC)) {
                f.add(p, element, Catalog.NFC, "chữ tổ hợp (dấu tách rời, không phải NFC)", "chữ dựng sẵn (NFC)", false);
            }
            if (role == null) {
                continue;
            }
            Catalog.Element e = Catalog.element(role);
            if (e == null) {
                continue;
            }
            TextStyle ts = Nd30Style.of(profile == null ? SizeProfile.P13_14 : profile).text(role);
            List<RunView> runs = p.visibleRuns();
            if (e.checks().contains(Catalog.Check.SIZE)) {
                Set<Double> allowed = sizes(role, profile);
                Set<String> bad = runs.stream().filter(rv -> !allowed.contains(rv.sizePt()))
                        .map(rv -> pt(rv.sizePt())).collect(Collectors.toCollection(TreeSet::new));
                if (!bad.isEmpty()) {
                    f.add(p, element, e.id() + ".co_chu", e.source(), String.join(", ", bad),
                            allowed.stream().map(TextRules::pt).collect(Collectors.joining(" hoặc ")), true);
                }
            }
            boolean line = !RUNNING_TEXT.contains(role);
            if (e.checks().contains(Catalog.Check.BOLD) && deviates(runs, rv -> rv.bold() != ts.bold(), line)) {
                f.add(p, element, e.id() + ".dam", e.source(), ts.bold() ? "chữ không đậm" : "chữ đậm",
                        ts.bold() ? "chữ đậm" : "chữ không đậm", false);
            }
            if (e.checks().contains(Catalog.Check.ITALIC) && deviates(runs, rv -> rv.italic() != ts.italic(), line)) {
                f.add(p, element, e.id() + ".nghieng", e.source(), ts.italic() ? "chữ đứng" : "chữ nghiêng",
                        ts.italic() ? "chữ nghiêng" : "chữ đứng", false);
            }
            if (e.checks().contains(Catalog.Check.CAPS) && ts.allCaps()
                    && runs.stream().anyMatch(rv -> !rv.caps() && !Classifier.isCaps(rv.text()) && hasLetter(rv.text()))) {
                f.add(p, element, e.id() + ".in_hoa", e.source(), "chữ thường", "chữ in hoa", false);
            }
            if (role == Role.BODY && hasLetter(p.text())) {
                body(p, f);
            }
        }
    }

    /**
     * Whether the runs depart from the style: any run for a line that is one element (Quốc hiệu,
     * signature, …); most of the text, by characters, for running text, where a word in italics or
     * bold is the writer's emphasis.
     */
    private static boolean deviates(List<RunView> runs, java.util.function.Predicate<RunView> off, boolean line) {
        if (line) {
            return runs.stream().anyMatch(off);
        }
        int bad = runs.stream().filter(off).mapToInt(rv -> rv.text().strip().length()).sum();
        int all = runs.stream().mapToInt(rv -> rv.text().strip().length()).sum();
        return 2 * bad > all;
    }

    private static void font(Para p, String element, Findings f) {
        Set<String> bad = new LinkedHashSet<>();
        for (RunView rv : p.visibleRuns()) {
            for (String name : new String[] {rv.font(), rv.hAnsi()}) {
                if (name == null) {
                    bad.add("phông không khai báo (Word dùng phông mặc định)");
                } else if (!name.equalsIgnoreCase(FontFace.DOCX_FONT_NAME)) {
                    bad.add(name);
                }
            }
        }
        if (!bad.isEmpty()) {
            f.add(p, element, Catalog.FONT, String.join(", ", bad), FontFace.DOCX_FONT_NAME, true);
        }
    }

    private static void color(Para p, String element, Findings f) {
        Set<String> bad = new TreeSet<>();
        for (RunView rv : p.visibleRuns()) {
            String c = rv.color();
            if (c != null && !c.equalsIgnoreCase("auto") && !c.equals("000000")) {
                bad.add("màu #" + c);
            }
        }
        if (!bad.isEmpty()) {
            f.add(p, element, Catalog.COLOR, String.join(", ", bad), "màu đen", false);
        }
    }

    /** Body text: justified, first line indented 1 cm or 1.27 cm. */
    private static void body(Para p, Findings f) {
        PPr ppr = p.ppr();
        JcEnumeration jc = ppr == null || ppr.getJc() == null ? JcEnumeration.LEFT : ppr.getJc().getVal();
        if (jc != JcEnumeration.BOTH && jc != JcEnumeration.DISTRIBUTE) {
            f.add(p, Role.BODY.displayName(), Catalog.BODY_ALIGN, align(jc), "căn đều hai lề", false);
        }
        long first = 0;
        if (ppr != null && ppr.getInd() != null) {
            BigInteger fl = ppr.getInd().getFirstLine();
            BigInteger hang = ppr.getInd().getHanging();
            first = fl != null ? fl.longValue() : hang != null ? -hang.longValue() : 0;
        }
        boolean ok = false;
        StringBuilder want = new StringBuilder();
        for (double mm : Catalog.BODY_INDENTS_MM) {
            long tw = Math.round(mm * PageRules.TWIPS_PER_MM);
            ok |= Math.abs(first - tw) <= INDENT_SLACK;
            want.append(want.length() == 0 ? "" : " hoặc ").append(PageRules.fmt(mm / 10)).append(" cm");
        }
        if (!ok) {
            f.add(p, Role.BODY.displayName(), Catalog.BODY_INDENT,
                    "lùi đầu dòng " + PageRules.fmt(first / PageRules.TWIPS_PER_MM / 10) + " cm", want.toString(), false);
        }
    }

    private static String align(JcEnumeration jc) {
        return switch (jc) {
            case CENTER -> "căn giữa";
            case RIGHT, END -> "căn phải";
            default -> "căn trái";
        };
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    static String pt(double size) {
        return PageRules.fmt(size) + " pt";
    }
}
