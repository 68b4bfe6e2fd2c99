package vn.vanban.rules.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import vn.vanban.event.PartialDate;

/**
 * {@code thu_tu_ngay}: one date comes before another, by at least N days: a plan before its event, documents
 * sent 15 days before the conference. With partial dates (a month) the rule is broken only when no day of
 * them could keep it.
 *
 * <pre>{@code
 * kieu: thu_tu_ngay
 * tham_so: {truoc: "van_ban[loai=ke_hoach].ngay", sau: su_kien.ngay, it_nhat_ngay: 15}
 * }</pre>
 * Placeholders: {@code ngay_truoc}, {@code ngay_sau}, {@code so_ngay} (N), {@code cach} (days between, when
 * both are full dates).
 */
final class DateOrderKind implements Kind {
    @Override
    public String name() {
        return "thu_tu_ngay";
    }

    @Override
    public String description() {
        return "each date at truoc comes at least it_nhat_ngay days (default 0: not after) before each date at sau";
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("ngay_truoc", "ngay_sau", "so_ngay", "cach");
    }

    @Override
    public Check compile(Params p) throws ParamException {
        List<String> before = p.paths("truoc");
        List<String> after = p.paths("sau");
        int days = p.integer("it_nhat_ngay", 0);
        if (days < 0) {
            throw new ParamException("it_nhat_ngay", "should be 0 or more");
        }
        return (ev, hits) -> {
            for (String fb : before) {
                for (EventView.Match b : ev.find(fb)) {
                    if (!(b.value() instanceof PartialDate db)) {
                        continue;
                    }
                    for (String fa : after) {
                        for (EventView.Match a : ev.find(fa)) {
                            if (!(a.value() instanceof PartialDate da)) {
                                continue;
                            }
                            long best = ChronoUnit.DAYS.between(Dates.span(db).first(), Dates.span(da).last());
                            if (best < days) {
                                String gap = db.isComplete() && da.isComplete() ? Long.toString(best) : "";
                                hits.accept(new Hit(b.path(), Values.of("ngay_truoc", Dates.format(db), "ngay_sau", Dates.format(da),
                                        "so_ngay", Integer.toString(days), "cach", gap)));
                            }
                        }
                    }
                }
            }
        };
    }
}
