package vn.vanban.layout.page;

import java.util.List;

import vn.vanban.layout.PageGeometry;

/**
 * One laid-out page: its geometry and everything drawn on it, page number included.
 *
 * @param geometry     the page box and margins
 * @param sectionIndex the section (0: the main text; then each phụ lục)
 * @param number       the page number within the section, from 1
 * @param marks        what is drawn, in reading order
 */
public record Page(PageGeometry geometry, int sectionIndex, int number, List<Mark> marks) {
    public Page {
        marks = List.copyOf(marks);
    }
}
