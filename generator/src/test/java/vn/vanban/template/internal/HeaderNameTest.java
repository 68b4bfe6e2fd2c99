package vn.vanban.template.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.Format;
import vn.vanban.KitDocument;
import vn.vanban.Vanban;

/** The agency's header line when the event file gives no ten_in_hoa. */
class HeaderNameTest {
    @Test
    void aPlaceTheChuQuanLineAlreadyNamesIsNotPrintedTwice() {
        assertEquals("SỞ NỘI VỤ", ModelBuilder.headerName("Sở Nội vụ tỉnh Phú Thọ", List.of("UBND TỈNH PHÚ THỌ")));
        assertEquals("SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                ModelBuilder.headerName("Sở Giáo dục và Đào tạo thành phố Hà Nội", List.of("UBND THÀNH PHỐ HÀ NỘI")));
        assertEquals("PHÒNG NỘI VỤ", ModelBuilder.headerName("Phòng Nội vụ huyện Tam Dương", List.of("UBND TỈNH VĨNH PHÚC", "UBND HUYỆN TAM DƯƠNG")));
    }

    @Test
    void otherwiseTheWholeNameInCapitals() {
        // No chủ quản, another place, or the place is the whole name's only part.
        assertEquals("SỞ NỘI VỤ TỈNH PHÚ THỌ", ModelBuilder.headerName("Sở Nội vụ tỉnh Phú Thọ", List.of()));
        assertEquals("SỞ NỘI VỤ TỈNH PHÚ THỌ", ModelBuilder.headerName("Sở Nội vụ tỉnh Phú Thọ", null));
        assertEquals("ỦY BAN NHÂN DÂN XÃ TÂN HỢP", ModelBuilder.headerName("Ủy ban nhân dân xã Tân Hợp", List.of("UBND TỈNH LÀO CAI")));
        assertEquals("CÔNG AN TỈNH LẠNG SƠN", ModelBuilder.headerName("Công an tỉnh Lạng Sơn", List.of("BỘ CÔNG AN")));
        assertEquals("SỞ TƯ PHÁP TỈNH BẮC NINH", ModelBuilder.headerName("Sở Tư pháp tỉnh Bắc Ninh", List.of("UBND TỈNH BẮC GIANG")));
    }

    @Test
    void theKitsHeaderUsesIt(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("examples/so-noi-vu-phu-tho-2025.yaml"));
        assertTrue(text.contains("  ten_in_hoa: SỞ NỘI VỤ\n"));
        Path file = dir.resolve("so-noi-vu.yaml");
        Files.writeString(file, text.replace("  ten_in_hoa: SỞ NỘI VỤ\n", ""));
        Vanban v = Vanban.builder().build();
        List<KitDocument> docs = v.kit(Vanban.read(file), Set.of(Format.TXT));
        String first = new String(docs.get(0).files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        // The header's lines, as the plain text writes them: chủ quản, then the agency, then Số.
        assertEquals(List.of("UBND TỈNH PHÚ THỌ", "SỞ NỘI VỤ", "Số:      /KH-SNV"), first.lines().limit(3).toList(), first);
    }
}
