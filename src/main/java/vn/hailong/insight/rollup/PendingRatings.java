package vn.hailong.insight.rollup;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ratings stored but not yet counted in the rating rollups ({@code insight_rating_pending}), and the set-based
 * counting of a batch of them. The aggregates are the rebuild's own ({@link #answersByDay}, {@link #ratingsByDay}),
 * over the batch instead of every rating, so that counting in batches and rebuilding cannot disagree.
 */
@Repository
public class PendingRatings {

    /** From a batch: the pending rows claimed by {@code :batch}, their ratings (alias r). */
    static final String BATCH = """
            insight_rating_pending p join rating r on r.id = p.rating_id and p.batch_id = :batch""";

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

    /** The agency an answer counts for (alias r the rating, x the answer): see {@link #RECEPTION_ITEMS}. */
    private static final String ANSWER_AGENCY = "case when x.item_code in ("
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

    /** Adds the claimed ratings to the day, count, month and agency-day rollups, one MERGE each. */
    public void count(long batch) {
        jdbc.sql("""
                merge into insight_rating_day t using (%s) k
                on t.on_day = k.on_day and t.agency_id = k.agency_id and t.desk_id = k.desk_id and t.officer_id = k.officer_id
                   and t.procedure_code = k.procedure_code and t.field_code = k.field_code and t.channel = k.channel
                   and t.item_code = k.item_code
                when matched then update set s1 = t.s1 + k.s1, s2 = t.s2 + k.s2, s3 = t.s3 + k.s3, s4 = t.s4 + k.s4,
                   s5 = t.s5 + k.s5, na = t.na + k.na
                when not matched then insert (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                   item_code, s1, s2, s3, s4, s5, na)
                   values (k.on_day, k.agency_id, k.desk_id, k.officer_id, k.procedure_code, k.field_code, k.channel,
                   k.item_code, k.s1, k.s2, k.s3, k.s4, k.s5, k.na)""".formatted(answersByDay(BATCH))).param("batch", batch).update();
        jdbc.sql("""
                merge into insight_rating_sums_day t using (%s) k
                on t.on_day = k.on_day and t.agency_id = k.agency_id and t.desk_id = k.desk_id and t.officer_id = k.officer_id
                   and t.procedure_code = k.procedure_code and t.field_code = k.field_code and t.channel = k.channel
                when matched then update set rated = t.rated + k.rated, sm = t.sm + k.sm, sy = t.sy + k.sy,
                   syy = t.syy + k.syy, smm = t.smm + k.smm, sym = t.sym + k.sym
                when not matched then insert (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                   rated, sm, sy, syy, smm, sym)
                   values (k.on_day, k.agency_id, k.desk_id, k.officer_id, k.procedure_code, k.field_code, k.channel,
                   k.rated, k.sm, k.sy, k.syy, k.smm, k.sym)""".formatted(sumsByDay(BATCH))).param("batch", batch).update();
        jdbc.sql("""
                merge into insight_rating_count t using (%s) k
                on t.on_day = k.on_day and t.agency_id = k.agency_id and t.officer_id = k.officer_id and t.channel = k.channel
                when matched then update set ratings = t.ratings + k.ratings, without_dossier = t.without_dossier + k.without_dossier
                when not matched then insert (on_day, agency_id, officer_id, channel, ratings, without_dossier)
                   values (k.on_day, k.agency_id, k.officer_id, k.channel, k.ratings, k.without_dossier)""".formatted(ratingsByDay(BATCH))).param("batch", batch).update();
        jdbc.sql("""
                merge into insight_rating_agency_day t using (
                  select on_day, agency_id, sum(s1) s1, sum(s2) s2, sum(s3) s3, sum(s4) s4, sum(s5) s5, sum(na) na,
                    sum(rated) rated, sum(sm) sm, sum(sy) sy, sum(syy) syy, sum(smm) smm, sum(sym) sym from (
                    select on_day, agency_id, s1, s2, s3, s4, s5, na, 0 rated, 0 sm, 0 sy, 0 syy, 0 smm, 0 sym from (%s) a
                    union all
                    select on_day, agency_id, 0, 0, 0, 0, 0, 0, rated, sm, sy, syy, smm, sym from (%s) b
                  ) x group by on_day, agency_id) k
                on t.agency_id = k.agency_id and t.on_day = k.on_day
                when matched then update set s1 = t.s1 + k.s1, s2 = t.s2 + k.s2, s3 = t.s3 + k.s3, s4 = t.s4 + k.s4,
                   s5 = t.s5 + k.s5, na = t.na + k.na, rated = t.rated + k.rated, sm = t.sm + k.sm, sy = t.sy + k.sy,
                   syy = t.syy + k.syy, smm = t.smm + k.smm, sym = t.sym + k.sym
                when not matched then insert (on_day, agency_id, s1, s2, s3, s4, s5, na, rated, sm, sy, syy, smm, sym)
                   values (k.on_day, k.agency_id, k.s1, k.s2, k.s3, k.s4, k.s5, k.na, k.rated, k.sm, k.sy, k.syy, k.smm,
                   k.sym)""".formatted(answersByDay(BATCH), sumsByDay(BATCH)))
                .param("batch", batch)
                .update();
        jdbc.sql("""
                merge into insight_rating_month t using (
                  select cast(date_trunc('month', on_day) as date) on_month, agency_id, sum(s1) s1, sum(s2) s2, sum(s3) s3,
                    sum(s4) s4, sum(s5) s5, sum(na) na, sum(ratings) ratings, sum(without_dossier) without_dossier,
                    sum(rated) rated, sum(sm) sm, sum(sy) sy, sum(syy) syy, sum(smm) smm, sum(sym) sym from (
                    select on_day, agency_id, s1, s2, s3, s4, s5, na, 0 ratings, 0 without_dossier, 0 rated, 0 sm, 0 sy,
                      0 syy, 0 smm, 0 sym from (%s) a
                    union all
                    select on_day, agency_id, 0, 0, 0, 0, 0, 0, ratings, without_dossier, 0, 0, 0, 0, 0, 0 from (%s) c
                    union all
                    select on_day, agency_id, 0, 0, 0, 0, 0, 0, 0, 0, rated, sm, sy, syy, smm, sym from (%s) b
                  ) x group by cast(date_trunc('month', on_day) as date), agency_id) k
                on t.agency_id = k.agency_id and t.on_month = k.on_month
                when matched then update set s1 = t.s1 + k.s1, s2 = t.s2 + k.s2, s3 = t.s3 + k.s3, s4 = t.s4 + k.s4, s5 = t.s5 + k.s5,
                   na = t.na + k.na, ratings = t.ratings + k.ratings, without_dossier = t.without_dossier + k.without_dossier,
                   rated = t.rated + k.rated, sm = t.sm + k.sm, sy = t.sy + k.sy, syy = t.syy + k.syy, smm = t.smm + k.smm,
                   sym = t.sym + k.sym
                when not matched then insert (on_month, agency_id, s1, s2, s3, s4, s5, na, ratings, ballots, without_dossier,
                   rated, sm, sy, syy, smm, sym)
                   values (k.on_month, k.agency_id, k.s1, k.s2, k.s3, k.s4, k.s5, k.na, k.ratings, 0, k.without_dossier,
                   k.rated, k.sm, k.sy, k.syy, k.smm, k.sym)""".formatted(answersByDay(BATCH), ratingsByDay(BATCH), sumsByDay(BATCH)))
                .param("batch", batch)
                .update();
    }

    /** The dossiers rated in the batch (their Decree 61 scores count the rating). */
    public List<Long> ratedDossiers(long batch) {
        return jdbc.sql("select r.dossier_id from " + BATCH + " where r.dossier_id is not null")
                .param("batch", batch)
                .query(Long.class)
                .list();
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
}
