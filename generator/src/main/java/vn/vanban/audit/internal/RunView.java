package vn.vanban.audit.internal;

import org.docx4j.wml.R;

/**
 * One run of text with its effective formatting, after Word's inheritance was resolved.
 *
 * @param run     the run in the package (for --fix)
 * @param text    its text
 * @param font    the font of its Latin text (w:ascii, or w:hAnsi where that differs), theme fonts
 *                resolved; null when no font is declared anywhere
 * @param hAnsi   the font of its non-ASCII Latin text (Vietnamese letters), theme fonts resolved
 * @param sizePt  effective size in points
 * @param bold    effective bold
 * @param italic  effective italic
 * @param caps    effective "all caps" formatting
 * @param color   effective colour (hex, "auto" or null)
 */
public record RunView(R run, String text, String font, String hAnsi, double sizePt, boolean bold, boolean italic,
                      boolean caps, String color) {

    /** True when the run shows something (not only spaces). */
    public boolean visible() {
        return !text.isBlank();
    }
}
