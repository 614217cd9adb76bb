package vn.hailong.report.web;

import vn.hailong.insight.RankingEntry;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;

/** One row of a dashboard table: a unit, officer or procedure with its satisfaction, timeliness and rank. */
record UnitLine(
        String key,
        Long id,
        String label,
        SatisfactionItem satisfaction,
        TimelinessItem timeliness,
        RankingEntry rank) {

    public long n() {
        return satisfaction == null ? 0 : satisfaction.n();
    }
}
