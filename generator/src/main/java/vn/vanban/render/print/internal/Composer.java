package vn.vanban.render.print.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.vanban.layout.PageGeometry;
import vn.vanban.render.print.CardHolder;
import vn.vanban.render.print.Cmyk;
import vn.vanban.render.print.EventTitle;
import vn.vanban.render.print.PrintException;
import vn.vanban.render.print.PrintFont;
import vn.vanban.render.print.PrintItem;
import vn.vanban.render.print.PrintJob;

/**
 * Lays out each print item as pages of {@link Element}s, every line fitted by {@link Fitter}.
 *
 * <pre>{@code
 * List<Page> pages = new Composer(job, PrintFont.bundled()).compose(new PrintItem.Backdrop(12_000, 4_000));
 * }</pre>
 *
 * <p>The proportions below (how much of the height each line of the title stack gets, how large
 * the organiser is next to the title) are house choices, not rules of law.
 */
public final class Composer {
    /** Registration colour for crop, cut and fold marks: every ink, so every plate shows them. */
    static final Cmyk REGISTRATION = new Cmyk(100, 100, 100, 100);

    private final PrintJob job;
    private final PrintFont font;

    public Composer(PrintJob job, PrintFont font) {
        this.job = job;
        this.font = font;
    }

    /** The pages of one item. */
    public List<Page> compose(PrintItem item) throws PrintException {
        checkSize(item);
        return switch (item) {
            case PrintItem.Backdrop b -> List.of(single(item, this::backdrop));
            case PrintItem.Banner b -> List.of(single(item, (box, bleed, els) -> banner(b, box, bleed, els)));
            case PrintItem.StageTitle s -> List.of(single(item, this::stageTitle));
            case PrintItem.FolderCover c -> List.of(single(item, this::cover));
            case PrintItem.NameCards n -> new Imposition(n.sheet(), n.widthMm(), 2 * n.heightMm(), job.sheetBleedMm(), true)
                    .pages(job.people(), (holder, box, els) -> tentCard(holder, box, els), "the-ten");
            case PrintItem.Badges b -> new Imposition(b.sheet(), b.widthMm(), b.heightMm(), job.sheetBleedMm(), false)
                    .pages(job.people(), (holder, box, els) -> badge(holder, box, els), "the-deo");
        };
    }

    private void checkSize(PrintItem item) throws PrintException {
        String key = switch (item) {
            case PrintItem.Backdrop b -> "in_an.phong";
            case PrintItem.Banner b -> "in_an.bang_ron";
            case PrintItem.StageTitle s -> "in_an.tieu_de";
            case PrintItem.FolderCover c -> "in_an.bia";
            case PrintItem.NameCards n -> "in_an.the_ten";
            case PrintItem.Badges b -> "in_an.the_deo";
        };
        for (double v : new double[] {item.widthMm(), item.heightMm()}) {
            if (!(v > 0) || v > PrintItem.MAX_MM) {
                throw new PrintException(key, String.format(Locale.ROOT,
                        "%s: %s × %s mm is not a size vanban can print: each side must be more than 0 and at most 50 m;"
                                + " write sizes like 12 m, 0,8 m or 800 mm", item.label(), Units.mm(item.widthMm()), Units.mm(item.heightMm())));
            }
        }
    }

    /** Draws the content of a single-piece item into its trim box. */
    private interface Content {
        void draw(Element.Box trim, double bleedMm, List<Element> out) throws PrintException;
    }

    /** A single piece: page = trim + bleed + a slug for the crop marks. */
    private Page single(PrintItem item, Content content) throws PrintException {
        double bleedMm = job.bleedMm(item);
        double bleed = Units.pt(bleedMm);
        double mark = Units.pt(item.large() ? 10 : 5);
        double offset = bleed + Units.pt(2);
        double slug = offset + mark + Units.pt(1);
        double w = Units.pt(item.widthMm());
        double h = Units.pt(item.heightMm());
        // The shared page geometry: the media is the piece plus its slug, the "text block" is the trim.
        PageGeometry g = new PageGeometry(w + 2 * slug, h + 2 * slug, slug, slug, slug, slug);
        Element.Box trim = new Element.Box(g.left(), g.bottom(), g.textWidth(), g.textHeight());
        Element.Box bleedBox = new Element.Box(slug - bleed, slug - bleed, w + 2 * bleed, h + 2 * bleed);
        List<Element> els = new ArrayList<>();
        content.draw(trim, bleedMm, els);
        double lw = item.large() ? 1.0 : 0.25;
        Marks.crop(trim, offset, mark, lw, els);
        return new Page(g.width(), g.height(), trim, bleedBox, els);
    }

