package vn.vanban.audit.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;

import vn.vanban.style.FontFace;
import vn.vanban.style.Nd30Style;
import vn.vanban.style.Role;
import vn.vanban.style.SizeProfile;

/**
 * Corrects the mechanical findings in a package read without table-style rewriting: A4 page and
 * margins inside the decree's ranges (set to the style sheet's values), Times New Roman in the
 * document defaults, every style and every run, sizes of identified elements, the date line's
 * padding and the Tiêu ngữ's hyphens. Everything else stays as it was.
 *
 * <pre>{@code
 * List<String> changes = Fixer.fix(writable, audited, classification, profile);
 * }</pre>
 */
public final class Fixer {
    private static final ObjectFactory WML = new ObjectFactory();
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[-–—‑−]\\s*");

    private Fixer() {
    }

    /**
     * Applies the fixes to {@code target} (same document as {@code audited}, paragraphs in the same
     * order) and returns what was changed, one line each.
     */
    public static List<String> fix(DocxReader.Model target, DocxReader.Model audited, Classifier.Result r,
                                   SizeProfile profile) throws Exception {
        List<String> changes = new ArrayList<>();
        Nd30Style style = Nd30Style.of(profile == null ? SizeProfile.P13_14 : profile);
        page(target, style, changes);
        fonts(target, audited, changes);
        sizes(target, audited, r, profile, style, changes);
        if (r.date() >= 0) {
            date(target.paragraphs().get(r.date()), changes);
        }
        if (r.motto() >= 0) {
            motto(target.paragraphs().get(r.motto()), changes);
        }
        return changes;
    }

