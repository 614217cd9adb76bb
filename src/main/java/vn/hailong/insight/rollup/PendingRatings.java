package vn.hailong.insight.rollup;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ratings stored but not yet counted in the rating rollups ({@code insight_rating_pending}), and the counting of a
 * batch of them ({@link #count}, summed in Java); the rebuild's aggregates over every rating ({@link #answersByDay},
 * {@link #sumsByDay}, {@link #ratingsByDay}) are the reference the batches must add up to (the rollup tests compare them).
 */
@Repository
public class PendingRatings {

    /** Every rating (alias r). */
    static final String ALL = "rating r";

    private final JdbcClient jdbc;

    public PendingRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The answers about the reception, counted for the one-stop body that received the dossier when another agency
     * resolves it (Decree 118/2025/NĐ-CP Art. 14(2)): the officer's conduct, the guidance, the facilities and the
     * public listing of the procedure. Every other answer (the result, the time, the fees, the handling of feedback,
     * and any item added later) counts for the resolving agency, as does the rating itself in the counts.
     */
    static final java.util.List<String> RECEPTION_ITEMS =
            java.util.List.of("CONDUCT", "GUIDANCE", "FACILITIES", "PUBLIC_INFO");

    /**
     * The agency an answer counts for (alias r the rating, x the answer): see {@link #RECEPTION_ITEMS}; and every answer
     * of a rating of the reception (the moment asked at reception only asks about the reception).
     */
    private static final String ANSWER_AGENCY = "case when r.moment = 'RECEPTION' or x.item_code in ("
            + String.join(", ", RECEPTION_ITEMS.stream().map(i -> "'" + i + "'").toList())
            + ") then coalesce(r.receiving_agency_id, r.agency_id) else r.agency_id end";

    /** Answers per day x agency x desk x officer x procedure x field x channel x item, by score, of the ratings in {@code from}. */
    public static String answersByDay(String from) {
        return ("""
                select cast(r.created_at as date) on_day, ANSWER_AGENCY agency_id, coalesce(r.desk_id, 0) desk_id,
                  coalesce(r.officer_id, 0) officer_id, coalesce(r.procedure_code, '') procedure_code,
                  coalesce(r.field_code, '') field_code, r.channel, x.item_code,
                  sum(case when x.score = 1 then 1 else 0 end) s1, sum(case when x.score = 2 then 1 else 0 end) s2,
                  sum(case when x.score = 3 then 1 else 0 end) s3, sum(case when x.score = 4 then 1 else 0 end) s4,
                  sum(case when x.score = 5 then 1 else 0 end) s5, sum(case when x.score is null then 1 else 0 end) na
                from %s join rating_answer x on x.rating_id = r.id
                group by cast(r.created_at as date), ANSWER_AGENCY, coalesce(r.desk_id, 0), coalesce(r.officer_id, 0),
                  coalesce(r.procedure_code, ''), coalesce(r.field_code, ''), r.channel, x.item_code""").replace("ANSWER_AGENCY", ANSWER_AGENCY).formatted(from);
    }

    /**
     * Per day x agency x desk x officer x procedure x field x channel, of the ratings in {@code from} with a valid
     * answer: how many, and Σm, Σy, Σy², Σm², Σym over them (m a rating's valid answers, y its satisfied ones; see
     * {@link vn.hailong.insight.RatingSums}).
     */
    public static String sumsByDay(String from) {
        return """
                select on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel, count(*) rated,
                  sum(m) sm, sum(y) sy, sum(y * y) syy, sum(m * m) smm, sum(y * m) sym
                from (
                  select r.id, cast(r.created_at as date) on_day, r.agency_id, coalesce(r.desk_id, 0) desk_id,
                    coalesce(r.officer_id, 0) officer_id, coalesce(r.procedure_code, '') procedure_code,
                    coalesce(r.field_code, '') field_code, r.channel,
                    sum(case when x.score between 1 and 5 then 1 else 0 end) m,
                    sum(case when x.score >= 4 then 1 else 0 end) y
                  from %s join rating_answer x on x.rating_id = r.id
                  group by r.id, cast(r.created_at as date), r.agency_id, coalesce(r.desk_id, 0), coalesce(r.officer_id, 0),
                    coalesce(r.procedure_code, ''), coalesce(r.field_code, ''), r.channel
                ) q where m > 0
                group by on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel""".formatted(from);
    }

    /** Ratings per day x agency x officer x channel, and of them those without a dossier, of the ratings in {@code from}. */
    public static String ratingsByDay(String from) {
        return """
                select cast(r.created_at as date) on_day, r.agency_id, coalesce(r.officer_id, 0) officer_id, r.channel,
                  count(*) ratings, sum(case when r.dossier_id is null then 1 else 0 end) without_dossier
                from %s group by cast(r.created_at as date), r.agency_id, coalesce(r.officer_id, 0), r.channel""".formatted(from);
    }

    /** Stored ratings, to be counted by the next drain (in the ratings' transaction), in multi-row inserts. */
    public void addAll(List<Long> ratingIds) {
        for (int from = 0; from < ratingIds.size(); from += 1000) {
            List<Long> chunk = ratingIds.subList(from, Math.min(ratingIds.size(), from + 1000));
            jdbc.sql("insert into insight_rating_pending (rating_id) values "
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?)")))
                    .params(List.copyOf(chunk))
                    .update();
        }
    }

    /**
     * Claims for {@code batch} the first {@code max} pending ratings committed so far (a concurrent drain that
     * claimed one first has it; a row it deleted is skipped); returns how many were claimed.
     */
    public int claim(long batch, int max) {
        Long upTo = jdbc.sql("""
                select max(rating_id) from (select rating_id from insight_rating_pending where batch_id is null
                order by rating_id fetch first :max rows only) x""").param("max", max).query(Long.class).optional().orElse(null);
        if (upTo == null) {
            return 0;
        }
        return jdbc.sql(
                        "update insight_rating_pending set batch_id = :batch where batch_id is null and rating_id <= :upTo")
                .param("batch", batch)
                .param("upTo", upTo)
                .update();
    }

    private static final RollupMerge DAY = new RollupMerge(
            "insight_rating_day",
            List.of(
                    "on_day date",
                    "agency_id bigint",
                    "desk_id bigint",
                    "officer_id bigint",
                    "procedure_code varchar(40)",
                    "field_code varchar(40)",
                    "channel varchar(12)",
                    "item_code varchar(30)"),
            List.of("s1", "s2", "s3", "s4", "s5", "na"));
    private static final RollupMerge SUMS_DAY = new RollupMerge(
            "insight_rating_sums_day",
            List.of(
                    "on_day date",
                    "agency_id bigint",
                    "desk_id bigint",
                    "officer_id bigint",
                    "procedure_code varchar(40)",
                    "field_code varchar(40)",
                    "channel varchar(12)"),
            List.of("rated", "sm", "sy", "syy", "smm", "sym"));
    private static final RollupMerge COUNT = new RollupMerge(
            "insight_rating_count",
            List.of("on_day date", "agency_id bigint", "officer_id bigint", "channel varchar(12)"),
            List.of("ratings", "without_dossier"));
    private static final RollupMerge AGENCY_DAY = new RollupMerge(
            "insight_rating_agency_day",
            List.of("on_day date", "agency_id bigint"),
            List.of("s1", "s2", "s3", "s4", "s5", "na", "rated", "sm", "sy", "syy", "smm", "sym"));
    private static final RollupMerge MONTH = new RollupMerge(
            "insight_rating_month",
            List.of("on_month date", "agency_id bigint"),
            List.of(
                    "s1",
                    "s2",
                    "s3",
                    "s4",
                    "s5",
                    "na",
                    "ratings",
                    "without_dossier",
                    "rated",
                    "sm",
                    "sy",
                    "syy",
                    "smm",
                    "sym"));

    /**
     * Adds the claimed ratings to the day, sums, count, agency-day and month rollups: the batch's ratings and answers
     * read in one query, summed in Java ({@link RatingBatchSums}) and written with one MERGE per table (VALUES of the
     * batch's distinct keys). Returns the rated dossiers of the batch, once each (their evaluation counts the rating).
     */
    public List<Long> count(long batch) {
        List<RatingBatchSums.Row> rows = jdbc.sql("""
                        select r.id, cast(r.created_at as date) on_day, r.agency_id,
                          coalesce(r.receiving_agency_id, r.agency_id) reception_agency_id, r.moment,
                          coalesce(r.desk_id, 0) desk_id, coalesce(r.officer_id, 0) officer_id,
                          coalesce(r.procedure_code, '') procedure_code, coalesce(r.field_code, '') field_code, r.channel,
                          r.dossier_id, x.item_code, x.score
                        from insight_rating_pending p join rating r on r.id = p.rating_id
                        left join rating_answer x on x.rating_id = r.id
                        where p.batch_id = :batch order by r.id""")
                .param("batch", batch)
                .query((rs, i) -> new RatingBatchSums.Row(
                        rs.getLong(1),
                        rs.getDate(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11) == null ? null : rs.getLong(11),
                        rs.getString(12),
                        rs.getObject(13) == null ? null : rs.getInt(13)))
                .list();
        RatingBatchSums sums = RatingBatchSums.of(rows);
        merge(DAY, sums.answers);
        merge(SUMS_DAY, sums.sums);
        merge(COUNT, sums.counts);
        merge(AGENCY_DAY, sums.agencyDays);
        merge(MONTH, sums.months);
        return List.copyOf(sums.dossiers);
    }

    /** Ends a batch: its ratings are counted. */
    public void delete(long batch) {
        jdbc.sql("delete from insight_rating_pending where batch_id = :batch")
                .param("batch", batch)
                .update();
    }

    /** Forgets every pending rating (the rebuild counts them from the raw rows). */
    public void clear() {
        jdbc.sql("delete from insight_rating_pending").update();
    }

    /** How many ratings wait to be counted. */
    public long waiting() {
        return jdbc.sql("select count(*) from insight_rating_pending")
                .query(Long.class)
                .single();
    }

    private void merge(RollupMerge table, RatingBatchSums.Table rows) {
        for (RollupMerge.Statement s : table.statements(rows)) {
            jdbc.sql(s.sql()).params(s.params()).update();
        }
    }
}
