package vn.hailong.insight;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period split into the whole months it contains (read from the month rollups) and the days before and
 * after them (read from the day rollups): a year or a quarter reads a few rows per agency, a custom period
 * a few more. {@link #whole()} is false when the period holds no whole month (then the day rollups answer).
 */
record Months(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth) {

    static Months of(LocalDate from, LocalDate to) {
        LocalDate first =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLast = to.plusDays(1).withDayOfMonth(1);
        LocalDate last = afterLast.minusMonths(1);
        return new Months(from, to, first, last);
    }

    boolean whole() {
        return !lastMonth.isBefore(firstMonth);
    }

    /**
     * The rows of the period: {@code columns} (with {@code %s} where the day goes) from the month table over
     * the whole months, and from the day table over the days around them; {@code agencies} (a condition on
     * {@code agency_id}) is repeated in every branch so that each reads only the agencies asked for.
     */
    String union(String columns, String monthTable, String dayTable, String agencies) {
        StringBuilder sql = new StringBuilder("select ")
                .append(columns.formatted("on_month"))
                .append(" from ")
                .append(monthTable)
                .append(" where on_month between :firstMonth and :lastMonth")
                .append(agencies);
        if (from.isBefore(firstMonth)) {
            sql.append(" union all select ")
                    .append(columns.formatted("on_day"))
                    .append(" from ")
                    .append(dayTable)
                    .append(" where on_day between :from and :beforeMonths")
                    .append(agencies);
        }
        if (to.isAfter(lastMonth.plusMonths(1).minusDays(1))) {
            sql.append(" union all select ")
                    .append(columns.formatted("on_day"))
                    .append(" from ")
                    .append(dayTable)
                    .append(" where on_day between :afterMonths and :to")
                    .append(agencies);
        }
        return sql.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        spec = spec.param("firstMonth", Date.valueOf(firstMonth)).param("lastMonth", Date.valueOf(lastMonth));
        if (from.isBefore(firstMonth)) {
            spec = spec.param("beforeMonths", Date.valueOf(firstMonth.minusDays(1)));
        }
        if (to.isAfter(lastMonth.plusMonths(1).minusDays(1))) {
            spec = spec.param("afterMonths", Date.valueOf(lastMonth.plusMonths(1)));
        }
        return spec;
    }
}
