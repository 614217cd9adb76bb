package vn.hailong.insight.rollup;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drained batch of ratings summed in Java, row by row of the batch's ratings and answers (read once), into the five
 * rating rollups' keys: what {@link PendingRatings#answersByDay}, {@link PendingRatings#sumsByDay} and
 * {@link PendingRatings#ratingsByDay} compute over the batch (the rebuild's queries), so that every rollup row is then
 * written once per batch ({@link RollupMerge}).
 */
final class RatingBatchSums {

    /** One answer of a rating of the batch (item null: a rating without answers). */
    record Row(
            long ratingId,
            Date onDay,
            long agencyId,
            long receptionAgencyId,
            String moment,
            long deskId,
            long officerId,
            String procedureCode,
            String fieldCode,
            String channel,
            Long dossierId,
            String itemCode,
            Integer score) {

        /** The agency an answer counts for: see {@link PendingRatings#RECEPTION_ITEMS}. */
        long answerAgency() {
            return "RECEPTION".equals(moment) || PendingRatings.RECEPTION_ITEMS.contains(itemCode)
                    ? receptionAgencyId
                    : agencyId;
        }
    }

    /** Sums per key of one rollup table, {@code width} columns each. */
    static final class Table {
        final int width;
        final Map<List<Object>, long[]> rows = new LinkedHashMap<>();

        Table(int width) {
            this.width = width;
        }

        void add(List<Object> key, int column, long... values) {
            long[] sums = rows.computeIfAbsent(key, k -> new long[width]);
            for (int i = 0; i < values.length; i++) {
                sums[column + i] += values[i];
            }
        }
    }

    /** day x answer agency x desk x officer x procedure x field x channel x item: s1..s5, na. */
    final Table answers = new Table(6);
    /** day x agency x desk x officer x procedure x field x channel: rated, Σm, Σy, Σy², Σm², Σym. */
    final Table sums = new Table(6);
    /** day x agency x officer x channel: ratings, without a dossier. */
    final Table counts = new Table(2);
    /** day x agency: s1..s5, na, rated, Σm, Σy, Σy², Σm², Σym. */
    final Table agencyDays = new Table(12);
    /** month x agency: s1..s5, na, ratings, without a dossier, rated, Σm, Σy, Σy², Σm², Σym. */
    final Table months = new Table(14);
    /** The rated dossiers of the batch, once each. */
    final java.util.Set<Long> dossiers = new java.util.LinkedHashSet<>();

    /** Sums the rows, given grouped by rating (all rows of a rating one after the other). */
    static RatingBatchSums of(List<Row> rows) {
        RatingBatchSums out = new RatingBatchSums();
        for (int from = 0; from < rows.size(); ) {
            int to = from;
            while (to < rows.size() && rows.get(to).ratingId() == rows.get(from).ratingId()) {
                to++;
            }
            out.rating(rows.subList(from, to));
            from = to;
        }
        return out;
    }

    private void rating(List<Row> answersOfOne) {
        Row r = answersOfOne.get(0);
        Date month = Date.valueOf(r.onDay().toLocalDate().withDayOfMonth(1));
        if (r.dossierId() != null) {
            dossiers.add(r.dossierId());
        }
        long withoutDossier = r.dossierId() == null ? 1 : 0;
        counts.add(List.of(r.onDay(), r.agencyId(), r.officerId(), r.channel()), 0, 1, withoutDossier);
        months.add(List.of(month, r.agencyId()), 6, 1, withoutDossier);
        long m = 0;
        long y = 0;
        for (Row a : answersOfOne) {
            if (a.itemCode() == null) {
                continue;
            }
            int column = a.score() == null ? 5 : a.score() - 1;
            long agency = a.answerAgency();
            answers.add(
                    List.of(
                            a.onDay(),
                            agency,
                            a.deskId(),
                            a.officerId(),
                            a.procedureCode(),
                            a.fieldCode(),
                            a.channel(),
                            a.itemCode()),
                    column,
                    1);
            agencyDays.add(List.of(a.onDay(), agency), column, 1);
            months.add(List.of(month, agency), column, 1);
            if (a.score() != null && a.score() >= 1 && a.score() <= 5) {
                m++;
                y += a.score() >= 4 ? 1 : 0;
            }
        }
        if (m > 0) {
            long[] s = {1, m, y, y * y, m * m, y * m};
            sums.add(
                    List.of(
                            r.onDay(),
                            r.agencyId(),
                            r.deskId(),
                            r.officerId(),
                            r.procedureCode(),
                            r.fieldCode(),
                            r.channel()),
                    0,
                    s);
            agencyDays.add(List.of(r.onDay(), r.agencyId()), 6, s);
            months.add(List.of(month, r.agencyId()), 8, s);
        }
    }
}
