package vn.vanban.style;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ND30 style sheet: every number of the format in one place, read by every renderer.
 *
 * <p>Values follow Nghị định 30/2020/NĐ-CP Phụ lục I (nd30.md §1) and, where the decree gives a
 * range or nothing, the house defaults of nd30.md §7, all inside the legal ranges.
 *
 * <pre>{@code
 * Nd30Style style = Nd30Style.standard();                 // A4, 20/20/30/15 mm, 13/14
 * Nd30Style small = Nd30Style.of(SizeProfile.P12_13);
 * TextStyle body = style.text(Role.BODY);                 // 14 pt, justified, 12.7 mm indent
 * }</pre>
 *
 * @param profile            the size profile
 * @param pageWidthMm        page width, portrait (A4: 210)
 * @param pageHeightMm       page height, portrait (A4: 297)
 * @param marginTopMm        top margin (ND30: 20–25)
 * @param marginBottomMm     bottom margin (ND30: 20–25)
 * @param marginLeftMm       left margin (ND30: 30–35)
 * @param marginRightMm      right margin (ND30: 15–20)
 * @param pageNumberFromTopMm distance from the page's top edge to the page number's baseline box top
 * @param headerLeftMm       width of the header table's left column (ô 2, 3); the right column
 *                           (ô 1, 4) takes the rest of the text width
 * @param agencyRuleRatio    the rule under the agency name, as a share of the agency line's width
 * @param subjectRuleRatio   the rule under the trích yếu, as a share of the text width
 * @param ruleWidthPt        thickness of every rule
 * @param ruleGapPt          gap between a line of text and the rule under it
 * @param signatureLeftShare share of the text width given to "Nơi nhận" beside a single signer
 * @param signatureSpacePt   vertical space left for the handwritten signature and the seal
 * @param listIndentMm       first-line indent of "-" and "+" items
 * @param titleSpaceBeforePt space between the header table and the tên loại
 * @param bodySpaceBeforePt  space between the trích yếu rule and the first content block
 * @param closingSpaceBeforePt space between the last content block and the signature block
 * @param tableCellPaddingPt inner padding of ruled table cells
 */
