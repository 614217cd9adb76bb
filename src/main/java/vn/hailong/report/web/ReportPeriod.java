package vn.hailong.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hailong.insight.Period;

/** The period picker: a month, quarter or year key, or custom days; the shortcuts offered next to it. */
final class ReportPeriod {

    private ReportPeriod() {}

    static Period of(String key, LocalDate from, LocalDate to, Clock clock) {
        if (from != null && to != null) {
            return Period.days(from, to);
        }
        if (key != null && !key.isBlank()) {
            return Period.parse(key);
        }
        return Period.parse(String.valueOf(LocalDate.now(clock).getYear()));
    }

    /** This month, last month, this quarter, last quarter, this year: key → key (labels come from the bundle). */
    static Map<String, String> shortcuts(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("report.period.thisMonth", month.toString());
        out.put("report.period.lastMonth", month.minusMonths(1).toString());
        out.put("report.period.thisQuarter", quarter);
        out.put("report.period.lastQuarter", Period.parse(quarter).previous().key());
        out.put("report.period.thisYear", String.valueOf(today.getYear()));
        return out;
    }

    /** The twelve months ending with the period's last month, for trends. */
    static Period trend(Period p) {
        YearMonth last = YearMonth.from(p.to());
        return Period.days(last.minusMonths(11).atDay(1), p.to());
    }
}
