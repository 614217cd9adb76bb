package vn.hailong.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hailong.access.Role;
import vn.hailong.ballot.BallotSession;
import vn.hailong.ballot.BallotSessions;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackStatus;
import vn.hailong.insight.Alerts;
import vn.hailong.letter.LetterStatus;
import vn.hailong.letter.Letters;
import vn.hailong.rating.Ratings;

/**
 * The to-do list of each role, counted in the caller's scope: the counter officer's dossiers, the unit leader's
 * approvals and signals, the province's follow-ups. Each count links to the list filtered the same way.
 */
@Service
class ToDos {

    private static final Set<String> OPEN_CASES = Set.of(
            FeedbackStatus.RECEIVED.name(),
            FeedbackStatus.ACCEPTED.name(),
            FeedbackStatus.ASSIGNED.name(),
            FeedbackStatus.INFO_REQUESTED.name());

    private final Dossiers dossiers;
    private final Letters letters;
    private final Ratings ratings;
    private final FeedbackCases cases;
    private final Alerts alerts;
    private final BallotSessions ballots;

    ToDos(
            Dossiers dossiers,
            Letters letters,
            Ratings ratings,
            FeedbackCases cases,
            Alerts alerts,
            BallotSessions ballots) {
        this.dossiers = dossiers;
        this.letters = letters;
        this.ratings = ratings;
        this.cases = cases;
        this.alerts = alerts;
        this.ballots = ballots;
    }

    List<ToDo> of(Role role) {
        List<ToDo> list = new ArrayList<>();
        switch (role) {
            case ONE_STOP_OFFICER -> counter(list);
            case UNIT_LEADER -> leader(list);
            case PROVINCIAL_OFFICIAL, SYSTEM_ADMIN -> province(list);
            case BALLOT_SECRETARY -> nextOpening(list);
            default -> {}
        }
        return list;
    }

    private void counter(List<ToDo> list) {
        list.add(new ToDo("todo.dueSoon", dossiers.count(filter(null, true)), "/ho-so?atRisk=true&sort=due&dir=asc"));
        list.add(new ToDo(
                "todo.supplements",
                dossiers.count(filter(DossierStatus.SUPPLEMENT_REQUESTED, null)),
                "/ho-so?status=SUPPLEMENT_REQUESTED&sort=due&dir=asc"));
        list.add(new ToDo(
                "todo.toReturn",
                dossiers.count(filter(DossierStatus.RESOLVED, null)),
                "/ho-so?status=RESOLVED&sort=due&dir=asc"));
    }

    private void leader(List<ToDo> list) {
        list.add(new ToDo("todo.drafts", letters.count(LetterStatus.DRAFT), "/thu?status=DRAFT"));
        list.add(new ToDo("todo.lowRatings", ratings.lowInLast30Days(), "/phan-anh?channel=RATING"));
        long open = cases.counts().entrySet().stream()
                .filter(e -> OPEN_CASES.contains(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue)
                .sum();
        list.add(new ToDo("todo.openCases", open, "/phan-anh"));
        list.add(new ToDo("todo.alerts", alerts.openCount(), "/canh-bao"));
        nextOpening(list);
    }

    private void province(List<ToDo> list) {
        list.add(new ToDo("todo.overdueOpenings", ballots.overdue().size(), "/hom-phieu"));
        list.add(new ToDo("todo.brokenSeals", ballots.incidents().size(), "/hom-phieu"));
        list.add(new ToDo("todo.belowThresholds", alerts.openCount(), "/canh-bao"));
    }

    private void nextOpening(List<ToDo> list) {
        List<BallotSession> due = ballots.due();
        due.stream()
                .min(Comparator.comparing(BallotSession::scheduledOn))
                .ifPresentOrElse(
                        s -> list.add(new ToDo(
                                "todo.nextOpening",
                                due.size(),
                                "/hom-phieu",
                                s.scheduledOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))),
                        () -> list.add(new ToDo("todo.noOpening", 0, "/hom-phieu")));
    }

    private static DossierFilter filter(DossierStatus status, Boolean atRisk) {
        return new DossierFilter(null, status, null, null, null, null, null, null, null, null, atRisk, null, null);
    }
}
