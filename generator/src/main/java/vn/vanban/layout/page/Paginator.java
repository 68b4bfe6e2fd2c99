package vn.vanban.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Pours strips onto pages of one height: a page ends at the last place a break is allowed before
 * the strip that does not fit (widow, orphan and keep rules are already in the strips); the gap
 * above a strip that opens a page is dropped; a table's header row is repeated above the row that
 * opens a page.
 *
 * <pre>{@code
 * List<List<Placed>> pages = Paginator.paginate(strips, textHeight);
 * }</pre>
 *
 * <p>Linear in the number of strips, apart from the strips a page gives back when it ends early.
 */
final class Paginator {
    private static final double EPS = 0.01;

    private Paginator() {
    }

    /** A strip at its place on a page: {@code y} from the top of the text block. */
    record Placed(Slice slice, double y) {
    }

    static List<List<Placed>> paginate(List<Slice> slices, double height) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int start = 0;
        double y = 0;
        int i = 0;
        while (i < slices.size()) {
            Slice s = slices.get(i);
            boolean top = page.isEmpty();
            double gap = top ? 0 : s.gapBefore();
            if (!top && y + gap + s.height() > height + EPS && !onlyHeader(indexes)) {
                int j = i;
                while (j > start && !slices.get(j).breakBefore()) {
                    j--;
                }
                if (j == start) {
                    j = i;
                }
                int keep = 0;
                while (keep < indexes.size() && indexes.get(keep) < j) {
                    keep++;
                }
                pages.add(new ArrayList<>(page.subList(0, keep)));
                page = new ArrayList<>();
                indexes = new ArrayList<>();
                start = j;
                i = j;
                y = 0;
                Slice header = slices.get(j).header();
                if (header != null) {
                    page.add(new Placed(header, 0));
                    indexes.add(-1);
                    y = header.height();
                }
                continue;
            }
            page.add(new Placed(s, y + gap));
            indexes.add(i);
            y += gap + s.height();
            i++;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Whether the page holds nothing but a repeated header row (then the strip goes here anyway). */
    private static boolean onlyHeader(List<Integer> indexes) {
        return indexes.size() == 1 && indexes.get(0) == -1;
    }
}
