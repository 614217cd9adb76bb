package vn.hailong.insight.rollup;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hailong.access.AgencyScope;
import vn.hailong.ballot.BallotResult;
import vn.hailong.ballot.BallotResults;

/** The closed openings' tallies, from the ballot module. */
@Component
class BallotModuleTallies implements BallotTallies {

    private final BallotResults results;

    public BallotModuleTallies(BallotResults results) {
        this.results = results;
    }

    @Override
    public List<BallotResult> results(AgencyScope scope, YearMonth from, YearMonth to) {
        return results.resultsWithin(scope, from, to);
    }
}
