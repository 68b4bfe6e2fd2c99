package vn.vanban.event.schema;

import static vn.vanban.event.schema.Field.opt;

import java.util.List;

import vn.vanban.event.schema.FieldType.Choice;
import vn.vanban.event.schema.FieldType.ListOf;
import vn.vanban.event.schema.FieldType.Obj;
import vn.vanban.event.schema.FieldType.Text;

/**
 * The print settings of an event file: the top-level key {@code in_an} read by
 * {@code ./vanban print} (backdrop, banners, stage title, folder cover, name cards, badges).
 *
 * <pre>{@code
 * in_an:
 *   phong: {rong: 12 m, cao: 4 m}
 *   khau_hieu: [Đoàn kết, sáng tạo, thi đua lập thành tích chào mừng Đại hội]
 *   mau: {nen: C0 M100 Y100 K0, chu: C0 M0 Y100 K0}
 * }</pre>
 *
 * <p>Every default is a custom of print shops and congress halls (nd30.md §6), not a rule of law.
 */
public final class PrintFields {
    private PrintFields() {
    }

    /** The item keys of {@code in_an.muc}, in output order. */
    public static final List<String> ITEMS = List.of("phong", "bang_ron", "khau_hieu", "tieu_de", "bia", "the_ten", "the_deo");

    private static final String SIZE_HINT = " Write a size with its unit: 12 m, 0,8 m, 80 cm or 800 mm.";

    private static Obj size(String what, String dflt) {
        return new Obj(List.of(
                opt("rong", new Text(), "Width of the " + what + ". Default " + dflt.split(" × ")[0] + "." + SIZE_HINT),
                opt("cao", new Text(), "Height of the " + what + ". Default " + dflt.split(" × ")[1] + "." + SIZE_HINT)));
    }

    private static Obj sheetItem(String what, String dflt) {
        return new Obj(List.of(
                opt("kho", new Choice(List.of("A4", "A3")), "Sheet the " + what + " are imposed on: A4 (default) or A3."),
                opt("rong", new Text(), "Width of one " + what.replaceAll("s$", "") + ". Default " + dflt.split(" × ")[0] + "." + SIZE_HINT),
                opt("cao", new Text(), "Height of one " + what.replaceAll("s$", "") + ". Default " + dflt.split(" × ")[1] + "." + SIZE_HINT)));
    }

    /** The {@code in_an} object. */
    public static final Obj IN_AN = new Obj(List.of(
            opt("muc", new ListOf(new Choice(ITEMS), 1),
                    "Which items to print: phong (backdrop), bang_ron (welcome banner), khau_hieu (one banner per slogan), tieu_de (stage title),"
                            + " bia (A4 folder cover), the_ten (tent name cards), the_deo (badges). Default: all that have content."),
            opt("phong", size("backdrop (phông)", "12 m × 4 m for a province, 8 m × 3 m otherwise"), "The stage backdrop: its size."),
            opt("bang_ron", new Obj(List.of(
                    opt("rong", new Text(), "Width of a banner. Default 6 m." + SIZE_HINT),
                    opt("cao", new Text(), "Height of a banner. Default 0,8 m." + SIZE_HINT),
                    opt("noi_dung", new Text(), "The welcome banner's text. Default: Nhiệt liệt chào mừng {event name}, giai đoạn {period}."))),
                    "Banners (băng rôn): their size (slogans use it too) and the welcome text."),
            opt("khau_hieu", new ListOf(new Text(), 1), "Slogans (khẩu hiệu), one banner each, e.g. Thi đua là yêu nước, yêu nước thì phải thi đua!"),
            opt("tieu_de", size("stage title", "6 m × 1,2 m"), "The stage title (the event's name and period): its size."),
            opt("the_ten", sheetItem("name cards", "180 mm × 60 mm"),
                    "Tent name cards: one face's size (the card is twice as tall, folded) and the sheet."),
            opt("the_deo", sheetItem("badges", "85 mm × 120 mm"), "Delegate badges: size and sheet."),
            opt("to_chuc", new Text(), "The organiser line of the backdrop and cover. Default: co_quan.ten."),
            opt("chu_de", new Text(), "A theme or slogan line on the backdrop, under the period."),
            opt("kieu_giai_doan", new Choice(List.of("ngoac", "giai_doan")),
                    "How the period follows the name: ngoac \"(2025 - 2030)\" (default) or giai_doan \"giai đoạn 2025 - 2030\"."),
            opt("tran_le", new Obj(List.of(
                    opt("lon", new Text(), "Bleed of large items (backdrop, banners, stage title). Default 5 mm." + SIZE_HINT),
                    opt("to", new Text(), "Bleed of sheets (cover, cards, badges). Default 3 mm." + SIZE_HINT))),
                    "Bleed (tràn lề): how far colour runs past the cut."),
            opt("mau", new Obj(List.of(
                    opt("nen", new Text(), "Background, CMYK per cent: C0 M100 Y100 K0 (default, the customary red)."),
                    opt("chu", new Text(), "Type on the background: C0 M0 Y100 K0 (default, yellow)."),
                    opt("nen_the", new Text(), "Name cards and badges: C0 M0 Y0 K0 (default, white)."),
                    opt("chu_the", new Text(), "Names on cards and badges: C0 M100 Y100 K15 (default, deep red)."))),
                    "Colours in CMYK, written C0 M100 Y100 K0 (per cent of each ink).")
    ));
}
