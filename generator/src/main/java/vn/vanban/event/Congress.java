package vn.vanban.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The typed facts of the congress an event file describes: what every document of the kit reads,
 * so the same date, place, delegates and signers appear everywhere.
 *
 * <pre>{@code
 * Congress c = EventReader.read(Path.of("examples/tan-hop-2025.yaml")).congress();
 * c.form();        // HOI_NGHI
 * c.agenda();      // the agenda items, in order
 * c.delegates();   // from the file (and a workbook, once wired)
 * }</pre>
 *
 * @param level           the organising unit's level
 * @param form            Đại hội or Hội nghị (given, or derived: see {@link CongressReader})
 * @param name            the event's name in running text
 * @param ordinal         lần thứ, or null
 * @param periodFrom      first year of the period it opens
 * @param periodTo        last year
 * @param date            when it is held, possibly partial; null when not given
 * @param time            start of the official session, or null
 * @param place           where, or null
 * @param duration        how long, as printed (default "½ ngày")
 * @param workers         an enterprise's worker count, or null
 * @param higherCongress  the congress delegates are elected to, or null
 * @param deadline        deadline of the documents sent up afterwards, or null
 * @param delegates       the delegates, in file order
 * @param agenda          the agenda items, in file order
 * @param presidium       Đoàn Chủ tịch
 * @param secretariat     Đoàn Thư ký
 * @param periodAwards    awards of the ending period by year
 * @param council         the Hội đồng meeting on the proposals, or null
 * @param proposals       award proposals
 * @param results         results after the event, or null
 * @param ruleSets        rule sets ./vanban check applies
 */
public record Congress(Level level, Form form, String name, Integer ordinal, int periodFrom, int periodTo,
                       PartialDate date, LocalTime time, String place, String duration, Integer workers,
                       String higherCongress, LocalDate deadline, List<Delegate> delegates, List<AgendaItem> agenda,
                       List<Member> presidium, List<Member> secretariat, List<AwardCount> periodAwards,
                       Council council, List<Proposal> proposals, Results results, List<String> ruleSets) {
    public Congress {
        delegates = List.copyOf(delegates);
        agenda = List.copyOf(agenda);
        presidium = List.copyOf(presidium);
        secretariat = List.copyOf(secretariat);
        periodAwards = List.copyOf(periodAwards);
        proposals = List.copyOf(proposals);
        ruleSets = List.copyOf(ruleSets);
    }

    /** Levels of the organising unit (nd30.md §5.1); HUYEN only for events before 7/2025. */
    public enum Level {
        XA("xa"), TINH("tinh"), SO_NGANH("so_nganh"), DOANH_NGHIEP("doanh_nghiep"), HUYEN("huyen");

        public final String key;

        Level(String key) {
            this.key = key;
        }

        static Level of(String key) {
            for (Level l : values()) {
                if (l.key.equals(key)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(key);
        }
    }

    /** The form of the event. */
    public enum Form {
        DAI_HOI("dai_hoi", "Đại hội Thi đua yêu nước", "Đại hội"),
        HOI_NGHI("hoi_nghi", "Hội nghị điển hình tiên tiến", "Hội nghị");

        public final String key;
        /** The full default name of the form. */
        public final String defaultName;
        /** The short word used in running text: "Đại hội", "Hội nghị". */
        public final String word;

        Form(String key, String defaultName, String word) {
            this.key = key;
            this.defaultName = defaultName;
            this.word = word;
        }
    }

    /** A person with a post; {@code exemplar} marks an Anh hùng, Chiến sĩ thi đua or điển hình. */
    public record Member(String name, String post, String unit, boolean exemplar) {
    }

    /**
     * One agenda item.
     *
     * @param session   the session it belongs to
     * @param item      what happens
     * @param presenter who presents it, or null
     * @param start     its start, or null (it follows the one before)
     * @param minutes   its duration, or null
     * @param end       its end, or null
     * @param timeText  a v1 free-text time printed as is, or null
     */
    public record AgendaItem(Session session, String item, String presenter, LocalTime start, Integer minutes,
                             LocalTime end, String timeText) {
    }

    /** Phiên trù bị or phiên chính thức. */
    public enum Session { TRU_BI, CHINH_THUC }

    /** A count of awards of one form (in one year, or given at the event). */
    public record AwardCount(Integer year, String award, int collectives, int individuals) {
    }

    /**
     * The Hội đồng Thi đua - Khen thưởng meeting.
     *
     * @param name          the council's name
     * @param members       total members: the denominator of every vote
     * @param present       members present
     * @param writtenVotes  absent members who voted in writing
     * @param date          date of the meeting
     * @param start         start, or null
     * @param end           end, or null
     * @param place         where, or null
     * @param chair         chủ tọa
     * @param secretary     thư ký
     */
    public record Council(String name, int members, int present, int writtenVotes, LocalDate date, LocalTime start,
                          LocalTime end, String place, Member chair, Member secretary) {
    }

    /**
     * An award proposal.
     *
     * @param collective  true for a tập thể
     * @param name        person or collective
     * @param post        post, or null
     * @param unit        unit, or null
     * @param award       the award proposed
     * @param summary     achievement in one sentence
     * @param votesFor    votes in favour, or null when not voted yet
     * @param threshold   the per-cent threshold against the whole membership
     * @param index       position in de_nghi_khen_thuong, from 0
     */
    public record Proposal(boolean collective, String name, String post, String unit, String award, String summary,
                           Integer votesFor, int threshold, int index) {
        /** Whether the vote reaches the threshold of the whole membership. */
        public boolean passes(int members) {
            return votesFor != null && votesFor * 100L >= (long) threshold * members && (threshold > 50 || votesFor * 2L > members);
        }
    }

    /** Results after the event. */
    public record Results(Integer presentExemplars, Integer presentGuests, List<AwardCount> awards,
                          List<Member> electedUpward) {
        public Results {
            awards = List.copyOf(awards);
            electedUpward = List.copyOf(electedUpward);
        }
    }
}