    // ---- large items -------------------------------------------------------------------------

    private Element.Box safe(Element.Box trim) {
        // Keep type away from the edge the shop hems or mounts: 6 % of the short side, at least 10 mm.
        double m = Math.max(Units.pt(10), 0.06 * Math.min(trim.width(), trim.height()));
        return trim.inset(m);
    }

    /** Colour over the trim and its bleed, exactly: past the bleed it would reach the crop marks. */
    private void background(Element.Box trim, List<Element> els, Cmyk color, double bleedMm) {
        double b = Units.pt(bleedMm);
        els.add(new Element.Fill(trim.x() - b, trim.y() - b, trim.width() + 2 * b, trim.height() + 2 * b, color));
    }

    private Fitter.Request display(String what, String field, String text, int lines, double min, double max) {
        return new Fitter.Request(what, field, text, true, font.display(), job.palette().text(), lines, min, max, false);
    }

    private Fitter.Request secondary(String what, String field, String text, int lines, double min, double max) {
        return new Fitter.Request(what, field, text, true, font.text(), job.palette().text(), lines, min, max, false);
    }

    /** A stack of blocks, each given a share of the height; the first (the title) sets the others' ceiling. */
    private record Block(Fitter.Request request, double share, double ratioToTitle) {
    }

    private void stack(Element.Box box, List<Block> blocks, int titleIndex, List<Element> els) throws PrintException {
        double total = blocks.stream().mapToDouble(Block::share).sum();
        double gap = 0.04 * box.height();
        double usable = box.height() - gap * (blocks.size() - 1);
        Element.Box[] boxes = new Element.Box[blocks.size()];
        double top = box.top();
        for (int i = 0; i < blocks.size(); i++) {
            double h = usable * blocks.get(i).share() / total;
            boxes[i] = new Element.Box(box.x(), top - h, box.width(), h);
            top -= h + gap;
        }
        Fitter.Result title = Fitter.fit(blocks.get(titleIndex).request(), boxes[titleIndex]);
        for (int i = 0; i < blocks.size(); i++) {
            if (i == titleIndex) {
                els.addAll(title.lines());
            } else {
                Block b = blocks.get(i);
                els.addAll(Fitter.fit(b.request().withMaxSize(title.size() * b.ratioToTitle()), boxes[i]).lines());
            }
        }
    }

    private List<Block> titleStack(Element.Box safe, boolean withOrganiser, boolean withExtras) {
        EventTitle t = job.title();
        double h = safe.height();
        List<Block> blocks = new ArrayList<>();
        if (withOrganiser && !t.organiser().isEmpty()) {
            blocks.add(new Block(secondary("the organiser line", "co_quan.ten", String.join(" ", t.organiser()), 2, 0.012 * h, 1e9), 0.14, 0.42));
        }
        blocks.add(new Block(display("the event's name", "su_kien.ten", t.name(), 3, 0.035 * h, 1e9), 0.48, 1));
        if (!t.period().isEmpty()) {
            blocks.add(new Block(display("the period", "su_kien.giai_doan", t.period(), 1, 0.02 * h, 1e9), withExtras ? 0.13 : 0.2, 0.62));
        }
        if (withExtras && !t.slogan().isEmpty()) {
            blocks.add(new Block(secondary("the theme line", "in_an.chu_de", t.slogan(), 2, 0.012 * h, 1e9), 0.13, 0.42));
        }
        if (withExtras && !t.placeDate().isEmpty()) {
            blocks.add(new Block(new Fitter.Request("the place and date", "su_kien.ngay", t.placeDate(), false, font.text(),
                    job.palette().text(), 1, 0.01 * h, 1e9, false), 0.09, 0.36));
        }
        return blocks;
    }

