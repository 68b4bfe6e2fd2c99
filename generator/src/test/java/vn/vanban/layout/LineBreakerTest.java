package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.style.FontFace;

/** Issue 7.5 and 7.6: first-fit lines over the bundled metrics, and balanced centred titles. */
class LineBreakerTest {
    private static final TextMeasurer M = TextMeasurer.standard();
    private static final LineBreaker BREAKER = new LineBreaker(M);

    private static List<TextRun> runs(String s, FontFace face, double size) {
        return List.of(new TextRun(Joins.apply(s), face, size));
    }

    @Test
    void everyLineFitsAndOnlyTheLastIsMarkedLast() {
        String text = "Đánh giá kết quả các phong trào thi đua yêu nước từ sau Đại hội thi đua yêu nước, "
                + "Hội nghị điển hình tiên tiến các cấp đến nay; đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua.";
        List<Line> lines = BREAKER.lines(runs(text, FontFace.REGULAR, 14), 431.7, 467.7);
        assertTrue(lines.size() >= 2);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).width() <= (i == 0 ? 431.7 : 467.7) + 1e-6, "line " + i + " fits");
            assertEquals(i == lines.size() - 1, lines.get(i).last());
        }
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(all.length() == 0 ? "" : " ").append(l.text()));
        assertEquals(text, all.toString(), "no word lost or split");
    }

    @Test
    void aWordWiderThanTheLineIsCutNotLost() {
        String url = "https://thiduakhenthuong.binhphuoc.gov.vn/van-ban/ke-hoach-to-chuc-dai-hoi-thi-dua";
        List<Line> lines = BREAKER.lines(runs(url, FontFace.REGULAR, 14), 200, 200);
        assertTrue(lines.size() >= 2);
        assertEquals(url, String.join("", lines.stream().map(Line::text).toList()));
    }

    @Test
    void balancedTitlesLeaveNoWordAloneOnTheLastLine() {
        Balancer b = new Balancer(BREAKER);
        String subject = "Tổ chức Hội nghị điển hình tiên tiến xã Xuân Phú lần thứ I, giai đoạn 2025 - 2030 và "
                + "biểu dương các tập thể, cá nhân tiêu biểu năm 2025";
        List<Line> greedy = BREAKER.lines(runs(subject, FontFace.BOLD, 14), 467.7, 467.7);
        List<Line> balanced = b.lines(runs(subject, FontFace.BOLD, 14), 467.7);
        assertEquals(greedy.size(), balanced.size(), "as few lines as first fit");
        double shortest = balanced.stream().mapToDouble(Line::width).min().orElseThrow();
        double longest = balanced.stream().mapToDouble(Line::width).max().orElseThrow();
        assertTrue(shortest > 0.7 * longest, "even lines: " + balanced.stream().map(Line::text).toList());
        for (Line l : balanced) {
            assertTrue(l.text().contains(" "), "no word alone: " + l.text());
        }
    }

    @Test
    void aTitleNeverSplitsTheVaOfAnAgencysName() {
        Balancer b = new Balancer(BREAKER);
        for (String name : List.of("Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Khoa học và Công nghệ",
                "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn")) {
            String subject = "Tổ chức Hội nghị điển hình tiên tiến ngành " + name + " tỉnh Quảng Ngãi lần thứ II, giai đoạn 2025 - 2030";
            List<Line> lines = b.lines(runs(subject, FontFace.BOLD, 14), 467.7);
            assertEquals(2, lines.size(), subject);
            // "… Giáo dục | và Đào tạo" or "… và | Đào tạo": the words around "và" stay on one line
            // (a break after the comma of "Văn hóa, Thể thao" is a break between phrases).
            String around = name.substring(name.lastIndexOf(' ', name.indexOf(" và ") - 1) + 1, name.indexOf(" và ") + 4
                    + name.substring(name.indexOf(" và ") + 4).split(" ")[0].length());
            assertTrue(lines.stream().anyMatch(l -> l.text().contains(around)),
                    "\"" + around + "\" stays on one line: " + lines.stream().map(Line::text).toList());
        }
    }

    @Test
    void aVaBetweenTwoPhrasesIsStillWhereATitleBreaks() {
        // "và" after a name's last word or after a numeral joins two phrases: breaking before it is free.
        assertTrue(!and("tỉnh Bình Phước và Đại hội", 3));
        assertTrue(!and("lần thứ VI và Đại hội", 3));
        assertTrue(!and("tiên tiến xã và biểu dương", 3));
        assertTrue(!and("Cổ phần Đầu tư Xây dựng và Phát triển Nông thôn", 5), "a long name breaks at its và");
        assertTrue(and("ngành Giáo dục và Đào tạo tỉnh", 3));
        assertTrue(and("Sở Giáo dục và Đào tạo", 3));
        assertTrue(and("Lao động - Thương binh và Xã hội", 5));
        assertTrue(and("Văn hóa, Thể thao và Du lịch", 4));
    }

    private static boolean and(String words, int i) {
        return Balancer.andInName(List.of(words.split(" ")), i);
    }
}
