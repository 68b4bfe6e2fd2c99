package vn.vanban.audit.internal;

import org.docx4j.wml.SectPr;

/**
 * One section's page set-up and where its page numbers are.
 *
 * @param index            from 0
 * @param sectPr           the section properties in the package (for --fix)
 * @param widthTwips       page width
 * @param heightTwips      page height
 * @param landscape        orientation
 * @param top              top margin, twips
 * @param bottom           bottom margin
 * @param left             left margin
 * @param right            right margin
 * @param titlePage        "different first page" is on
 * @param pageInHeader     the header of the section's other pages holds a PAGE field
 * @param pageInFirstHeader the first page's header holds a PAGE field
 * @param pageInFooter     a footer holds a PAGE field
 * @param pageCentered     the PAGE field's paragraph is centred
 */
public record SectionView(int index, SectPr sectPr, long widthTwips, long heightTwips, boolean landscape,
                          long top, long bottom, long left, long right, boolean titlePage,
                          boolean pageInHeader, boolean pageInFirstHeader, boolean pageInFooter,
                          boolean pageCentered) {

    public long textWidthTwips() {
        return widthTwips - left - right;
    }
}
