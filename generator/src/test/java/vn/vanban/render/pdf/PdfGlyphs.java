package vn.vanban.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every word (run of non-blank glyphs) a viewer extracts from a PDF, with its page, position (points, from the page's top
 * left) and font size: the test's view of where text landed.
 *
 * <pre>{@code
 * List<PdfGlyphs.Word> words = PdfGlyphs.words(pdDocument);
 * }</pre>
 */
final class PdfGlyphs {
    /**
     * One extracted word.
     *
     * @param page     1-based page
     * @param text     the characters
     * @param left     x of the first glyph
     * @param right    x of the end of the last glyph
     * @param baseline y of the baseline, from the top
     * @param top      y of the font's ascent line, from the top
     * @param size     font size in points
     * @param font     font name
     */
    record Word(int page, String text, float left, float right, float baseline, float top, float size,
                String font) {
    }

    private PdfGlyphs() {
    }

    static List<Word> words(PDDocument doc) throws IOException {
        List<Word> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        add(word);
                        word.clear();
                    } else {
                        word.add(p);
                    }
                }
                add(word);
                super.writeString(text, positions);
            }

            private void add(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                TextPosition first = word.get(0);
                TextPosition last = word.get(word.size() - 1);
                StringBuilder sb = new StringBuilder();
                word.forEach(p -> sb.append(p.getUnicode()));
                float size = first.getFontSizeInPt();
                float ascent = first.getFont().getFontDescriptor().getAscent() / 1000f * size;
                out.add(new Word(getCurrentPageNo(), sb.toString(), first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                        first.getYDirAdj() - ascent, size, first.getFont().getName()));
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        return out;
    }
}
