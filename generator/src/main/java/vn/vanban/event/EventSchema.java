package vn.vanban.event;

import static vn.vanban.event.schema.Field.opt;
import static vn.vanban.event.schema.Field.req;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.event.schema.Field;
import vn.vanban.event.schema.FieldType;
import vn.vanban.event.schema.FieldType.Bool;
import vn.vanban.event.schema.FieldType.Choice;
import vn.vanban.event.schema.FieldType.Date;
import vn.vanban.event.schema.FieldType.Int;
import vn.vanban.event.schema.FieldType.Lines;
import vn.vanban.event.schema.FieldType.ListOf;
import vn.vanban.event.schema.FieldType.Markup;
import vn.vanban.event.schema.FieldType.Obj;
import vn.vanban.event.schema.FieldType.Text;

/**
 * The event file's schema: every key, its type, whether it is required, and what it means.
 *
 * <p>Keys are Vietnamese without diacritics. The same definition validates files (with line
 * numbers), shapes the values templates see, and is published as JSON Schema
 * ({@code ./vanban schema}).
 */
public final class EventSchema {
    private EventSchema() {
    }

    /** Document kinds: the key, the template file, the ND30 type name and abbreviation (nd30.md §2.1). */
    public enum Kind {
        KE_HOACH("ke_hoach", "ke-hoach.ftl", "KẾ HOẠCH", "KH", "Kế hoạch"),
        HUONG_DAN("huong_dan", "huong-dan.ftl", "HƯỚNG DẪN", "HD", "Hướng dẫn");

        public final String key;
        public final String template;
        public final String typeName;
        public final String abbreviation;
        public final String inText;

        Kind(String key, String template, String typeName, String abbreviation, String inText) {
            this.key = key;
            this.template = template;
            this.typeName = typeName;
            this.abbreviation = abbreviation;
            this.inText = inText;
        }

        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(key);
        }

