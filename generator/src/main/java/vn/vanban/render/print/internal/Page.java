package vn.vanban.render.print.internal;

import java.util.List;

/**
 * One page of a print item, in points: the media box (what the PDF page is), the trim box (the
 * finished size), the bleed box, and what is drawn.
 *
 * @param width    media width
 * @param height   media height
 * @param trim     the finished piece (for an imposed sheet: the whole sheet)
 * @param bleed    the trim plus bleed
 * @param elements in drawing order
 */
public record Page(double width, double height, Element.Box trim, Element.Box bleed, List<Element> elements) {
    public Page {
        elements = List.copyOf(elements);
    }
}
