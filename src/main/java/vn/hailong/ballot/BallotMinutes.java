package vn.hailong.ballot;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.access.People;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Letterhead;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.pdf.PdfRenderer;

/** The minutes of an opening (Biên bản mở hòm phiếu đánh giá sự hài lòng) as a PDF in the official layout. */
@Service
public class BallotMinutes {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final BallotBoxes boxes;
    private final BallotSessions sessions;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final People people;

    BallotMinutes(
            BallotBoxes boxes,
            BallotSessions sessions,
            Agencies agencies,
            PdfRenderer pdf,
            MessageSource messages,
            People people) {
        this.people = people;
        this.boxes = boxes;
        this.sessions = sessions;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** {@code part / whole = x%}, never above 100% (then flagged to be checked), or a dash without a whole. */
    private String rate(Integer part, Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return "—";
        }
        String counts = VnNumbers.number(part) + " / " + VnNumbers.number(whole);
        return part > whole
                ? counts + " (" + messages.getMessage("ballot.rateOver", null, VI) + ")"
                : counts + " = " + VnNumbers.percent((double) part / whole);
    }

    public byte[] render(long sessionId) {
        return pdf.render("ballot-minutes", model(sessionId), VI);
    }

    Map<String, Object> model(long sessionId) {
        SessionDetail d = sessions.detail(sessionId);
        BallotSession s = d.session();
        if (s.status() == SessionStatus.DUE) {
            throw new vn.hailong.shared.InvalidInputException("ballot.minutes.notEntered");
        }
        Letterhead head = agencies.letterhead(s.agencyId());
        Map<String, String> roleNames = boxes.roles("vi").stream()
                .collect(Collectors.toMap(CommitteeRole::code, CommitteeRole::name, (a, b) -> a));
        Map<String, Object> m = new HashMap<>();
        m.put("agencyParent", head.agencyParent());
        m.put("agencyName", head.agencyName());
        m.put("place", head.place());
        m.put("date", s.heldOn());
        YearMonth month = YearMonth.parse(s.period());
        m.put("month", String.format("%02d/%d", month.getMonthValue(), month.getYear()));
        m.put(
                "monthWords",
                messages.getMessage(
                        "ballot.minutes.monthWords",
                        new Object[] {String.valueOf(month.getMonthValue()), String.valueOf(month.getYear())},
                        VI));
        m.put("s", s);
        m.put("d", d);
        m.put(
                "members",
                d.members().stream()
                        .map(x -> Map.of("name", x.name(), "role", roleNames.getOrDefault(x.role(), x.role())))
                        .toList());
        m.put("n", (Function<Integer, String>) VnNumbers::number);
        m.put("pct", (Function<Double, String>) VnNumbers::percent);
        m.put(
                "responseRate",
                s.moreSlipsThanDossiers()
                        ? VnNumbers.number(s.found()) + " / " + VnNumbers.number(s.returnedDossiers()) + " ("
                                + messages.getMessage("ballot.rateOver", null, VI) + ")"
                        : s.responseRate() == null
                                ? "—"
                                : VnNumbers.number(s.found()) + " / " + VnNumbers.number(s.returnedDossiers()) + " = "
                                        + VnNumbers.percent(s.responseRate()));
        m.put("keyedRate", rate(s.keyedSlips(), s.returnedDossiers()));
        m.put(
                "satisfaction",
                d.satisfactionRate() == null
                        ? "—"
                        : VnNumbers.number(d.satisfied()) + " / " + VnNumbers.number(d.answered()) + " = "
                                + VnNumbers.percent(d.satisfactionRate()));
        m.put("levels", List.of(5, 4, 3, 2, 1));
        // who amended the minutes, by name ("Công dân" never amends; the system's jobs read as such)
        m.put("person", (Function<String, String>) actor -> people.name(actor, VI));
        m.put(
                "signers",
                d.members().stream()
                        .map(x -> Map.of(
                                "title",
                                roleNames.getOrDefault(x.role(), x.role()).toUpperCase(VI),
                                "name",
                                x.name()))
                        .toList());
        return m;
    }
}