        static List<String> keys() {
            List<String> out = new ArrayList<>();
            for (Kind k : values()) {
                out.add(k.key);
            }
            return out;
        }
    }

    /** Event levels (nd30.md §5.1): the district level is legacy since 01/7/2025. */
    public static final List<String> LEVELS = List.of("tinh", "xa", "so_nganh", "doanh_nghiep", "huyen");

    /** Signing forms (nd30.md §1.6). */
    public static final List<String> SIGNING = List.of("KT", "Q", "TL", "TUQ");

    /** One node of a document's outline: a Phần, Mục, Khoản or Điểm with its text and children. */
    public static final Obj OUTLINE_NODE = outlineNode(4);

    /** The whole file. */
    public static final Obj ROOT = new Obj(List.of(
            opt("vanban", new Int(1, 1), "Format version of this event file. Write 1."),
            opt("cai_dat", new Obj(List.of(
                    opt("co_chu", new Choice(List.of("13/14", "12/13")),
                            "Size profile of ND30 Phụ lục I §V note 1: \"13/14\" (default) or \"12/13\"."),
                    opt("kieu_dau", new Choice(List.of("cu", "moi", "giu")),
                            "Tone-mark placement: \"cu\" (hòa, thủy; default, as the decree writes), \"moi\" (hoà, thuỷ), or \"giu\" to keep every word as typed.")
            )), "Settings for every document of this file."),
            opt("in_an", vn.vanban.event.schema.PrintFields.IN_AN, "Print items (./vanban print): backdrop, banners, stage title, cover, name cards, badges; sizes, colours, slogans."),
            req("co_quan", new Obj(List.of(
                    opt("chu_quan", new Lines(), "Cơ quan chủ quản trực tiếp as printed, in capitals, e.g. UBND TỈNH LAI CHÂU. Leave out when there is none."),
                    req("ten", new Text(), "Full name of the issuing agency as written in running text, e.g. Ủy ban nhân dân tỉnh Bình Phước."),
                    opt("ten_in_hoa", new Lines(), "The agency name as printed in the header, one line per item, e.g. [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]. Default: ten in capitals."),
                    req("viet_tat", new Text(), "Abbreviation used in the ký hiệu, e.g. UBND."),
                    req("dia_danh", new Text(), "Place name of the date line, e.g. Bình Phước.")
            )), "The issuing agency (cơ quan ban hành)."),
            req("su_kien", new Obj(List.of(
                    req("cap", new Choice(LEVELS), "Level of the organising unit: tinh, xa, so_nganh, doanh_nghiep, or huyen (legacy)."),
                    opt("hinh_thuc", new Text(), "The form of the event, e.g. Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến."),
                    opt("don_vi", new Text(), "The unit or place in the event's name, e.g. tỉnh Bình Phước, Sở Nội vụ tỉnh Phú Thọ."),
                    opt("lan_thu", new Int(1, 99), "Ordinal of the event (lần thứ), as a number: 6 is printed VI."),
                    opt("ten", new Text(), "The event's name in running text. Default: hinh_thuc don_vi lần thứ (Roman), e.g. Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI."),
                    req("giai_doan", new Obj(List.of(
                            req("tu", new Int(1945, 2200), "First year, e.g. 2025."),
                            req("den", new Int(1945, 2200), "Last year, e.g. 2030."))),
                            "The period the event opens, e.g. {tu: 2025, den: 2030}."),
                    opt("dia_diem", new Text(), "Where the event is held."),
                    opt("dai_bieu", new Obj(List.of(
                            req("toi_da", new Int(1, 100_000), "Most delegates allowed, e.g. 200."),
                            opt("du_kien", new Int(1, 100_000), "Delegates planned; at most toi_da."),
                            opt("ty_le_dien_hinh", new Int(0, 100), "Share of exemplar delegates (điển hình tiên tiến), in per cent, e.g. 70."),
                            opt("ty_le_khach_moi", new Int(0, 100), "Share of guests and leaders (khách mời, lãnh đạo), in per cent, e.g. 30."))),
                            "Delegate numbers set by the plan (kit.md): checked here, written out by tu_dong: dai_bieu."),
                    opt("ngay", new Date(true), "When the event is held (DD/MM/YYYY, or MM/YYYY while undecided)."),
                    opt("chuong_trinh", new ListOf(new Obj(List.of(
                            req("noi_dung", new Text(), "The agenda item, e.g. Tuyên bố lý do, giới thiệu đại biểu và khai mạc."),
                            opt("thoi_gian", new Text(), "Time, e.g. 7 giờ 30."),
                            opt("thuc_hien", new Text(), "Who presents it."))), 1),
                            "The agenda (chương trình), in order.")
            )), "The congress or conference this file is about."),
            req("van_ban", new ListOf(new Obj(List.of(
                    req("loai", new Choice(Kind.keys()), "Document kind; picks the template: ke_hoach or huong_dan."),
                    opt("so", new Int(1, 99999), "Number in the register (số). Leave out on a draft: the số line keeps a blank."),
                    req("ngay", new Date(true), "Date: DD/MM/YYYY, or MM/YYYY on a draft whose day is not known yet."),
                    opt("trich_yeu", new Text(), "The trích yếu, sentence case, e.g. Tổ chức Đại hội Thi đua yêu nước các cấp … Default: Tổ chức {su_kien.ten}, giai đoạn {giai_doan}."),
                    opt("du_thao", new Bool(), "true prints a boxed DỰ THẢO under the số line."),
                    opt("can_cu", new ListOf(new Text(), 1), "Căn cứ ban hành, one per item (printed italic; ';' and '.' are added)."),
                    opt("mo_dau", new Markup(), "The opening paragraphs before the first Mục."),
                    opt("noi_dung", new ListOf(OUTLINE_NODE, 1), "The body as an outline of Phần / Mục / Khoản / Điểm. Numbers are computed: never type them."),
                    opt("ket_thuc", new Markup(), "The closing paragraph(s); \"/.\" is added after the last sentence."),
                    req("nguoi_ky", new Obj(List.of(
                            opt("thay_mat", new Text(), "The collective body the signer acts for: ỦY BAN NHÂN DÂN prints \"TM. ỦY BAN NHÂN DÂN\"."),
                            opt("hinh_thuc", new Choice(SIGNING), "KT (ký thay), Q (quyền), TL (thừa lệnh) or TUQ (thừa ủy quyền). Leave out when the head signs."),
                            opt("thu_truong", new Text(), "The head's title after KT./TL./TUQ./Q., e.g. CHỦ TỊCH."),
                            opt("chuc_vu", new Text(), "The signer's own post, e.g. PHÓ CHỦ TỊCH."),
                            opt("ho_ten", new Text(), "Name, without titles or degrees, e.g. Trần Tuệ Hiền. Leave out on a draft."))),
                            "The signer (nd30.md §1.6)."),
                    req("noi_nhan", new ListOf(new Text(), 1), "Nơi nhận, one per item, without the leading \"- \"; the last is \"Lưu: VT, …\"."),
                    opt("phu_luc", new ListOf(new Obj(List.of(
                            opt("mau", new Choice(List.of("de_cuong")), "A standard appendix whose text vanban provides: de_cuong (đề cương báo cáo tổng kết)."),
                            opt("so_thu_tu", new Bool(), "true numbers the appendix (Phụ lục I, II …); a single đề cương usually has no number."),
                            opt("tieu_de", new Lines(), "Title lines in capitals. Default for mau: de_cuong: the đề cương's title."),
                            opt("noi_dung", new ListOf(OUTLINE_NODE, 1), "The appendix body; default for mau: de_cuong: the standard outline."),
                            opt("luu_y", new Markup(), "A closing \"Lưu ý:\" part."))), 1),
                            "Appendices, each on its own pages with its own page numbers.")
            )), 1), "The documents this file produces.")
    ));

    private static Obj outlineNode(int depth) {
        List<Field> fields = new ArrayList<>();
        fields.add(opt("phan", new Text(), "Title of a Phần (printed \"Phần thứ nhất\" then the title in capitals)."));
        fields.add(opt("muc", new Text(), "Title of a Mục (printed \"I. TITLE\")."));
        fields.add(opt("khoan", new Text(), "Title of a Khoản (printed \"1. Title\", bold)."));
        fields.add(opt("diem", new Text(), "Title of an Điểm (printed \"a) Title\")."));
        fields.add(opt("van_ban", new Markup(), "Text under the title, in vanban markup."));
        fields.add(opt("tu_dong", new Choice(List.of("chuong_trinh", "dai_bieu")), "A part vanban writes from the event data: chuong_trinh (the agenda as a list), dai_bieu (the delegate numbers)."));
        fields.add(opt("sau", new Markup(), "Text after the children and after any tu_dong part."));
        if (depth > 0) {
            fields.add(opt("con", new ListOf(outlineNode(depth - 1), 1), "Children: the next level down."));
        }
        return new Obj(fields);
    }

    /** The node keys that name a level, largest first. */
    public static final List<String> LEVEL_KEYS = List.of("phan", "muc", "khoan", "diem");

    /** Whether an object type is an outline node (at any depth: each depth is its own instance). */
    public static boolean isOutlineNode(Obj obj) {
        return obj.field("muc") != null && obj.field("khoan") != null;
    }
}
