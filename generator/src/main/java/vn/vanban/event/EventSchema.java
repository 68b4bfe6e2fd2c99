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

    /** Event levels (nd30.md §5.1): the district level is legacy since 01/7/2025. */
    public static final List<String> LEVELS = List.of("tinh", "xa", "so_nganh", "doanh_nghiep", "huyen");

    /** Signing forms (nd30.md §1.6). */
    public static final List<String> SIGNING = List.of("KT", "Q", "TL", "TUQ");

    /** Event forms (hinh_thuc_loai). */
    public static final List<String> FORMS = List.of("dai_hoi", "hoi_nghi");

    /** Columns of the danh sách trích ngang (nd30.md §5.2). */
    public static final List<String> DELEGATE_COLUMNS = List.of("stt", "ho_ten", "nam_sinh", "dan_toc", "chuc_vu_don_vi", "trinh_do", "dang_vien", "thanh_tich", "ghi_chu");

    /** A signer (nd30.md §1.6). */
    public static final Obj SIGNER = new Obj(List.of(
            opt("thay_mat", new Text(), "The collective body the signer acts for: ỦY BAN NHÂN DÂN prints \"TM. ỦY BAN NHÂN DÂN\"."),
            opt("hinh_thuc", new Choice(SIGNING), "KT (ký thay), Q (quyền), TL (thừa lệnh) or TUQ (thừa ủy quyền). Leave out when the head signs."),
            opt("thu_truong", new Text(), "The head's title after KT./TL./TUQ./Q., e.g. CHỦ TỊCH."),
            opt("chuc_vu", new Text(), "The signer's own post, e.g. PHÓ CHỦ TỊCH."),
            opt("ho_ten", new Text(), "Name, without titles or degrees, e.g. Trần Tuệ Hiền. Leave out on a draft.")));

    /** A person with a post (Đoàn Thư ký, chủ tọa, thư ký). */
    static final Obj MEMBER = new Obj(List.of(
            req("ho_ten", new Text(), "Name, e.g. Vàng Thị Dung."),
            opt("chuc_vu", new Text(), "Post, e.g. Công chức Văn phòng - Thống kê.")));

    /** A member of the Đoàn Chủ tịch. */
    static final Obj MEMBER_HERO = new Obj(List.of(
            req("ho_ten", new Text(), "Name."),
            opt("chuc_vu", new Text(), "Post."),
            opt("dien_hinh", new Bool(), "true for an Anh hùng, Chiến sĩ thi đua or exemplar (a third of the Đoàn Chủ tịch should be).")));

    /** A person with a unit (delegates elected upward). */
    static final Obj MEMBER_UNIT = new Obj(List.of(
            req("ho_ten", new Text(), "Name."),
            opt("chuc_vu", new Text(), "Post."),
            opt("don_vi", new Text(), "Unit.")));

    /** One delegate: the fields of {@link Delegate}. */
    static final Obj DELEGATE = new Obj(List.of(
            req("ho_ten", new Text(), "Họ và tên, in full."),
            opt("nam_sinh", new Int(1900, 2100), "Year of birth."),
            req("gioi_tinh", new Choice(List.of("nam", "nu")), "nam or nu."),
            opt("dan_toc", new Text(), "Dân tộc, e.g. Kinh, Tày."),
            opt("chuc_vu", new Text(), "Post."),
            opt("don_vi", new Text(), "Unit (or place of residence)."),
            req("nhom", new Choice(List.of("dien_hinh", "khach_moi")), "dien_hinh (điển hình tiên tiến) or khach_moi (khách mời, lãnh đạo)."),
            opt("trinh_do", new Text(), "Trình độ chuyên môn."),
            opt("ly_luan_chinh_tri", new Text(), "Trình độ lý luận chính trị."),
            opt("dang_vien", new Bool(), "true for a Party member."),
            opt("truc_tiep_san_xuat", new Bool(), "true for a worker in direct production, labour or service."),
            opt("thanh_tich", new Text(), "Highest title or award."),
            opt("ghi_chu", new Text(), "Note.")));

    /** A record of a title or award received. */
    static final Obj AWARD_RECORD = new Obj(List.of(
            req("nam", new Int(1945, 2200), "Year."),
            req("ten", new Text(), "The title or award."),
            opt("quyet_dinh", new Text(), "Số, ngày of the decision and who issued it.")));

    /** An award proposal. */
    static final Obj PROPOSAL = new Obj(List.of(
            req("doi_tuong", new Choice(List.of("tap_the", "ca_nhan")), "tap_the (collective) or ca_nhan (individual)."),
            req("ten", new Text(), "Name of the person or the collective."),
            opt("chuc_vu", new Text(), "Post (of a person)."),
            opt("don_vi", new Text(), "Unit."),
            req("hinh_thuc", new Text(), "The award proposed, e.g. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh."),
            req("thanh_tich", new Text(), "Achievement in one sentence (danh sách, tờ trình)."),
            opt("dong_y", new Int(0, 1000), "Votes in favour at the Hội đồng (counted against all its members)."),
            opt("nguong", new Int(1, 100), "Threshold in per cent. Default: 90 for Anh hùng and Chiến sĩ thi đua toàn quốc / tỉnh / bộ, 80 for Chiến sĩ thi đua cơ sở and Cờ thi đua, else more than 50."),
            opt("ly_lich", new Obj(List.of(
                    opt("ngay_sinh", new Date(true), "Date of birth."),
                    opt("gioi_tinh", new Choice(List.of("nam", "nu")), "nam or nu."),
                    opt("que_quan", new Text(), "Quê quán."),
                    opt("tru_quan", new Text(), "Trú quán."),
                    opt("trinh_do", new Text(), "Trình độ chuyên môn, nghiệp vụ."),
                    opt("hoc_ham", new Text(), "Học hàm, học vị, danh hiệu, giải thưởng."),
                    opt("dia_chi", new Text(), "A collective's address, phone, website."),
                    opt("thanh_lap", new Text(), "When and how a collective was founded."),
                    opt("co_cau", new Text(), "A collective's organisation: units, Party and mass organisations."))),
                    "Sơ lược lý lịch (cá nhân) or đặc điểm (tập thể) of the Báo cáo thành tích."),
            opt("nhiem_vu", new Markup(), "Quyền hạn, nhiệm vụ (cá nhân) or chức năng, nhiệm vụ (tập thể)."),
            opt("chi_tiet", new Markup(), "The achievements in full. Default: thanh_tich."),
            opt("danh_hieu", new ListOf(AWARD_RECORD, 1), "Emulation titles already received."),
            opt("khen_thuong", new ListOf(AWARD_RECORD, 1), "Awards already received.")));

    /** One node of a document's outline: a Phần, Mục, Khoản or Điểm with its text and children. */
    public static final Obj OUTLINE_NODE = outlineNode(4);

    /** The whole file. */
    public static final Obj ROOT = new Obj(List.of(
            opt("vanban", new Int(1, 2), "Format version of this event file: 2 (the kit: van_ban optional, documents made from the facts) or 1."),
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
                    opt("ten_in_hoa", new Lines(), "The agency name as printed in the header, one line per item, e.g. [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]. Default: ten in capitals, without a place the chu_quan line already names (Sở Nội vụ tỉnh Phú Thọ under UBND TỈNH PHÚ THỌ: SỞ NỘI VỤ)."),
                    req("viet_tat", new Text(), "Abbreviation used in the ký hiệu, e.g. UBND."),
                    req("dia_danh", new Text(), "Place name of the date line, e.g. Bình Phước."),
                    opt("nguoi_ky", SIGNER, "The default signer of every document (vanban: 2); a document's own nguoi_ky takes precedence."),
                    opt("cap_tren", new Text(), "The body reports and tờ trình go to (their Kính gửi), e.g. Ủy ban nhân dân tỉnh Lai Châu."),
                    opt("don_vi_soan_thao", new Text(), "The drafting unit's abbreviation, after \"Lưu: VT,\" on the last line of every standard Nơi nhận (ND30 Phụ lục I mục II.9.b), e.g. VP or TCHC.")
            )), "The issuing agency (cơ quan ban hành)."),
            opt("co_quan_phoi_hop", new Obj(List.of(
                    opt("chu_quan", new Lines(), "Its cơ quan chủ quản as printed, in capitals."),
                    req("ten", new Text(), "Full name, e.g. Công đoàn Công ty Cổ phần Cao su Phú Riềng."),
                    opt("ten_in_hoa", new Lines(), "The name as printed in the header, in capitals. Default: ten in capitals, without a place its chu_quan line already names."),
                    req("viet_tat", new Text(), "Abbreviation in the ký hiệu, e.g. CĐCS."),
                    req("nguoi_ky", SIGNER, "Its signer, printed beside the issuer's."))),
                    "The joint issuer of a liên tịch document: both names in the header, both signers side by side."),
            req("su_kien", new Obj(List.of(
                    req("cap", new Choice(LEVELS), "Level of the organising unit: tinh, xa, so_nganh, doanh_nghiep, or huyen (legacy)."),
                    opt("hinh_thuc_loai", new Choice(FORMS), "The form: dai_hoi (Đại hội Thi đua yêu nước) or hoi_nghi (Hội nghị điển hình tiên tiến). Default: from hinh_thuc, else from cap (tinh, huyen: dai_hoi; others: hoi_nghi)."),
                    opt("hinh_thuc", new Text(), "The form of the event as printed, e.g. Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến. Default: from hinh_thuc_loai."),
                    opt("don_vi", new Text(), "The unit or place in the event's name, e.g. tỉnh Bình Phước, Sở Nội vụ tỉnh Phú Thọ."),
                    opt("lan_thu", new Int(1, 99), "Ordinal of the event (lần thứ), as a number: 6 is printed VI."),
                    opt("ten", new Text(), "The event's name in running text. Default: hinh_thuc don_vi lần thứ (Roman), e.g. Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI."),
                    req("giai_doan", new Obj(List.of(
                            req("tu", new Int(1945, 2200), "First year, e.g. 2025."),
                            req("den", new Int(1945, 2200), "Last year, e.g. 2030."))),
                            "The period the event opens, e.g. {tu: 2025, den: 2030}."),
                    opt("dia_diem", new Text(), "Where the event is held, e.g. Hội trường Ủy ban nhân dân xã."),
                    opt("gio", new Text(), "Start of the official session, HH:MM (24 h), e.g. \"07:30\"; the first agenda item starts then."),
                    opt("thoi_luong", new Text(), "How long the event lasts as printed, e.g. ½ ngày (the default)."),
                    opt("so_lao_dong", new Int(1, 1_000_000), "An enterprise's number of workers: under 300, the whole workforce meets (hội nghị toàn thể)."),
                    opt("dai_hoi_cap_tren", new Text(), "The higher congress delegates are elected to, e.g. Đại hội Thi đua yêu nước tỉnh Lào Cai lần thứ I."),
                    opt("han_nop", new Date(false), "Deadline for the documents sent up after the event (DD/MM/YYYY)."),
                    opt("khen_thuong_giai_doan", new ListOf(new Obj(List.of(
                            req("nam", new Int(1945, 2200), "Year."),
                            req("hinh_thuc", new Text(), "Award or title, e.g. Giấy khen của Chủ tịch UBND xã."),
                            opt("tap_the", new Int(0, 1_000_000), "Collectives awarded."),
                            opt("ca_nhan", new Int(0, 1_000_000), "Individuals awarded."))), 1),
                            "Awards of the ending period by year and form: the figure table of the 5-year report."),
                    opt("doan_chu_tich", new ListOf(MEMBER_HERO, 1), "Đoàn Chủ tịch, in order of seating."),
                    opt("doan_thu_ky", new ListOf(MEMBER, 1), "Đoàn Thư ký."),
                    opt("dai_bieu", new Obj(List.of(
                            req("toi_da", new Int(1, 100_000), "Most delegates allowed, e.g. 200."),
                            opt("du_kien", new Int(1, 100_000), "Delegates planned; at most toi_da."),
                            opt("ty_le_dien_hinh", new Int(0, 100), "Share of exemplar delegates (điển hình tiên tiến), in per cent, e.g. 70."),
                            opt("ty_le_khach_moi", new Int(0, 100), "Share of guests and leaders (khách mời, lãnh đạo), in per cent, e.g. 30."),
                            opt("danh_sach", new ListOf(DELEGATE, 1), "The delegates, one per item: each gets a Giấy mời and a row of the danh sách trích ngang."),
                            opt("tep", new Text(), "A filled delegate workbook (.xlsx), relative to this file; its rows follow danh_sach."))),
                            "Delegate numbers set by the plan (kit.md): checked here, written out by tu_dong: dai_bieu."),
                    opt("ngay", new Date(true), "When the event is held (DD/MM/YYYY, or MM/YYYY while undecided)."),
                    opt("chuong_trinh", new ListOf(new Obj(List.of(
                            req("noi_dung", new Text(), "The agenda item, e.g. Tuyên bố lý do, giới thiệu đại biểu và khai mạc."),
                            opt("thoi_gian", new Text(), "Time as printed, e.g. 7 giờ 30 (prefer bat_dau)."),
                            opt("bat_dau", new Text(), "Start, HH:MM; without it the item starts when the one before ends."),
                            opt("thoi_luong", new Int(1, 600), "Duration in minutes."),
                            opt("ket_thuc", new Text(), "End, HH:MM (instead of thoi_luong)."),
                            opt("phien", new Choice(List.of("tru_bi", "chinh_thuc")), "Session: tru_bi (phiên trù bị, first) or chinh_thuc (default)."),
                            opt("thuc_hien", new Text(), "Who presents it."))), 1),
                            "The agenda (chương trình), in order. Default (vanban: 2): the standard agenda of the form.")
            )), "The congress or conference this file is about."),
            opt("hoi_dong", new Obj(List.of(
                    opt("ten", new Text(), "The council's name. Default: Hội đồng Thi đua - Khen thưởng + the event's unit."),
                    req("thanh_vien", new Int(1, 1000), "Total members of the council (the denominator of every vote)."),
                    req("co_mat", new Int(0, 1000), "Members present."),
                    opt("y_kien_bang_van_ban", new Int(0, 1000), "Absent members who gave their opinion in writing."),
                    req("ngay", new Date(false), "Date of the meeting, DD/MM/YYYY."),
                    opt("gio", new Text(), "Start, HH:MM."),
                    opt("gio_ket_thuc", new Text(), "End, HH:MM."),
                    opt("dia_diem", new Text(), "Where it met. Default: the issuer's meeting room is left blank to fill in."),
                    req("chu_toa", MEMBER, "The chair (chủ trì, chủ tọa)."),
                    req("thu_ky", MEMBER, "The secretary who keeps the minutes."))),
                    "The Hội đồng Thi đua - Khen thưởng meeting that considered the award proposals (Biên bản, Tờ trình)."),
            opt("de_nghi_khen_thuong", new ListOf(PROPOSAL, 1), "Award proposals: the Tờ trình, its danh sách, the Biên bản's votes and one Báo cáo thành tích each."),
            opt("ket_qua", new Obj(List.of(
                    opt("co_mat", new Obj(List.of(
                            opt("dien_hinh", new Int(0, 100_000), "Exemplar delegates present."),
                            opt("khach_moi", new Int(0, 100_000), "Guests and leaders present."))), "Delegates present by group."),
                    opt("khen_thuong", new ListOf(new Obj(List.of(
                            req("hinh_thuc", new Text(), "The award, e.g. Giấy khen của Chủ tịch UBND xã."),
                            opt("tap_the", new Int(0, 100_000), "Collectives awarded."),
                            opt("ca_nhan", new Int(0, 100_000), "Individuals awarded."))), 1), "Awards given at the event."),
                    opt("dai_bieu_cap_tren", new ListOf(MEMBER_UNIT, 1), "Delegates elected to the higher congress (su_kien.dai_hoi_cap_tren)."),
                    opt("danh_gia", new Markup(), "Your own assessment, merged into the Báo cáo tổng kết."))),
                    "Results, after the event: the Báo cáo tổng kết Đại hội / Hội nghị."),
            opt("quy_tac", new ListOf(new Text(), 1), "Rule sets ./vanban check applies to this file, by name."),
            opt("van_ban", new ListOf(new Obj(List.of(
                    req("loai", new Text(), "Document kind; picks the template: " + String.join(", ", DocumentKinds.bundled().keys()) + " (a --templates folder may add kinds)."),
                    opt("so", new Int(1, 99999), "Number in the register (số). Leave out on a draft: the số line keeps a blank."),
                    opt("ngay", new Date(true), "Date: DD/MM/YYYY, or MM/YYYY on a draft whose day is not known yet. Required in vanban: 1; default in 2: a draft of the event's month."),
                    opt("trich_yeu", new Text(), "The trích yếu, sentence case, e.g. Tổ chức Đại hội Thi đua yêu nước các cấp … Default: Tổ chức {su_kien.ten}, giai đoạn {giai_doan}."),
                    opt("du_thao", new Bool(), "true prints a boxed DỰ THẢO under the số line."),
                    opt("can_cu", new ListOf(new Text(), 1), "Căn cứ ban hành, one per item (printed italic; ';' and '.' are added)."),
                    opt("mo_dau", new Markup(), "The opening paragraphs before the first Mục."),
                    opt("noi_dung", new ListOf(OUTLINE_NODE, 1), "The body as an outline of Phần / Mục / Khoản / Điểm. Numbers are computed: never type them."),
                    opt("ket_thuc", new Markup(), "The closing paragraph(s); \"/.\" is added after the last sentence."),
                    opt("nguoi_ky", SIGNER, "The signer (nd30.md §1.6). Required in vanban: 1; default in 2: co_quan.nguoi_ky."),
                    opt("noi_nhan", new ListOf(new Text(), 1), "Nơi nhận, one per item, without the leading \"- \"; the last is \"Lưu: VT, …\". Required in vanban: 1; default in 2: the kind's standard list."),
                    opt("kinh_gui", new ListOf(new Text(), 1), "Kính gửi of a Báo cáo or Tờ trình. Default: co_quan.cap_tren."),
                    opt("muc_rieng", new ListOf(new Obj(List.of(
                            req("ma", new Text(), "The standard section's id, e.g. muc_dich (./vanban new --sections lists them)."),
                            opt("tieu_de", new Text(), "A new title for it."),
                            opt("van_ban", new Markup(), "Your text instead of the standard one."),
                            opt("them", new Markup(), "Your text after the standard one."),
                            opt("bo", new Bool(), "true leaves the section out."))), 1),
                            "Your own text for a standard section: replace, extend or drop it."),
                    opt("cot", new ListOf(new Choice(DELEGATE_COLUMNS), 1), "Columns of the danh sách trích ngang, in order. Default: all of " + String.join(", ", DELEGATE_COLUMNS) + "."),
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
