package vn.hailong.insight.rollup;

import java.time.YearMonth;
import java.util.List;
import vn.hailong.access.AgencyScope;
import vn.hailong.ballot.BallotResult;

/** Where the closed ballot-box tallies come from: the ballot module ({@link BallotModuleTallies}), a fixed list in tests. */
@FunctionalInterface
public interface BallotTallies {

    List<BallotResult> results(AgencyScope scope, YearMonth from, YearMonth to);
}