public record Nd30Style(SizeProfile profile,
                        double pageWidthMm, double pageHeightMm,
                        double marginTopMm, double marginBottomMm,
                        double marginLeftMm, double marginRightMm,
                        double pageNumberFromTopMm,
                        double headerLeftMm,
                        double agencyRuleRatio, double subjectRuleRatio,
                        double ruleWidthPt, double ruleGapPt,
                        double signatureLeftShare, double signatureSpacePt,
                        double listIndentMm,
                        double titleSpaceBeforePt, double bodySpaceBeforePt,
                        double closingSpaceBeforePt,
                        double tableCellPaddingPt) {

    /**
     * The distance between a rule and the text above it as Word stores it (a paragraph border's
     * {@code w:space} is a whole number of points): the rule gap rounded.
     */
    public double ruleSpacePt() {
        return Math.round(ruleGapPt);
    }

    /** Points per millimetre. */
    public static final double PT_PER_MM = 72.0 / 25.4;
    /** Line height as a multiple of the font size: 1.2 × 14 pt = 16.8 pt, between ND30's single and 1.5 lines. */
    public static final double LINE_HEIGHT = 1.2;
    /** First-line indent of the body: 1.27 cm (ND30: 1 cm or 1.27 cm). */
    public static final double BODY_INDENT_MM = 12.7;
    /** Where a list of several "Kính gửi" recipients starts, as a share of the text width (ô 9a, centre-right). */
    public static final double ADDRESSEES_INDENT_SHARE = 0.25;
    /** Space after a body paragraph (ND30: at least 6 pt). */
    public static final double PARAGRAPH_SPACE_PT = 6;

    public Nd30Style {
        Objects.requireNonNull(profile, "profile");
        requireRange("top margin", marginTopMm, 20, 25);
        requireRange("bottom margin", marginBottomMm, 20, 25);
        requireRange("left margin", marginLeftMm, 30, 35);
        requireRange("right margin", marginRightMm, 15, 20);
    }

    /** A4 portrait, margins 20/20/30/15 mm, size profile 13/14. */
    public static Nd30Style standard() {
        return of(SizeProfile.P13_14);
    }

    /** The standard sheet with another size profile. */
    public static Nd30Style of(SizeProfile profile) {
        return builder().profile(profile).build();
    }

    /** This sheet with another size profile (everything else kept). */
    public Nd30Style withProfile(SizeProfile p) {
        return p == profile ? this : new Nd30Style(p, pageWidthMm, pageHeightMm, marginTopMm, marginBottomMm,
                marginLeftMm, marginRightMm, pageNumberFromTopMm, headerLeftMm, agencyRuleRatio, subjectRuleRatio,
                ruleWidthPt, ruleGapPt, signatureLeftShare, signatureSpacePt, listIndentMm, titleSpaceBeforePt,
                bodySpaceBeforePt, closingSpaceBeforePt, tableCellPaddingPt);
    }

    /** A builder holding the house defaults, every value named. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a style sheet from named values; unset values keep the house defaults (nd30.md §7:
     * inside the decree's ranges, which {@link Nd30Style} checks).
     *
     * <pre>{@code
     * Nd30Style s = Nd30Style.builder().profile(SizeProfile.P12_13).marginLeftMm(35).build();
     * }</pre>
     */
    public static final class Builder {
        private SizeProfile profile = SizeProfile.P13_14;
        private double pageWidthMm = 210;
        private double pageHeightMm = 297;
        private double marginTopMm = 20;
        private double marginBottomMm = 20;
        private double marginLeftMm = 30;
        private double marginRightMm = 15;
        private double pageNumberFromTopMm = 10;
        private double headerLeftMm = 62;
        private double agencyRuleRatio = 0.4;
        private double subjectRuleRatio = 0.3;
        private double ruleWidthPt = 0.5;
        private double ruleGapPt = 1.5;
        private double signatureLeftShare = 0.42;
        private double signatureSpacePt = 66;
        private double listIndentMm = BODY_INDENT_MM;
        private double titleSpaceBeforePt = 12;
        private double bodySpaceBeforePt = 6;
        private double closingSpaceBeforePt = 12;
        private double tableCellPaddingPt = 3;

        private Builder() {
        }

        public Builder profile(SizeProfile v) {
            profile = Objects.requireNonNull(v, "profile");
            return this;
        }

        public Builder marginTopMm(double v) {
            marginTopMm = v;
            return this;
        }

        public Builder marginBottomMm(double v) {
            marginBottomMm = v;
            return this;
        }

        public Builder marginLeftMm(double v) {
            marginLeftMm = v;
            return this;
        }

        public Builder marginRightMm(double v) {
            marginRightMm = v;
            return this;
        }

        public Builder headerLeftMm(double v) {
            headerLeftMm = v;
            return this;
        }

        public Builder signatureSpacePt(double v) {
            signatureSpacePt = v;
            return this;
        }

        public Nd30Style build() {
            return new Nd30Style(profile, pageWidthMm, pageHeightMm, marginTopMm, marginBottomMm, marginLeftMm,
                    marginRightMm, pageNumberFromTopMm, headerLeftMm, agencyRuleRatio, subjectRuleRatio, ruleWidthPt,
                    ruleGapPt, signatureLeftShare, signatureSpacePt, listIndentMm, titleSpaceBeforePt,
                    bodySpaceBeforePt, closingSpaceBeforePt, tableCellPaddingPt);
        }
    }

    /** Width of the text block, portrait, in millimetres (A4 with default margins: 165). */
    public double textWidthMm() {
        return pageWidthMm - marginLeftMm - marginRightMm;
    }

    /** The text style of a role, under this sheet's size profile. */
    public TextStyle text(Role role) {
        return styles().get(role);
    }

    /**
     * All text styles, one per role; the map cannot be changed. Built once per size profile, title
     * space and list indent (all it depends on): layouts ask for it per block.
     */
    public Map<Role, TextStyle> styles() {
        StylesKey key = new StylesKey(profile, titleSpaceBeforePt, listIndentMm);
        Map<Role, TextStyle> m = STYLES.get(key);
        if (m == null) {
            m = Collections.unmodifiableMap(buildStyles());
            // A handful of sheets in practice; a caller building thousands of them is not cached.
            if (STYLES.size() < MAX_CACHED_STYLES) {
                STYLES.putIfAbsent(key, m);
            }
        }
        return m;
    }

    /** What {@link #styles()} depends on. */
    private record StylesKey(SizeProfile profile, double titleSpaceBeforePt, double listIndentMm) {
    }

    private static final int MAX_CACHED_STYLES = 64;
    /** Immutable values computed from their key only: safe to share between threads and calls. */
    private static final Map<StylesKey, Map<Role, TextStyle>> STYLES = new ConcurrentHashMap<>();

    private Map<Role, TextStyle> buildStyles() {
        double small = profile.small();
        double large = profile.large();
        Map<Role, TextStyle> m = new EnumMap<>(Role.class);
        // Header (ô 1–4): single-spaced lines, no paragraph spacing.
        m.put(Role.PARENT_AGENCY, line(small, false, false, true, Align.CENTER));
        m.put(Role.AGENCY, line(small, true, false, true, Align.CENTER));
        m.put(Role.NUMBER, line(13, false, false, false, Align.CENTER));
        m.put(Role.SUBJECT_LINE, spaced(small, false, false, Align.CENTER, 0, 6, 0));
        m.put(Role.DRAFT_MARK, spaced(large, true, false, Align.CENTER, 0, 6, 0));
        m.put(Role.NATIONAL_NAME, line(small, true, false, true, Align.CENTER));
        m.put(Role.MOTTO, line(large, true, false, false, Align.CENTER));
        m.put(Role.PLACE_DATE, line(large, false, true, false, Align.CENTER));
        // Tên loại and trích yếu (ô 5a).
        m.put(Role.DOCUMENT_TYPE, spaced(large, true, false, Align.CENTER, 0, titleSpaceBeforePt, 0));
        m.put(Role.SUBJECT, line(large, true, false, false, Align.CENTER));
        // Content (ô 6).
        m.put(Role.BODY, body(large, false, false, Align.JUSTIFY, BODY_INDENT_MM, -1));
        m.put(Role.BASIS, body(large, false, true, Align.JUSTIFY, BODY_INDENT_MM, -1));
        m.put(Role.CENTERED, body(large, true, false, Align.CENTER, 0, -1));
        m.put(Role.NOTE, body(large, false, false, Align.JUSTIFY, BODY_INDENT_MM, -1));
        // No space before: the paragraph above already leaves its 6 pt, and Word and LibreOffice
        // disagree on whether two spacings between paragraphs add up.
        m.put(Role.PART_LABEL, new TextStyle(large, true, false, false, Align.CENTER, 0,
                0, 0, large * LINE_HEIGHT, 0));
        m.put(Role.PART_TITLE, new TextStyle(large, true, false, true, Align.CENTER, 0,
                0, PARAGRAPH_SPACE_PT, large * LINE_HEIGHT, -1));
        m.put(Role.SECTION_HEADING, body(large, true, false, Align.JUSTIFY, BODY_INDENT_MM, 1));
        m.put(Role.CLAUSE_HEADING, body(large, true, false, Align.JUSTIFY, BODY_INDENT_MM, 2));
        m.put(Role.POINT_HEADING, body(large, false, false, Align.JUSTIFY, BODY_INDENT_MM, 3));
        m.put(Role.LIST_1, body(large, false, false, Align.JUSTIFY, listIndentMm, -1));
        m.put(Role.LIST_2, body(large, false, false, Align.JUSTIFY, listIndentMm, -1));
        m.put(Role.ADDRESSEES, body(large, false, false, Align.LEFT, 0, -1));
        // Closing (ô 7, 9b): Nơi nhận 12 bold italic, its items 11.
        m.put(Role.RECIPIENTS_LABEL, line(12, true, true, false, Align.LEFT));
        m.put(Role.RECIPIENTS, line(11, false, false, false, Align.LEFT));
        m.put(Role.AUTHORITY, line(large, true, false, true, Align.CENTER));
        m.put(Role.SIGNATURE_NOTE, line(large, false, true, false, Align.CENTER));
        m.put(Role.SIGNER_NAME, line(large, true, false, false, Align.CENTER));
        // Phụ lục (nd30.md §1.8): "Phụ lục I" at 14 whatever the profile.
        m.put(Role.APPENDIX_LABEL, line(14, true, false, false, Align.CENTER));
        m.put(Role.APPENDIX_TITLE, line(large, true, false, true, Align.CENTER));
        m.put(Role.APPENDIX_ATTACHED, line(large, false, true, false, Align.CENTER));
        // Tables: one size below the body.
        m.put(Role.TABLE_HEADER, line(large - 1, true, false, false, Align.CENTER));
        m.put(Role.TABLE_CELL, line(large - 1, false, false, false, Align.LEFT));
        m.put(Role.PAGE_NUMBER, line(large, false, false, false, Align.CENTER));
        return m;
    }

    private static TextStyle line(double size, boolean bold, boolean italic, boolean caps, Align align) {
        return new TextStyle(size, bold, italic, caps, align, 0, 0, 0, size * LINE_HEIGHT, -1);
    }

    private static TextStyle spaced(double size, boolean bold, boolean italic, Align align,
                                    double indentMm, double before, double after) {
        return new TextStyle(size, bold, italic, false, align, indentMm, before, after, size * LINE_HEIGHT, -1);
    }

    private static TextStyle body(double size, boolean bold, boolean italic, Align align,
                                  double indentMm, int outline) {
        return new TextStyle(size, bold, italic, false, align, indentMm, 0, PARAGRAPH_SPACE_PT,
                size * LINE_HEIGHT, outline);
    }

    private static void requireRange(String what, double value, double min, double max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + "–" + max + " mm (ND30 Phụ lục I §I.3), got " + value);
        }
    }
}
