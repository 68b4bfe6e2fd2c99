package vn.vanban.doc;

import java.util.List;
import java.util.Objects;

/**
 * A numbered heading of the Phần–Mục layout (nd30.md §1.5), with its number already computed.
 *
 * <ul>
 *   <li>{@link Level#PART}: {@code Phần thứ nhất} on its own centred line, the title centred
 *       under it in capitals, both bold.</li>
 *   <li>{@link Level#SECTION}: {@code I. MỤC ĐÍCH VÀ YÊU CẦU}, bold.</li>
 *   <li>{@link Level#CLAUSE}: {@code 1. Về hình thức tổ chức}, bold (a khoản with a title).</li>
 *   <li>{@link Level#POINT}: {@code a) Đối với các xã, phường, thị trấn} (an điểm with a title).</li>
 * </ul>
 *
 * @param level the level
 * @param label the computed number: {@code "Phần thứ nhất"}, {@code "I."}, {@code "1."}, {@code "a)"}
 * @param title the title; for {@code PART} the capitalised title line
 */
public record Heading(Level level, String label, List<Span> title) implements Block {
    public Heading {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(label, "label");
        title = List.copyOf(title);
    }

    /** The heading levels, largest first. */
    public enum Level { PART, SECTION, CLAUSE, POINT }
}
