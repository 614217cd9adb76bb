package vn.hailong.insight;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hailong.access.AgencyScope;
import vn.hailong.ballot.BallotResult;
import vn.hailong.ballot.Ballots;

/** The closed openings' tallies, from the ballot module. */
@Component
class BallotModuleTallies implements BallotTallies {

    private final Ballots ballots;

    BallotModuleTallies(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public List<BallotResult> results(AgencyScope scope, YearMonth from, YearMonth to) {
        return ballots.resultsWithin(scope, from, to);
    }
}
