package vn.vanban.audit.internal;

import java.util.List;

import org.docx4j.wml.P;
import org.docx4j.wml.PPr;

/**
 * One paragraph of the body in document order, with its text, its runs' effective formatting and
 * its effective paragraph properties.
 *
 * @param number       1-based number in document order (paragraphs in tables and empty ones count)
 * @param p            the paragraph in the package
 * @param text         its text (tabs as spaces, field instructions left out)
 * @param runs         its runs with effective formatting
 * @param ppr          effective paragraph properties (style chain and direct formatting)
 * @param table        which table it is in (0 = none; 1, 2, … in document order of top-level tables)
 * @param cell         which cell of the document it is in (0 = none)
 * @param section      its section, from 0
 * @param widthTwips   width available to it: its cell's width, or the section's text width; 0 when
 *                     unknown (a cell sized in percent or automatically)
 * @param bottomBorder whether it has a bottom border (a rule drawn as a border)
 * @param drawing      whether it holds a drawing or VML shape (a rule drawn as a line)
 */
public record Para(int number, P p, String text, List<RunView> runs, PPr ppr, int table, int cell, int section,
                   long widthTwips, boolean bottomBorder, boolean drawing) {

    /** The text without leading and trailing spaces, inner runs of spaces collapsed. */
    public String clean() {
        return text.strip().replaceAll("[ \\u00a0\\t]+", " ");
    }

    /** No text, or only a line of underscores typed as a rule. */
    public boolean empty() {
        return text.isBlank() || underscores();
    }

    /** A rule typed as underscores ("________"), as many hand-made documents draw it. */
    public boolean underscores() {
        return text.strip().matches("_{3,}");
    }

    /** The first words, for a finding: at most 40 characters. */
    public String excerpt() {
        String c = clean();
        return c.length() <= 40 ? c : c.substring(0, 39).strip() + "…";
    }

    /** Runs that show text. */
    public List<RunView> visibleRuns() {
        return runs.stream().filter(RunView::visible).toList();
    }
}