    /** Saves a package as reproducible bytes. */
    public static byte[] save(WordprocessingMLPackage pkg) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return Zips.reproducible(out.toByteArray());
    }

    private static void page(DocxReader.Model m, Nd30Style style, List<String> changes) {
        long w = Math.round(style.pageWidthMm() * PageRules.TWIPS_PER_MM);
        long h = Math.round(style.pageHeightMm() * PageRules.TWIPS_PER_MM);
        double[] wanted = {style.marginTopMm(), style.marginBottomMm(), style.marginLeftMm(), style.marginRightMm()};
        String[] names = {"trên", "dưới", "trái", "phải"};
        for (SectionView s : m.sections()) {
            SectPr sp = s.sectPr();
            if (sp == null) {
                continue;
            }
            if (sp.getPgSz() == null) {
                sp.setPgSz(WML.createSectPrPgSz());
            }
            boolean landscape = s.landscape();
            long nw = landscape ? h : w;
            long nh = landscape ? w : h;
            if (Math.abs(s.widthTwips() - nw) > 28 || Math.abs(s.heightTwips() - nh) > 28) {
                sp.getPgSz().setW(BigInteger.valueOf(nw));
                sp.getPgSz().setH(BigInteger.valueOf(nh));
                sp.getPgSz().setOrient(landscape ? STPageOrientation.LANDSCAPE : null);
                changes.add("khổ giấy " + PageRules.mm(s.widthTwips()) + " × " + PageRules.mm(s.heightTwips())
                        + " → " + PageRules.mm(nw) + " × " + PageRules.mm(nh) + " mm");
            }
            if (sp.getPgMar() == null) {
                sp.setPgMar(WML.createSectPrPgMar());
            }
            long[] values = {s.top(), s.bottom(), s.left(), s.right()};
            for (int k = 0; k < 4; k++) {
                double mm = values[k] / PageRules.TWIPS_PER_MM;
                double[] range = Catalog.MARGIN_RANGES_MM[k];
                if (mm < range[0] - 0.05 || mm > range[1] + 0.05) {
                    BigInteger v = BigInteger.valueOf(Math.round(wanted[k] * PageRules.TWIPS_PER_MM));
                    switch (k) {
                        case 0 -> sp.getPgMar().setTop(v);
                        case 1 -> sp.getPgMar().setBottom(v);
                        case 2 -> sp.getPgMar().setLeft(v);
                        default -> sp.getPgMar().setRight(v);
                    }
                    changes.add("lề " + names[k] + " " + PageRules.fmt(mm) + " → " + PageRules.fmt(wanted[k]) + " mm");
                }
            }
        }
    }

    private static void fonts(DocxReader.Model target, DocxReader.Model audited, List<String> changes) throws Exception {
        int paragraphs = 0;
        List<Para> ps = audited.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            boolean bad = false;
            List<RunView> runs = ps.get(i).runs();
            List<RunView> into = target.paragraphs().get(i).runs();
            for (int k = 0; k < runs.size() && k < into.size(); k++) {
                RunView rv = runs.get(k);
                if (rv.visible() && (!tnr(rv.font()) || !tnr(rv.hAnsi()))) {
                    bad = true;
                    RPr rpr = into.get(k).run().getRPr();
                    if (rpr == null) {
                        rpr = WML.createRPr();
                        into.get(k).run().setRPr(rpr);
                    }
                    rpr.setRFonts(tnrFonts(rpr.getRFonts()));
                }
            }
            if (bad) {
                paragraphs++;
            }
        }
        if (paragraphs == 0) {
            return;
        }
        // The defaults and every style too, so that text typed later is in Times New Roman.
        var sdp = target.pkg().getMainDocumentPart().getStyleDefinitionsPart();
        if (sdp != null && sdp.getContents() != null) {
            var styles = sdp.getContents();
            if (styles.getDocDefaults() == null) {
                styles.setDocDefaults(WML.createDocDefaults());
            }
            if (styles.getDocDefaults().getRPrDefault() == null) {
                styles.getDocDefaults().setRPrDefault(WML.createDocDefaultsRPrDefault());
            }
            var def = styles.getDocDefaults().getRPrDefault();
            if (def.getRPr() == null) {
                def.setRPr(WML.createRPr());
            }
            def.getRPr().setRFonts(tnrFonts(def.getRPr().getRFonts()));
            for (Style s : styles.getStyle()) {
                if (s.getRPr() != null && s.getRPr().getRFonts() != null) {
                    s.getRPr().setRFonts(tnrFonts(s.getRPr().getRFonts()));
                }
            }
        }
        changes.add("phông chữ → " + FontFace.DOCX_FONT_NAME + " (" + paragraphs + " đoạn, mặc định và mọi kiểu chữ)");
    }

    private static boolean tnr(String name) {
        return name != null && name.equalsIgnoreCase(FontFace.DOCX_FONT_NAME);
    }

    private static RFonts tnrFonts(RFonts old) {
        RFonts f = WML.createRFonts();
        f.setAscii(FontFace.DOCX_FONT_NAME);
        f.setHAnsi(FontFace.DOCX_FONT_NAME);
        f.setCs(FontFace.DOCX_FONT_NAME);
        if (old != null) {
            f.setEastAsia(old.getEastAsia());
            f.setEastAsiaTheme(old.getEastAsiaTheme());
            f.setHint(old.getHint());
        }
        return f;
    }

    private static void sizes(DocxReader.Model target, DocxReader.Model audited, Classifier.Result r,
                              SizeProfile profile, Nd30Style style, List<String> changes) {
        List<Para> ps = audited.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Role role = r.roles()[i];
            if (role == null || Catalog.element(role) == null
                    || !Catalog.element(role).checks().contains(Catalog.Check.SIZE)) {
                continue;
            }
            Set<Double> allowed = TextRules.sizes(role, profile);
            double to = style.text(role).sizePt();
            List<RunView> runs = ps.get(i).runs();
            List<RunView> into = target.paragraphs().get(i).runs();
            List<String> from = new ArrayList<>();
            for (int k = 0; k < runs.size() && k < into.size(); k++) {
                RunView rv = runs.get(k);
                if (rv.visible() && !allowed.contains(rv.sizePt())) {
                    RPr rpr = into.get(k).run().getRPr();
                    if (rpr == null) {
                        rpr = WML.createRPr();
                        into.get(k).run().setRPr(rpr);
                    }
                    rpr.setSz(half(to));
                    rpr.setSzCs(half(to));
                    String f = TextRules.pt(rv.sizePt());
                    if (!from.contains(f)) {
                        from.add(f);
                    }
                }
            }
            if (!from.isEmpty()) {
                changes.add("đoạn " + ps.get(i).number() + " [" + role.displayName() + "] cỡ chữ " + String.join(", ", from)
                        + " → " + TextRules.pt(to));
            }
        }
    }

    private static HpsMeasure half(double pt) {
        HpsMeasure m = WML.createHpsMeasure();
        m.setVal(BigInteger.valueOf(Math.round(pt * 2)));
        return m;
    }

    /** Pads the day and month in place; the rest of the line is left as typed. */
    private static void date(Para p, List<String> changes) {
        TextEdit e = TextEdit.of(p.p());
        Matcher m = FormRules.DATE.matcher(e.text());
        if (!m.matches() || FormRules.expectedDate(e.text()) == null || FormRules.expectedDate(e.text()).isEmpty()) {
            return;
        }
        String before = FormRules.collapse(e.text());
        String month = m.group("m").strip();
        String day = m.group("d").strip();
        if (!month.isEmpty()) {
            String want = Integer.parseInt(month) <= 2 ? vn.vanban.text.Nd30Format.twoDigits(Integer.parseInt(month))
                    : Integer.toString(Integer.parseInt(month));
            int s = m.start("m") + m.group("m").indexOf(month);
            e.replace(s, s + month.length(), want);
        }
        if (!day.isEmpty()) {
            String want = vn.vanban.text.Nd30Format.twoDigits(Integer.parseInt(day));
            int s = m.start("d") + m.group("d").indexOf(day);
            e.replace(s, s + day.length(), want);
        }
        String after = FormRules.collapse(e.text());
        if (!after.equals(before)) {
            changes.add("đoạn " + p.number() + " [" + Role.PLACE_DATE.displayName() + "] «" + before + "» → «" + after + "»");
        }
    }

    /** Spaced ASCII hyphens between the Tiêu ngữ's three phrases. */
    private static void motto(Para p, List<String> changes) {
        TextEdit e = TextEdit.of(p.p());
        String before = e.text();
        List<int[]> spans = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(before);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int k = spans.size() - 1; k >= 0; k--) {
            e.replace(spans.get(k)[0], spans.get(k)[1], " - ");
        }
        if (!e.text().equals(before)) {
            changes.add("đoạn " + p.number() + " [" + Role.MOTTO.displayName() + "] «" + before.strip() + "» → «"
                    + e.text().strip() + "»");
        }
    }
}
