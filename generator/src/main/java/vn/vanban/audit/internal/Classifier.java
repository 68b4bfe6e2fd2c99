package vn.vanban.audit.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.docx4j.wml.JcEnumeration;

import vn.vanban.style.Role;
import vn.vanban.text.VietnameseCase;

/**
 * Tells which ND30 element each paragraph is, from its text and place alone, so that documents
 * typed by hand in Word (no vanban style names) are read like vanban's own: the Quốc hiệu and the
 * Tiêu ngữ by their words, the số and date lines by their forms, the agency lines as the capitals
 * of the header, the tên loại and trích yếu as the first capital and centred lines after it, the
 * closing block around "Nơi nhận:", headings by their numbering (I., 1., a), Phần …), phụ lục
 * after the signature.
 *
 * <pre>{@code
 * Classifier.Result r = Classifier.classify(paragraphs);
 * Role role = r.roles()[i];   // null: not an element the audit checks the size of
 * }</pre>
 */
public final class Classifier {
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)độc\\s*lập\\s*[-–—‑−]\\s*tự\\s*do\\s*[-–—‑−]\\s*hạnh\\s*phúc\\.?");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:.*");
    private static final Pattern DATE = Pattern.compile("(?u)^[^,]{2,60},\\s*ngày[\\s\\d.…]*tháng[\\s\\d.…]*năm\\s*[\\d.…]*\\s*$");
    private static final Pattern RECIPIENTS_LABEL = Pattern.compile("(?iu)^nơi\\s+nhận\\s*:?$");
    private static final Pattern DASH_ITEM = Pattern.compile("^[-–—]\\s*\\S.*");
    private static final Pattern PLUS_ITEM = Pattern.compile("^\\+\\s*\\S.*");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVXLC]+\\.\\s+\\S.*");
    private static final Pattern ARTICLE = Pattern.compile("(?u)^Điều\\s+\\d+\\..*");
    private static final Pattern CLAUSE = Pattern.compile("^\\d+(\\.\\d+)*\\.\\s+\\S.*");
    private static final Pattern POINT = Pattern.compile("(?u)^[a-zđ]\\)\\s*\\S.*");
    private static final Pattern PART_LABEL = Pattern.compile(
            "(?u)^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu mục|TIỂU MỤC)\\s+(thứ\\s+\\p{L}+|[IVXLC]+|\\d+)\\.?$");
    private static final Pattern APPENDIX_LABEL = Pattern.compile("(?iu)^phụ\\s+lục(\\s+[IVXLC\\d]+)?\\.?$");
    private static final Pattern BASIS = Pattern.compile("(?u)^Căn cứ\\s.*[;.]$");
    private static final Pattern ADDRESSEES = Pattern.compile("(?iu)^kính\\s+gửi\\s*:.*");
    private static final Pattern SIGNING = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s.*");

    /** How many paragraphs from the top the header (ô 1–4) is looked for in. */
    private static final int HEADER_SPAN = 30;

    /**
     * The classification.
     *
     * @param roles       one per paragraph (same index as the list); null where no element rule applies
     * @param nationalName index of the Quốc hiệu, or -1
     * @param motto       index of the Tiêu ngữ, or -1
     * @param number      index of the số line, or -1
     * @param date        index of the date line, or -1
     * @param lastAgency  index of the last line of the issuing agency, or -1
     * @param lastSubject index of the last line of the trích yếu (ô 5a), or -1
     */
    public record Result(Role[] roles, int nationalName, int motto, int number, int date, int lastAgency,
                         int lastSubject) {
    }

    private Classifier() {
    }

    public static Result classify(List<Para> ps) {
        Role[] roles = new Role[ps.size()];
        int span = Math.min(ps.size(), HEADER_SPAN);
        int qh = -1;
        int tn = -1;
        int so = -1;
        int date = -1;
        for (int i = 0; i < span; i++) {
            Para p = ps.get(i);
            String c = nfc(p.clean());
            if (qh < 0 && isNationalName(c)) {
                qh = i;
            } else if (tn < 0 && MOTTO.matcher(c).matches()) {
                tn = i;
            } else if (so < 0 && NUMBER.matcher(c).matches()) {
                so = i;
            } else if (date < 0 && DATE.matcher(c).matches()) {
                date = i;
            }
        }
        set(roles, qh, Role.NATIONAL_NAME);
        set(roles, tn, Role.MOTTO);
        set(roles, so, Role.NUMBER);
        set(roles, date, Role.PLACE_DATE);
        int headerEnd = Math.max(Math.max(qh, tn), Math.max(so, date));
        if (qh >= 0 && ps.get(qh).table() > 0) {
            for (int i = qh; i < ps.size() && ps.get(i).table() == ps.get(qh).table(); i++) {
                headerEnd = Math.max(headerEnd, i);
            }
        }

        // Header: agency lines (capitals, not beside the Quốc hiệu, above the số line), V/v line.
        int firstBold = -1;
        int agencies = 0;
        int lastAgency = -1;
        boolean subjectLine = false;
        for (int i = 0; i <= headerEnd; i++) {
            Para p = ps.get(i);
            if (roles[i] != null || p.empty()) {
                continue;
            }
            String c = nfc(p.clean());
            if (c.startsWith("V/v")) {
                roles[i] = Role.SUBJECT_LINE;
                subjectLine = true;
                for (int j = i + 1; j <= headerEnd && sameCell(ps.get(j), p) && !ps.get(j).empty(); j++) {
                    roles[j] = Role.SUBJECT_LINE;
                    i = j;
                }
            } else if (c.equalsIgnoreCase("DỰ THẢO")) {
                roles[i] = Role.DRAFT_MARK;
            } else if (isCaps(c) && (so < 0 || i < so) && !(qh >= 0 && p.table() > 0 && sameCell(p, ps.get(qh)))) {
                roles[i] = Role.AGENCY;
                agencies++;
                lastAgency = i;
                if (firstBold < 0 && p.visibleRuns().stream().allMatch(RunView::bold)) {
                    firstBold = i;
                }
            }
        }
        // Lines above the first bold agency line name the governing body (chủ quản, not bold).
        if (firstBold > 0 && agencies > 1) {
            for (int i = 0; i < firstBold; i++) {
                if (roles[i] == Role.AGENCY) {
                    roles[i] = Role.PARENT_AGENCY;
                }
            }
        }

        // Tên loại and trích yếu (ô 5a).
        int i = next(ps, headerEnd + 1);
        int lastSubject = -1;
        if (!subjectLine && i < ps.size() && ps.get(i).table() == 0) {
            String c = nfc(ps.get(i).clean());
            if (isCaps(c) && c.length() <= 60 && !ROMAN_HEADING.matcher(c).matches()) {
                roles[i] = Role.DOCUMENT_TYPE;
                int j = i + 1;
                while (j < ps.size() && !ps.get(j).empty() && ps.get(j).table() == 0 && centred(ps.get(j))
                        && j - i <= 5) {
                    roles[j] = Role.SUBJECT;
                    lastSubject = j;
                    j++;
                }
                i = j;
            }
        }
        int contentStart = i;

        // The closing block around "Nơi nhận:".
        int nn = -1;
        for (int j = contentStart; j < ps.size(); j++) {
            if (RECIPIENTS_LABEL.matcher(nfc(ps.get(j).clean())).matches()) {
                nn = j;
                break;
            }
        }
        int contentEnd = ps.size() - 1;
        int closingEnd = ps.size() - 1;
        if (nn >= 0) {
            Para label = ps.get(nn);
            roles[nn] = Role.RECIPIENTS_LABEL;
            int j = nn + 1;
            for (; j < ps.size(); j++) {
                Para p = ps.get(j);
                if (label.table() > 0 && !sameCell(p, label)) {
                    break;
                }
                if (p.empty()) {
                    continue;
                }
                if (!DASH_ITEM.matcher(nfc(p.clean())).matches()) {
                    break;
                }
                roles[j] = Role.RECIPIENTS;
            }
            closingEnd = j - 1;
            if (label.table() > 0) {
                int first = nn;
                while (first > 0 && ps.get(first - 1).table() == label.table()) {
                    first--;
                }
                contentEnd = first - 1;
                for (int k = first; k < ps.size() && ps.get(k).table() == label.table(); k++) {
                    closingEnd = Math.max(closingEnd, k);
                    if (ps.get(k).cell() != label.cell()) {
                        signer(ps.get(k), roles, k);
                    }
                }
            } else {
                int k = nn - 1;
                while (k > contentStart && (ps.get(k).empty() || looksLikeSigner(ps.get(k)))) {
                    k--;
                }
                contentEnd = k;
                for (int m = k + 1; m < nn; m++) {
                    signer(ps.get(m), roles, m);
                }
            }
        }

        content(ps, roles, contentStart, contentEnd);
        if (nn >= 0) {
            appendix(ps, roles, closingEnd + 1);
        }
        return new Result(roles, qh, tn, so, date, lastAgency, lastSubject);
    }

    private static void signer(Para p, Role[] roles, int k) {
        if (p.empty()) {
            return;
        }
        String c = nfc(p.clean());
        if (c.startsWith("(") || c.startsWith("[")) {
            roles[k] = Role.SIGNATURE_NOTE;
        } else if (isCaps(c)) {
            roles[k] = Role.AUTHORITY;
        } else {
            roles[k] = Role.SIGNER_NAME;
        }
    }

    private static boolean looksLikeSigner(Para p) {
        String c = nfc(p.clean());
        return c.length() <= 50 && !c.endsWith(".") && !c.endsWith(";") && !c.endsWith(":")
                && (isCaps(c) || SIGNING.matcher(c).matches() || centred(p) || right(p));
    }

    /** Content (ô 6): headings by their numbering, items by their marks, the rest body text. */
    private static void content(List<Para> ps, Role[] roles, int from, int to) {
        boolean heading = false;
        for (int i = from; i <= to && i < ps.size(); i++) {
            Para p = ps.get(i);
            if (p.empty() || roles[i] != null || p.table() > 0) {
                continue;
            }
            String c = nfc(p.clean());
            Role r;
            if (ADDRESSEES.matcher(c).matches()) {
                r = Role.ADDRESSEES;
            } else if (PART_LABEL.matcher(c).matches()) {
                r = Role.PART_LABEL;
                heading = true;
                int j = next(ps, i + 1);
                if (j <= to && j < ps.size() && isCaps(nfc(ps.get(j).clean()))) {
                    roles[j] = Role.PART_TITLE;
                }
            } else if (ROMAN_HEADING.matcher(c).matches() || ARTICLE.matcher(c).matches()) {
                r = Role.SECTION_HEADING;
                heading = true;
            } else if (CLAUSE.matcher(c).matches()) {
                r = Role.CLAUSE_HEADING;
                heading = true;
            } else if (POINT.matcher(c).matches()) {
                r = Role.POINT_HEADING;
            } else if (DASH_ITEM.matcher(c).matches()) {
                r = Role.LIST_1;
            } else if (PLUS_ITEM.matcher(c).matches()) {
                r = Role.LIST_2;
            } else if (!heading && BASIS.matcher(c).matches()) {
                r = Role.BASIS;
            } else if (centred(p)) {
                r = Role.CENTERED;
            } else {
                r = Role.BODY;
            }
            roles[i] = r;
        }
    }

    /** After the closing block: phụ lục label, capital titles, "(Kèm theo …)", then content. */
    private static void appendix(List<Para> ps, Role[] roles, int from) {
        int i = next(ps, from);
        if (i >= ps.size()) {
            return;
        }
        boolean title = true;
        int contentFrom = i;
        for (; i < ps.size(); i++) {
            Para p = ps.get(i);
            if (p.empty()) {
                continue;
            }
            String c = nfc(p.clean());
            if (APPENDIX_LABEL.matcher(c).matches()) {
                roles[i] = Role.APPENDIX_LABEL;
                title = true;
            } else if (c.startsWith("(Kèm theo") || c.startsWith("(kèm theo")) {
                roles[i] = Role.APPENDIX_ATTACHED;
                title = false;
            } else if (title && p.table() == 0 && isCaps(c) && centred(p) && !ROMAN_HEADING.matcher(c).matches()) {
                roles[i] = Role.APPENDIX_TITLE;
            } else {
                contentFrom = i;
                break;
            }
            contentFrom = i + 1;
        }
        content(ps, roles, contentFrom, ps.size() - 1);
    }

    private static int next(List<Para> ps, int from) {
        int i = from;
        while (i < ps.size() && ps.get(i).empty()) {
            i++;
        }
        return i;
    }

    private static void set(Role[] roles, int i, Role r) {
        if (i >= 0) {
            roles[i] = r;
        }
    }

    private static boolean sameCell(Para a, Para b) {
        return a.cell() == b.cell() && a.cell() != 0;
    }

    static boolean centred(Para p) {
        return p.ppr() != null && p.ppr().getJc() != null && p.ppr().getJc().getVal() == JcEnumeration.CENTER;
    }

    private static boolean right(Para p) {
        return p.ppr() != null && p.ppr().getJc() != null
                && (p.ppr().getJc().getVal() == JcEnumeration.RIGHT || p.ppr().getJc().getVal() == JcEnumeration.END);
    }

    /** The Quốc hiệu's words, whatever the case, spacing and tone-mark style (HÒA / HOÀ). */
    static boolean isNationalName(String c) {
        String u = VietnameseCase.upper(c).replaceAll("\\s+", " ").replace("HOÀ", "HÒA");
        return u.equals(NATIONAL_NAME);
    }

    /** The Quốc hiệu as the decree spells it. */
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** The Tiêu ngữ as the decree writes it: ASCII hyphens with a space each side. */
    public static final String MOTTO_TEXT = "Độc lập - Tự do - Hạnh phúc";

    /** Letters present and all of them capitals. */
    static boolean isCaps(String c) {
        boolean letter = false;
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            if (Character.isLetter(ch)) {
                letter = true;
                if (Character.isLowerCase(ch)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
