package vn.vanban.event;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.event.Congress.AgendaItem;
import vn.vanban.event.Congress.Form;
import vn.vanban.event.Congress.Session;

/**
 * The timed agenda of a congress: each item's start and end, computed from the event's start time
 * and the items' durations where the file gives no times.
 *
 * <pre>{@code
 * List<Agenda.Slot> slots = Agenda.schedule(congress);
 * slots.get(0).start();   // 07:30, from su_kien.gio
 * }</pre>
 */
public final class Agenda {
    private Agenda() {
    }

    /**
     * One scheduled item.
     *
     * @param item   the agenda item
     * @param start  its start, or null when it cannot be known
     * @param end    its end, or null
     */
    public record Slot(AgendaItem item, LocalTime start, LocalTime end) {
    }

    /**
     * The agenda with times: the file's items, or (for an empty agenda) the standard agenda of the
     * form; "Chào cờ" opens the official session of a Đại hội and never a Hội nghị's.
     */
    public static List<Slot> schedule(Congress c) {
        List<AgendaItem> items = new ArrayList<>(c.agenda());
        if (items.stream().noneMatch(i -> i.session() == Session.CHINH_THUC)) {
            items.addAll(standard(c));   // none, or only a phiên trù bị: the standard official session
        }
        if (c.form() == Form.DAI_HOI && items.stream().noneMatch(i -> i.item().strip().startsWith("Chào cờ"))) {
            int first = 0;
            while (first < items.size() && items.get(first).session() == Session.TRU_BI) {
                first++;
            }
            if (first < items.size() && items.get(first).item().startsWith("Văn nghệ")) {
                first++;   // nd30.md §5.3: văn nghệ chào mừng, then chào cờ
            }
            items.add(first, new AgendaItem(Session.CHINH_THUC, "Chào cờ", null, null, 5, null, null));
        }
        List<Slot> out = new ArrayList<>();
        LocalTime clock = c.time();
        // A phiên trù bị with durations only ends when the official session starts.
        int preparatory = 0;
        boolean allTimed = true;
        for (AgendaItem i : items) {
            if (i.session() == Session.TRU_BI) {
                preparatory += i.minutes() == null ? 0 : i.minutes();
                allTimed &= i.minutes() != null && i.start() == null;
            }
        }
        if (clock != null && preparatory > 0 && allTimed) {
            clock = clock.minusMinutes(preparatory);
        }
        for (AgendaItem i : items) {
            LocalTime start = i.start() != null ? i.start() : clock;
            LocalTime end = i.end() != null ? i.end() : start != null && i.minutes() != null ? start.plusMinutes(i.minutes()) : null;
            out.add(new Slot(i, start, end));
            clock = end;
        }
        return out;
    }

    /** The customary agenda (nd30.md §5.3), with durations that fill half a day. */
    static List<AgendaItem> standard(Congress c) {
        String to = c.periodTo() > c.periodFrom() ? c.periodFrom() + " - " + c.periodTo() : "";
        String before = (2 * c.periodFrom() - c.periodTo()) + " - " + c.periodFrom();
        List<AgendaItem> out = new ArrayList<>();
        out.add(item("Văn nghệ chào mừng", 15));
        out.add(item("Tuyên bố lý do, giới thiệu đại biểu", 10));
        out.add(item(c.form() == Form.DAI_HOI ? "Diễn văn khai mạc " + c.form().word : "Phát biểu khai mạc " + c.form().word, 10));
        out.add(item("Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn " + before
                + "; phương hướng, nhiệm vụ giai đoạn " + to, 30));
        out.add(item("Báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến", 45));
        out.add(item("Phát biểu chỉ đạo của lãnh đạo cấp trên", 15));
        out.add(item("Khen thưởng các tập thể, cá nhân điển hình tiên tiến", 20));
        out.add(item("Phát động phong trào thi đua giai đoạn " + to, 10));
        if (c.higherCongress() != null) {
            out.add(item("Thông qua danh sách đại biểu đi dự " + c.higherCongress(), 5));
        }
        out.add(item("Bế mạc " + c.form().word, 5));
        return out;
    }

    private static AgendaItem item(String text, int minutes) {
        return new AgendaItem(Session.CHINH_THUC, text, null, null, minutes, null, null);
    }
}
