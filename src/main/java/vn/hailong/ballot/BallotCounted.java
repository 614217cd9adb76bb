package vn.hailong.ballot;

import java.time.YearMonth;

/**
 * A ballot-box opening of an agency and month was closed or its closed minutes amended: the results of
 * that agency and month ({@link BallotResults#resultsWithin}) changed. Published inside the closing transaction.
 */
public record BallotCounted(long agencyId, YearMonth month) {}
