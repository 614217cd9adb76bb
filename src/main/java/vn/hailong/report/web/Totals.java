package vn.hailong.report.web;

import java.util.List;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;

/** The sum of a table's rows: satisfaction (n, satisfied) and timeliness (with the processing days). */
final class Totals {

    private Totals() {}

    static SatisfactionItem satisfaction(List<SatisfactionItem> items) {
        return SatisfactionItem.total("all", "", items);
    }

    static TimelinessItem timeliness(List<TimelinessItem> items) {
        return TimelinessItem.of(
                "all",
                "",
                items.stream().mapToLong(TimelinessItem::early).sum(),
                items.stream().mapToLong(TimelinessItem::onTime).sum(),
                items.stream().mapToLong(TimelinessItem::late).sum(),
                items.stream().mapToLong(TimelinessItem::returned).sum(),
                items.stream().mapToLong(TimelinessItem::workingDays).sum());
    }
}
