package vn.vanban.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.doc.Heading.Level;
import vn.vanban.doc.Section.Orientation;

/** Hand-built documents for renderer tests: every block type, long enough for several pages. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static final String LONG_SENTENCE = "Đánh giá kết quả các phong trào thi đua yêu nước từ sau Đại hội "
            + "thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp đến nay; đề ra phương hướng, nhiệm vụ đẩy mạnh "
            + "phong trào thi đua và công tác khen thưởng, góp phần thực hiện các nhiệm vụ chính trị, phát triển "
            + "kinh tế - xã hội, quốc phòng, an ninh trong thời gian tới.";

    /** A Kế hoạch with a Đề cương appendix: header, title, basis, all heading levels, lists, a table, signature. */
    public static Document kehoach() {
        List<Block> main = new ArrayList<>();
        main.add(new HeaderBlock(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH MẪU"), "Số: 05/KH-UBND", null,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tỉnh Mẫu, ngày 05 tháng 01 năm 2025", null));
        main.add(new TitleBlock("KẾ HOẠCH", List.of("Tổ chức Đại hội Thi đua yêu nước các cấp tiến tới Đại hội "
                + "Thi đua yêu nước tỉnh Mẫu lần thứ VI và Đại hội Thi đua yêu nước toàn quốc lần thứ XI năm 2025")));
        main.add(new Paragraph(Paragraph.Kind.BASIS, null, List.of(Span.plain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))));
        main.add(Paragraph.body(List.of(Span.plain("Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước, cụ thể như sau:"))));
        main.add(new Heading(Level.SECTION, "I.", List.of(Span.plain("MỤC ĐÍCH VÀ YÊU CẦU"))));
        for (int i = 1; i <= 4; i++) {
            main.add(new Paragraph(Paragraph.Kind.BODY, i + ".", List.of(Span.plain(LONG_SENTENCE))));
        }
        main.add(new Heading(Level.SECTION, "II.", List.of(Span.plain("NỘI DUNG VÀ TRÌNH TỰ TIẾN HÀNH"))));
        main.add(new Heading(Level.CLAUSE, "1.", List.of(Span.plain("Hình thức, thời gian tổ chức"))));
        main.add(new Heading(Level.POINT, "a)", List.of(Span.plain("Đối với các xã, phường, thị trấn"))));
        main.add(new ListItem(1, "-", List.of(Span.plain("Hình thức tổ chức: "), Span.bold("“Hội nghị tuyên dương điển hình tiên tiến”"), Span.plain("."))));
        main.add(new ListItem(1, "-", List.of(Span.plain("Thời gian: ½ ngày, hoàn thành trước ngày 31/3/2025."))));
        main.add(new ListItem(2, "+", List.of(Span.plain("Số lượng đại biểu: "), Span.italic("tối đa 200 đại biểu"), Span.plain("."))));
        main.add(new Paragraph(Paragraph.Kind.CENTERED, null, List.of(Span.plain("ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH MẪU"))));
        main.add(new Paragraph(Paragraph.Kind.CENTERED, null, List.of(Span.plain("LẦN THỨ VI (2025 - 2030)"))));
        main.add(new Table(List.of(
                new Table.Column("STT", 1, Table.Align.CENTER),
                new Table.Column("Cấp tổ chức", 4, Table.Align.LEFT),
                new Table.Column("Số đại biểu tối đa", 2, Table.Align.CENTER)),
                List.of(List.of(List.of(Span.plain("1")), List.of(Span.plain("Xã, phường, thị trấn")), List.of(Span.plain("200"))),
                        List.of(List.of(Span.plain("2")), List.of(Span.plain("Huyện, thị xã, thành phố")), List.of(Span.plain("300"))),
                        List.of(List.of(Span.plain("3")), List.of(Span.plain("Tỉnh")), List.of(Span.plain("500"))))));
        main.add(new Heading(Level.SECTION, "III.", List.of(Span.plain("TỔ CHỨC THỰC HIỆN"))));
        for (int i = 1; i <= 8; i++) {
            main.add(new Paragraph(Paragraph.Kind.BODY, i + ".", List.of(Span.plain(LONG_SENTENCE))));
        }
        main.add(Paragraph.body(List.of(Span.plain("Trong quá trình thực hiện nếu có vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban nhân dân tỉnh để xem xét giải quyết./."))));
        main.add(new SignatureBlock(List.of(new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), null, "Nguyễn Văn A")),
                List.of("Ban Thi đua - Khen thưởng TW;", "Thường trực Tỉnh ủy, TT HĐND tỉnh;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, NC.")));

        List<Block> appendix = new ArrayList<>();
        appendix.add(new AppendixTitle(null, List.of("ĐỀ CƯƠNG", "BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA YÊU NƯỚC VÀ CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN 2020 - 2025"),
                "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Mẫu)"));
        appendix.add(new Heading(Level.PART, "Phần thứ nhất", List.of(Span.plain("ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN 2020 - 2025"))));
        appendix.add(new Heading(Level.SECTION, "I.", List.of(Span.plain("Đặc điểm, tình hình"))));
        for (int i = 0; i < 12; i++) {
            appendix.add(new ListItem(1, "-", List.of(Span.plain(LONG_SENTENCE))));
        }
        appendix.add(new Heading(Level.PART, "Phần thứ hai", List.of(Span.plain("PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN 2025 - 2030"))));
        appendix.add(new Heading(Level.SECTION, "I.", List.of(Span.plain("Phương hướng chung"))));
        appendix.add(Paragraph.body(List.of(Span.plain("Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng trong 5 năm tới./."))));

        Metadata meta = new Metadata("Kế hoạch 05/KH-UBND", "Tổ chức Đại hội Thi đua yêu nước các cấp",
                "Ủy ban nhân dân tỉnh Mẫu", "vi-VN", LocalDate.of(2025, 1, 5));
        return new Document(meta, List.of(new Section(Orientation.PORTRAIT, main), new Section(Orientation.PORTRAIT, appendix)));
    }

    /** A biên bản-like closing: two signers side by side, Nơi nhận under them, and a Kính gửi block. */
    public static Document twoSigners() {
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock(List.of("UBND TỈNH MẪU"), List.of("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"), "Số: 12/BB-HĐTĐKT", null,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tỉnh Mẫu, ngày 20 tháng 5 năm 2025", "DỰ THẢO"));
        b.add(new TitleBlock("BIÊN BẢN", List.of("Họp Hội đồng Thi đua - Khen thưởng tỉnh")));
        b.add(new Addressees(List.of("Ủy ban nhân dân tỉnh;", "Sở Nội vụ.")));
        b.add(Paragraph.body(List.of(Span.plain("Cuộc họp kết thúc vào 11 giờ 00, ngày 20 tháng 5 năm 2025./."))));
        b.add(new SignatureBlock(List.of(new Signature(List.of("THƯ KÝ"), null, "Trần Thị B"),
                new Signature(List.of("CHỦ TỌA"), "(Ký, đóng dấu)", "Nguyễn Văn A")), List.of("Lưu: VT, Hồ sơ.")));
        Metadata meta = new Metadata("Biên bản 12/BB-HĐTĐKT", "Họp Hội đồng", "Hội đồng Thi đua - Khen thưởng", "vi-VN", LocalDate.of(2025, 5, 20));
        return new Document(meta, List.of(new Section(Orientation.PORTRAIT, b)));
    }
}
