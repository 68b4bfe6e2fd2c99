package vn.vanban;

import java.time.LocalDate;
import java.util.List;

import vn.vanban.doc.Addressees;
import vn.vanban.doc.Document;
import vn.vanban.doc.HeaderBlock;
import vn.vanban.doc.Heading;
import vn.vanban.doc.ListItem;
import vn.vanban.doc.Metadata;
import vn.vanban.doc.Paragraph;
import vn.vanban.doc.Section;
import vn.vanban.doc.Signature;
import vn.vanban.doc.SignatureBlock;
import vn.vanban.doc.Span;
import vn.vanban.doc.Table;
import vn.vanban.doc.TitleBlock;
import vn.vanban.style.SizeProfile;

/**
 * A one-page document with one block of every kind, for {@link Vanban#warmUp}: rendering it once
 * loads and initialises everything a real rendering needs (the fonts, the DOCX and PDF libraries,
 * the layout code).
 */
final class Specimen {
    private Specimen() {
    }

    static Document of(SizeProfile profile) {
        Metadata meta = new Metadata("Kế hoạch 01/KH-UBND", "Tổ chức Hội nghị điển hình tiên tiến", "Ủy ban nhân dân xã Mẫu",
                "vi-VN", LocalDate.of(2025, 1, 1), profile);
        List<Span> sentence = List.of(Span.plain("Tổ chức "), Span.bold("Hội nghị"), Span.italic(" điển hình tiên tiến"),
                Span.plain(" giai đoạn 2025 - 2030, lần thứ VI."));
        return new Document(meta, List.of(new Section(Section.Orientation.PORTRAIT, List.of(
                new HeaderBlock(List.of("ỦY BAN NHÂN DÂN HUYỆN MẪU"), List.of("ỦY BAN NHÂN DÂN", "XÃ MẪU"), "Số: 01/KH-UBND", null,
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Mẫu, ngày 01 tháng 01 năm 2025", null),
                new TitleBlock("KẾ HOẠCH", List.of("Tổ chức Hội nghị điển hình tiên tiến")),
                new Addressees(List.of("Các cơ quan, đơn vị")),
                new Paragraph(Paragraph.Kind.BASIS, null, List.of(Span.plain("Căn cứ Luật Thi đua, khen thưởng năm 2022;"))),
                new Heading(Heading.Level.PART, "I.", List.of(Span.plain("MỤC ĐÍCH, YÊU CẦU"))),
                new Heading(Heading.Level.SECTION, "1.", List.of(Span.plain("Mục đích"))),
                Paragraph.body(sentence),
                new ListItem(1, "-", sentence),
                new Table(List.of(new Table.Column("STT", 1, Table.Align.CENTER), new Table.Column("Nội dung", 5, Table.Align.LEFT)),
                        List.of(List.of(List.of(Span.plain("1")), sentence))),
                new SignatureBlock(List.of(new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), null, "Nguyễn Văn A")),
                        List.of("Như trên;", "Lưu: VT."))))));
    }
}
