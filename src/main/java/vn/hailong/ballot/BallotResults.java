package vn.hailong.ballot;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;

/** The closed openings' results per agency × month × item × level, for the indices. */
@Service
public class BallotResults {

    private final BallotRepository repo;

    BallotResults(BallotRepository repo) {
        this.repo = repo;
    }

    /** Ballot-box results per agency × month × item × level, for the indices (slips keyed one by one excluded). */
    public List<BallotResult> results(YearMonth from, YearMonth to) {
        return repo.results(CurrentUser.scope(), from, to);
    }

    /** The same within an explicit scope: for the insight rollups, which count every agency's results. */
    public List<BallotResult> resultsWithin(AgencyScope scope, YearMonth from, YearMonth to) {
        return repo.results(scope, from, to);
    }
}
