package vn.vanban.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text a viewer sees in a PDF, read back with PDFBox: each line's page, baseline,
 * left edge and text (glyphs on one baseline within one column, in reading order). Used to compare
 * vanban's PDF with LibreOffice's rendering of vanban's DOCX.
 *
 * <pre>{@code
 * List<PdfLines.Line> lines = PdfLines.read(Path.of("out.pdf"));
 * }</pre>
 */
public final class PdfLines {
    /**
     * One line.
     *
     * @param page     1-based page
     * @param baseline y of the baseline from the page's top, points
     * @param left     x of the first glyph, points
     * @param right    x of the end of the last glyph, points
     * @param size     font size of the first glyph
     * @param text     the text, NFC, single spaces
     */
    public record Line(int page, double baseline, double left, double right, double size, String text) {
    }

    private PdfLines() {
    }

    public static List<Line> read(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return read(d);
        }
    }

    public static List<Line> read(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
                pages.add(getCurrentPageNo());
            }
        };
        stripper.getText(doc);
        List<Line> out = new ArrayList<>();
        List<TextPosition> cur = new ArrayList<>();
        int curPage = -1;
        for (int i = 0; i < all.size(); i++) {
            TextPosition t = all.get(i);
            int page = pages.get(i);
            if (!cur.isEmpty()) {
                TextPosition last = cur.get(cur.size() - 1);
                // A gap wider than a stretched word space (a space glyph before it) or than a third of
                // an em (no space glyph) starts another column: ô 2 beside ô 1, Nơi nhận beside the signer.
                double gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                double limit = (last.getUnicode().isBlank() ? 1.0 : 0.35) * last.getFontSizeInPt();
                boolean sameLine = page == curPage && Math.abs(t.getYDirAdj() - last.getYDirAdj()) < 0.5
                        && t.getXDirAdj() >= last.getXDirAdj() - 0.5 && gap < limit;
                if (!sameLine) {
                    out.add(line(cur, curPage));
                    cur = new ArrayList<>();
                }
            }
            cur.add(t);
            curPage = page;
        }
        if (!cur.isEmpty()) {
            out.add(line(cur, curPage));
        }
        out.removeIf(l -> l.text().isEmpty());
        out.sort(Comparator.comparingInt(Line::page).thenComparingDouble(Line::baseline));
        // Lines whose baselines are within 1.5 pt form one row (ô 3 and ô 4, Nơi nhận and the signer), read left to right.
        List<Line> rows = new ArrayList<>();
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && out.get(j).page() == out.get(i).page()
                    && out.get(j).baseline() - out.get(i).baseline() < 1.5) {
                j++;
            }
            List<Line> row = new ArrayList<>(out.subList(i, j));
            row.sort(Comparator.comparingDouble(Line::left));
            rows.addAll(row);
            i = j;
        }
        return rows;
    }

    private static Line line(List<TextPosition> ps, int page) {
        StringBuilder b = new StringBuilder();
        TextPosition prev = null;
        for (TextPosition p : ps) {
            if (prev != null && p.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) > 0.15 * p.getFontSizeInPt()
                    && !b.toString().endsWith(" ") && !p.getUnicode().startsWith(" ")) {
                b.append(' ');
            }
            b.append(p.getUnicode());
            prev = p;
        }
        String text = Normalizer.normalize(b.toString(), Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace("\u2060", "").replace('\u2011', '-').replaceAll("\\s+", " ").strip();
        TextPosition first = ps.get(0);
        TextPosition last = ps.get(ps.size() - 1);
        double left = first.getXDirAdj();
        for (TextPosition p : ps) {
            if (!p.getUnicode().isBlank()) {
                left = p.getXDirAdj();
                break;
            }
        }
        return new Line(page, first.getYDirAdj(), left, last.getXDirAdj() + last.getWidthDirAdj(),
                first.getFontSizeInPt(), text);
    }
}
