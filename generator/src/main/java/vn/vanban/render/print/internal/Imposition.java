package vn.vanban.render.print.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.vanban.layout.PageGeometry;
import vn.vanban.render.print.CardHolder;
import vn.vanban.render.print.PrintException;
import vn.vanban.render.print.PrintItem;

/**
 * Places pieces (name cards, badges) several to a sheet, each with its own bleed, and draws the
 * cut marks (and the fold marks of tent cards) in the sheet's margin, outside every bleed.
 *
 * <pre>{@code
 * List<Page> pages = new Imposition(Sheet.A4, 180, 120, 3, true).pages(people, drawer, "the-ten");
 * }</pre>
 *
 * <p>The sheet is turned to whichever orientation holds more pieces; pieces never rotate.
 */
final class Imposition {
    /** Clear margin at the sheet's edge for the marks (most printers cannot print the outer 5 mm). */
    private static final double MARGIN_MM = 10;
    private static final double MARK_MM = 5;

    interface Drawer {
        void draw(CardHolder holder, Element.Box piece, List<Element> out) throws PrintException;
    }

    private final double sheetW;
    private final double sheetH;
    private final double pieceW;
    private final double pieceH;
    private final double bleed;
    private final boolean fold;
    private final int cols;
    private final int rows;
    private final PrintItem.Sheet sheet;

    Imposition(PrintItem.Sheet sheet, double pieceWmm, double pieceHmm, double bleedMm, boolean fold) {
        this.sheet = sheet;
        this.pieceW = Units.pt(pieceWmm);
        this.pieceH = Units.pt(pieceHmm);
        this.bleed = Units.pt(bleedMm);
        this.fold = fold;
        // The sheet as a shared page geometry: its margins are the room kept for the marks.
        PageGeometry g = PageGeometry.ofMm(sheet.widthMm, sheet.heightMm, MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM);
        double pw = g.width();
        double ph = g.height();
        int portrait = fit(pw, pieceW) * fit(ph, pieceH);
        int landscape = fit(ph, pieceW) * fit(pw, pieceH);
        if (landscape > portrait) {
            sheetW = ph;
            sheetH = pw;
        } else {
            sheetW = pw;
            sheetH = ph;
        }
        cols = fit(sheetW, pieceW);
        rows = fit(sheetH, pieceH);
    }

    private int fit(double room, double piece) {
        double usable = room - 2 * Units.pt(MARGIN_MM);
        return Math.max(0, (int) Math.floor(usable / (piece + 2 * bleed) + 1e-9));
    }

    /** Pieces per sheet. */
    int perSheet() {
        return cols * rows;
    }

    List<Page> pages(List<CardHolder> people, Drawer drawer, String key) throws PrintException {
        if (perSheet() == 0) {
            throw new PrintException("in_an." + key.replace('-', '_'), String.format(Locale.ROOT,
                    "a %s × %s mm piece does not fit on an %s sheet with its bleed and marks: make it smaller or print on A3",
                    Units.mm(pieceW / Units.PT_PER_MM), Units.mm(pieceH / Units.PT_PER_MM), sheet));
        }
        if (people.isEmpty()) {
            throw new PrintException("su_kien.dai_bieu.danh_sach", "there is nobody to print " + (fold ? "name cards" : "badges")
                    + " for: list the delegates (su_kien.dai_bieu.danh_sach) or the Đoàn Chủ tịch, or leave the item out of in_an.muc");
        }
        List<Page> out = new ArrayList<>();
        double blockW = cols * (pieceW + 2 * bleed);
        double blockH = rows * (pieceH + 2 * bleed);
        double x0 = (sheetW - blockW) / 2;
        double y0 = (sheetH - blockH) / 2;
        Element.Box whole = new Element.Box(0, 0, sheetW, sheetH);
        for (int start = 0; start < people.size(); start += perSheet()) {
            List<Element> els = new ArrayList<>();
            for (int i = 0; i < perSheet() && start + i < people.size(); i++) {
                int c = i % cols;
                int r = i / cols;
                double x = x0 + c * (pieceW + 2 * bleed) + bleed;
                double y = y0 + blockH - (r + 1) * (pieceH + 2 * bleed) + bleed;
                drawer.draw(people.get(start + i), new Element.Box(x, y, pieceW, pieceH), els);
            }
            marks(x0, y0, blockW, blockH, els);
            out.add(new Page(sheetW, sheetH, whole, whole, els));
        }
        return out;
    }

    private void marks(double x0, double y0, double blockW, double blockH, List<Element> els) {
        double len = Units.pt(MARK_MM);
        double off = Units.pt(1.5);
        for (int c = 0; c < cols; c++) {
            double left = x0 + c * (pieceW + 2 * bleed) + bleed;
            for (double x : new double[] {left, left + pieceW}) {
                els.add(new Element.Mark(x, y0 + blockH + off, x, y0 + blockH + off + len, Composer.REGISTRATION, 0.25, false));
                els.add(new Element.Mark(x, y0 - off, x, y0 - off - len, Composer.REGISTRATION, 0.25, false));
            }
        }
        for (int r = 0; r < rows; r++) {
            double bottom = y0 + blockH - (r + 1) * (pieceH + 2 * bleed) + bleed;
            List<Double> ys = new ArrayList<>(List.of(bottom, bottom + pieceH));
            for (double y : ys) {
                els.add(new Element.Mark(x0 - off, y, x0 - off - len, y, Composer.REGISTRATION, 0.25, false));
                els.add(new Element.Mark(x0 + blockW + off, y, x0 + blockW + off + len, y, Composer.REGISTRATION, 0.25, false));
            }
            if (fold) {
                double y = bottom + pieceH / 2;
                els.add(new Element.Mark(x0 - off, y, x0 - off - len, y, Composer.REGISTRATION, 0.25, true));
                els.add(new Element.Mark(x0 + blockW + off, y, x0 + blockW + off + len, y, Composer.REGISTRATION, 0.25, true));
            }
        }
    }
}