    private static int titleIndex(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).ratioToTitle() == 1) {
                return i;
            }
        }
        return 0;
    }

    private void backdrop(Element.Box trim, double bleedMm, List<Element> els) throws PrintException {
        background(trim, els, job.palette().background(), bleedMm);
        Element.Box safe = safe(trim);
        List<Block> blocks = titleStack(safe, true, true);
        stack(safe, blocks, titleIndex(blocks), els);
    }

    private void stageTitle(Element.Box trim, double bleedMm, List<Element> els) throws PrintException {
        background(trim, els, job.palette().background(), bleedMm);
        Element.Box safe = safe(trim);
        List<Block> blocks = titleStack(safe, false, false);
        stack(safe, blocks, titleIndex(blocks), els);
    }

    private void banner(PrintItem.Banner b, Element.Box trim, double bleedMm, List<Element> els) throws PrintException {
        background(trim, els, job.palette().background(), bleedMm);
        Element.Box safe = safe(trim);
        String field = b.fileName().startsWith("khau-hieu") ? "in_an.khau_hieu" : "in_an.bang_ron.noi_dung";
        els.addAll(Fitter.fit(display("the banner text", field, b.text(), 2, 0.12 * safe.height(), 1e9), safe).lines());
    }

    private void cover(Element.Box trim, double bleedMm, List<Element> els) throws PrintException {
        background(trim, els, job.palette().background(), bleedMm);
        // A frame in the text colour, 12 mm in.
        Element.Box frame = trim.inset(Units.pt(12));
        Marks.frame(frame, 1.5, job.palette().text(), els);
        Element.Box safe = frame.inset(Units.pt(10));
        EventTitle t = job.title();
        Fitter.Result name = Fitter.fit(display("the event's name", "su_kien.ten", t.name(), 4, 14, 40).aligned(0), safe.slice(0.30, 0.62));
        els.addAll(name.lines());
        if (!t.organiser().isEmpty()) {
            els.addAll(Fitter.fit(secondary("the organiser line", "co_quan.ten", String.join(" ", t.organiser()), 3, 9, name.size() * 0.5)
                    .aligned(1), safe.slice(0, 0.12)).lines());
        }
        els.addAll(Fitter.fit(secondary("the word TÀI LIỆU", "", "Tài liệu", 1, 8, name.size() * 0.5), safe.slice(0.20, 0.26)).lines());
        if (!t.period().isEmpty()) {
            els.addAll(Fitter.fit(display("the period", "su_kien.giai_doan", t.period(), 1, 10, name.size() * 0.7).aligned(1),
                    safe.slice(0.645, 0.72)).lines());
        }
        if (!t.placeDate().isEmpty()) {
            els.addAll(Fitter.fit(new Fitter.Request("the place and date", "su_kien.ngay", t.placeDate(), false, font.text(),
                    job.palette().text(), 1, 8, name.size() * 0.4, false).aligned(0), safe.slice(0.92, 1)).lines());
        }
    }

    // ---- sheets ------------------------------------------------------------------------------

    /** A tent card: two faces of equal height, the upper turned upside down, a fold between them. */
    private void tentCard(CardHolder p, Element.Box flat, List<Element> els) throws PrintException {
        els.add(new Element.Fill(flat.x() - Units.pt(job.sheetBleedMm()), flat.y() - Units.pt(job.sheetBleedMm()),
                flat.width() + 2 * Units.pt(job.sheetBleedMm()), flat.height() + 2 * Units.pt(job.sheetBleedMm()), job.palette().card()));
        double half = flat.height() / 2;
        Element.Box lower = new Element.Box(flat.x(), flat.y(), flat.width(), half);
        Element.Box upper = new Element.Box(flat.x(), flat.y() + half, flat.width(), half);
        cardFace(p, lower, false, els);
        cardFace(p, upper, true, els);
    }

    private void cardFace(CardHolder p, Element.Box face, boolean upsideDown, List<Element> els) throws PrintException {
        double m = Math.max(Units.pt(4), 0.08 * face.height());
        // The band with the group word runs along the fold edge (the top of the face as it stands).
        double bandH = 0.26 * face.height();
        Element.Box band = upsideDown ? new Element.Box(face.x(), face.y(), face.width(), bandH)
                : new Element.Box(face.x(), face.top() - bandH, face.width(), bandH);
        els.add(new Element.Fill(band.x(), band.y(), band.width(), band.height(), job.palette().background()));
        Element.Box bandText = band.inset(0.16 * bandH);
        els.addAll(Fitter.fit(new Fitter.Request("the card label", "", p.label(), true, font.text(), job.palette().text(),
                1, 6, labelCap(bandText), upsideDown), bandText).lines());
        Element.Box rest = upsideDown ? new Element.Box(face.x() + m, band.top() + m * 0.6, face.width() - 2 * m, face.height() - bandH - 1.6 * m)
                : new Element.Box(face.x() + m, face.y() + m, face.width() - 2 * m, face.height() - bandH - 1.6 * m);
        boolean detail = !p.detail().isBlank();
        Element.Box nameBox = detail ? rest.slice(0, 0.68) : rest;
        Element.Box detailBox = rest.slice(0.74, 1);
        if (upsideDown && detail) {
            nameBox = rest.slice(0.32, 1);
            detailBox = rest.slice(0, 0.26);
        }
        Fitter.Result name = Fitter.fit(new Fitter.Request("the name on a card", "su_kien.dai_bieu.danh_sach", p.name(), true,
                font.display(), job.palette().cardText(), 2, 0.1 * face.height(), 0.5 * nameBox.height(), upsideDown), nameBox);
        els.addAll(name.lines());
        if (detail) {
            els.addAll(Fitter.fit(new Fitter.Request("the post and unit of " + p.name(), "su_kien.dai_bieu.danh_sach", p.detail(),
                    false, font.text(), Cmyk.BLACK, 2, 5, name.size() * 0.45, upsideDown), detailBox).lines());
        }
    }

    /** The size of the longest group word in {@code box}, so that every card's label has the same size. */
    private double labelCap(Element.Box box) throws PrintException {
        double cap = 1e9;
        for (String label : List.of("ĐOÀN CHỦ TỊCH", "KHÁCH MỜI", "ĐẠI BIỂU")) {
            cap = Math.min(cap, Fitter.fit(new Fitter.Request("the card label", "", label, true, font.text(), job.palette().text(),
                    1, 1, 1e9, false), box).size());
        }
        return cap;
    }

    /** A badge: the event's name, a band with the group word, the name, the unit. */
    private void badge(CardHolder p, Element.Box card, List<Element> els) throws PrintException {
        double b = Units.pt(job.sheetBleedMm());
        els.add(new Element.Fill(card.x() - b, card.y() - b, card.width() + 2 * b, card.height() + 2 * b, job.palette().card()));
        double m = Math.max(Units.pt(4), 0.05 * card.width());
        Element.Box inner = new Element.Box(card.x() + m, card.y() + m, card.width() - 2 * m, card.height() - 2 * m);
        // A slot for the clip at the top: 12 mm left clear.
        Element.Box content = new Element.Box(inner.x(), inner.y(), inner.width(), inner.height() - Units.pt(8));
        Element.Box titleBox = content.slice(0, 0.34);
        Element.Box bandBox = content.slice(0.38, 0.54);
        Element.Box nameBox = content.slice(0.58, p.detail().isBlank() ? 0.92 : 0.84);
        Element.Box detailBox = content.slice(0.87, 1);
        EventTitle t = job.title();
        String title = t.name() + (t.period().isEmpty() ? "" : t.period().startsWith("(") ? " " + t.period() : ", " + t.period());
        els.addAll(Fitter.fit(new Fitter.Request("the event's name on a badge", "su_kien.ten", title, true, font.display(),
                job.palette().background(), 4, 5, 1e9, false), titleBox).lines());
        Element.Box band = new Element.Box(card.x() - b, bandBox.y(), card.width() + 2 * b, bandBox.height());
        els.add(new Element.Fill(band.x(), band.y(), band.width(), band.height(), job.palette().background()));
        Element.Box labelBox = bandBox.inset(0.15 * bandBox.height());
        els.addAll(Fitter.fit(new Fitter.Request("the badge label", "", p.label(), true, font.text(), job.palette().text(),
                1, 6, labelCap(labelBox), false), labelBox).lines());
        Fitter.Result name = Fitter.fit(new Fitter.Request("the name on a badge", "su_kien.dai_bieu.danh_sach", p.name(), true,
                font.display(), job.palette().cardText(), 2, 0.035 * card.height(), 0.36 * nameBox.height(), false), nameBox);
        els.addAll(name.lines());
        if (!p.detail().isBlank()) {
            els.addAll(Fitter.fit(new Fitter.Request("the post and unit of " + p.name(), "su_kien.dai_bieu.danh_sach", p.detail(),
                    false, font.text(), Cmyk.BLACK, 2, 5, name.size() * 0.5, false), detailBox).lines());
        }
    }
}
