package vn.hailong.insight.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the rollup tables: one MERGE per counted dossier, step or ballot-box opening (portable to H2 and
 * PostgreSQL, no ON CONFLICT; ratings are counted in batches by {@link PendingRatings}), and the rebuild from raw rows with the same keys (unknown desk / officer = 0, unknown
 * procedure / field = '').
 */
@Repository
public class RollupRepository {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    public RollupRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Rated dossiers: each one already returned counts one more rated dossier on its return day's row (the row exists:
     * the return counted it), unless it was rated before (a dossier is rated at reception and at the return, and
     * counts once): only those whose ratings are all in {@code dossierIds} (the transaction's, once per rating). One
     * query finds the returned ones among them (most are not); the day and month rows are then added to in two JDBC
     * batches (one round trip each), by as many as the dossiers they count. Returns how many counted.
     */
    public int addRated(List<Long> dossierIds) {
        record Key(Date day, long agency, long officer, String procedure) {}
        record Month(long agency, Date month) {}
        Map<Long, Long> times = dossierIds.stream()
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        List<Long> distinct = List.copyOf(times.keySet());
        Map<Key, Integer> days = new java.util.LinkedHashMap<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            jdbc
                    .sql("""
                    select cast(returned_at as date), agency_id, coalesce(handling_officer_id, 0), procedure_code, id,
                      (select count(*) from rating r where r.dossier_id = dossier.id)
                    from dossier where id in (:ids) and returned_at is not null""")
                    .param("ids", distinct.subList(from, Math.min(distinct.size(), from + 1000)))
                    .query((rs, i) -> rs.getLong(6) > times.get(rs.getLong(5))
                            ? null
                            : new Key(rs.getDate(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                    .list()
                    .stream()
                    .filter(java.util.Objects::nonNull)
                    .forEach(k -> days.merge(k, 1, Integer::sum));
        }
        if (days.isEmpty()) {
            return 0;
        }
        Map<Month, Integer> months = new java.util.LinkedHashMap<>();
        days.forEach((k, n) -> months.merge(
                new Month(k.agency(), Date.valueOf(k.day().toLocalDate().withDayOfMonth(1))), n, Integer::sum));
        batch.batchUpdate("""
                update insight_dossier_day set rated = rated + ?
                where on_day = ? and agency_id = ? and officer_id = ? and procedure_code = ?""", List.copyOf(days.entrySet()), 1000, (ps, e) -> {
            ps.setInt(1, e.getValue());
            ps.setDate(2, e.getKey().day());
            ps.setLong(3, e.getKey().agency());
            ps.setLong(4, e.getKey().officer());
            ps.setString(5, e.getKey().procedure());
        });
        batch.batchUpdate(
                "update insight_dossier_month set rated = rated + ? where agency_id = ? and on_month = ?",
                List.copyOf(months.entrySet()),
                1000,
                (ps, e) -> {
                    ps.setInt(1, e.getValue());
                    ps.setLong(2, e.getKey().agency());
                    ps.setDate(3, e.getKey().month());
                });
        return days.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Counts newly written dossiers (a bulk import's batch, by code): what {@link #rebuildDossiers} counts for them —
     * finished on the day resolved with their timeliness and processing days, returned (and rated) on the day returned
     * — added to the day and month rows in JDBC batches of MERGEs (one round trip per thousand rows). The dossiers are
     * read by their unique code alone (the agency's weekend in a subquery): joined with the agencies, PostgreSQL with
     * statistics from before the import's first batches scanned each agency's dossiers instead (0.3–0.9 ms per dossier).
     */
    public void addDossiers(List<String> codes, ProcessingDays days) {
        record Day(Date day, long agency, long officer, String procedure) {}
        record Month(Date month, long agency) {}
        Map<Day, long[]> byDay = new java.util.LinkedHashMap<>();
        Map<Month, long[]> byMonth = new java.util.LinkedHashMap<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            jdbc.sql("""
                    select d.agency_id, coalesce(d.handling_officer_id, 0), d.procedure_code, d.timeliness, d.received_at,
                      d.resolved_at, d.returned_at, (select a.weekend from agency a where a.id = d.agency_id) weekend,
                      case when exists (select 1 from rating r where r.dossier_id = d.id) then 1 else 0 end rated
                    from dossier d where d.code in (:codes)""")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .query(rs -> {
                        long agency = rs.getLong(1);
                        long officer = rs.getLong(2);
                        String procedure = rs.getString(3);
                        String timeliness = rs.getString(4);
                        var resolved = rs.getTimestamp(6);
                        var returned = rs.getTimestamp(7);
                        // finished, early, on_time, late, returned, rated, work_days
                        if (resolved != null && !"PENDING".equals(timeliness)) {
                            long[] add = new long[7];
                            add[0] = 1;
                            add[1] = "EARLY".equals(timeliness) ? 1 : 0;
                            add[2] = "ON_TIME".equals(timeliness) ? 1 : 0;
                            add[3] = "LATE".equals(timeliness) ? 1 : 0;
                            add[6] = Math.max(
                                    0,
                                    days.between(
                                            rs.getTimestamp(5).toLocalDateTime(),
                                            resolved.toLocalDateTime(),
                                            rs.getString(8)));
                            addTo(byDay, new Day(day(resolved), agency, officer, procedure), add);
                            addTo(byMonth, new Month(month(resolved), agency), add);
                        }
                        if (returned != null) {
                            long[] add = new long[7];
                            add[4] = 1;
                            add[5] = rs.getInt(9);
                            addTo(byDay, new Day(day(returned), agency, officer, procedure), add);
                            addTo(byMonth, new Month(month(returned), agency), add);
                        }
                    });
        }
        RatingBatchSums.Table dayRows = new RatingBatchSums.Table(DOSSIER_COUNTS.size());
        byDay.forEach((k, add) -> dayRows.add(List.of(k.day(), k.agency(), k.officer(), k.procedure()), 0, add));
        RatingBatchSums.Table monthRows = new RatingBatchSums.Table(DOSSIER_COUNTS.size());
        byMonth.forEach((k, add) -> monthRows.add(List.of(k.month(), k.agency()), 0, add));
        // one MERGE per thousand rollup rows (a JDBC batch of one MERGE per row cost 0.026 ms per imported dossier)
        for (RollupMerge table : List.of(DOSSIER_DAYS, DOSSIER_MONTHS)) {
            for (RollupMerge.Statement st : table.statements(table == DOSSIER_DAYS ? dayRows : monthRows)) {
                jdbc.sql(st.sql()).params(st.params()).update();
            }
        }
    }

    /** What a finished or returned dossier adds to its day's and month's rollup rows. */
    private static final List<String> DOSSIER_COUNTS =
            List.of("finished", "early", "on_time", "late", "returned", "rated", "work_days");

    private static final RollupMerge DOSSIER_DAYS = new RollupMerge(
            "insight_dossier_day",
            List.of("on_day date", "agency_id bigint", "officer_id bigint", "procedure_code varchar(40)"),
            DOSSIER_COUNTS);

    private static final RollupMerge DOSSIER_MONTHS =
            new RollupMerge("insight_dossier_month", List.of("on_month date", "agency_id bigint"), DOSSIER_COUNTS);

    private static <K> void addTo(Map<K, long[]> sums, K key, long[] add) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[add.length]);
        for (int i = 0; i < add.length; i++) {
            sum[i] += add[i];
        }
    }

    private static Date day(java.sql.Timestamp t) {
        return Date.valueOf(t.toLocalDateTime().toLocalDate());
    }

    private static Date month(java.sql.Timestamp t) {
        return Date.valueOf(t.toLocalDateTime().toLocalDate().withDayOfMonth(1));
    }

    /** Whether a dossier has a rating (one at most). */
    public boolean rated(long dossierId) {
        return jdbc.sql("select count(*) from rating where dossier_id = :id")
                        .param("id", dossierId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Adds a finished dossier (timeliness EARLY / ON_TIME / LATE) with its processing time in working days, or a
     * returned one ({@code returned}; {@code rated} when it already has a rating).
     */
    public void addDossier(
            LocalDate day,
            long agency,
            long officer,
            String procedure,
            String timeliness,
            boolean returned,
            boolean rated,
            int workDays) {
        int finished = returned ? 0 : 1;
        jdbc.sql("""
                merge into insight_dossier_day t
                using (select cast(:day as date) on_day, cast(:agency as bigint) agency_id, cast(:officer as bigint) officer_id,
                        cast(:procedure as varchar(40)) procedure_code) k
                on t.on_day = k.on_day and t.agency_id = k.agency_id and t.officer_id = k.officer_id
                   and t.procedure_code = k.procedure_code
                when matched then update set finished = t.finished + :finished, early = t.early + :early,
                   on_time = t.on_time + :onTime, late = t.late + :late, returned = t.returned + :returned, rated = t.rated + :rated,
                   work_days = t.work_days + :workDays
                when not matched then insert (on_day, agency_id, officer_id, procedure_code, finished, early, on_time, late, returned,
                   rated, work_days)
                   values (k.on_day, k.agency_id, k.officer_id, k.procedure_code, :finished, :early, :onTime, :late, :returned, :rated,
                   :workDays)""")
                .param("day", Date.valueOf(day))
                .param("agency", agency)
                .param("officer", officer)
                .param("procedure", procedure)
                .param("workDays", returned ? 0 : workDays)
                .param("finished", finished)
                .param("early", finished == 1 && "EARLY".equals(timeliness) ? 1 : 0)
                .param("onTime", finished == 1 && "ON_TIME".equals(timeliness) ? 1 : 0)
                .param("late", finished == 1 && "LATE".equals(timeliness) ? 1 : 0)
                .param("returned", returned ? 1 : 0)
                .param("rated", returned && rated ? 1 : 0)
                .update();
    }

    /** Recounts the agency days from the day rollups: of one agency and month, or (agency null) all of them. */
    public void recountRatingAgencyDays(Long agency, LocalDate month) {
        String only = agency == null ? "" : " where agency_id = :a and on_day between :f and :t";
        var delete = jdbc.sql("delete from insight_rating_agency_day" + only);
        var insert = jdbc.sql("""
                insert into insight_rating_agency_day (on_day, agency_id, s1, s2, s3, s4, s5, na, rated, sm, sy, syy, smm, sym)
                select on_day, agency_id, sum(s1), sum(s2), sum(s3), sum(s4), sum(s5), sum(na), sum(rated), sum(sm),
                  sum(sy), sum(syy), sum(smm), sum(sym) from (
                  select on_day, agency_id, s1, s2, s3, s4, s5, na, 0 rated, 0 sm, 0 sy, 0 syy, 0 smm, 0 sym
                  from insight_rating_day""" + only + """

                  union all
                  select on_day, agency_id, 0, 0, 0, 0, 0, 0, rated, sm, sy, syy, smm, sym
                  from insight_rating_sums_day""" + only + """

                ) x group by on_day, agency_id""");
        if (agency != null) {
            LocalDate first = month.withDayOfMonth(1);
            Date last = Date.valueOf(first.plusMonths(1).minusDays(1));
            delete = delete.param("a", agency).param("f", Date.valueOf(first)).param("t", last);
            insert = insert.param("a", agency).param("f", Date.valueOf(first)).param("t", last);
        }
        delete.update();
        insert.update();
    }

    /** Adds a finished (timeliness EARLY / ON_TIME / LATE) or a returned dossier to its agency's month. */
    public void addDossierMonth(
            LocalDate day, long agency, String timeliness, boolean returned, boolean rated, int workDays) {
        int finished = returned ? 0 : 1;
        jdbc.sql("""
                merge into insight_dossier_month t
                using (select cast(:month as date) on_month, cast(:agency as bigint) agency_id) k
                on t.agency_id = k.agency_id and t.on_month = k.on_month
                when matched then update set finished = t.finished + :finished, early = t.early + :early,
                   on_time = t.on_time + :onTime, late = t.late + :late, returned = t.returned + :returned, rated = t.rated + :rated,
                   work_days = t.work_days + :workDays
                when not matched then insert (on_month, agency_id, finished, early, on_time, late, returned, rated, work_days)
                   values (k.on_month, k.agency_id, :finished, :early, :onTime, :late, :returned, :rated, :workDays)""")
                .param("month", Date.valueOf(day.withDayOfMonth(1)))
                .param("agency", agency)
                .param("finished", finished)
                .param("workDays", returned ? 0 : workDays)
                .param("early", finished == 1 && "EARLY".equals(timeliness) ? 1 : 0)
                .param("onTime", finished == 1 && "ON_TIME".equals(timeliness) ? 1 : 0)
                .param("late", finished == 1 && "LATE".equals(timeliness) ? 1 : 0)
                .param("returned", returned ? 1 : 0)
                .param("rated", returned && rated ? 1 : 0)
                .update();
    }

    /** Recounts the rating months from the day rollups: of one agency and month, or (agency null) all of them. */
    public void recountRatingMonths(Long agency, LocalDate month) {
        String only = agency == null ? "" : " where agency_id = :a and on_day between :f and :t";
        var delete = jdbc.sql(
                "delete from insight_rating_month" + (agency == null ? "" : " where agency_id = :a and on_month = :f"));
        var insert = jdbc.sql("""
                insert into insight_rating_month (on_month, agency_id, s1, s2, s3, s4, s5, na, ratings, ballots, without_dossier,
                  rated, sm, sy, syy, smm, sym)
                select m, agency_id, sum(s1), sum(s2), sum(s3), sum(s4), sum(s5), sum(na), sum(ratings), sum(ballots),
                  sum(without_dossier), sum(rated), sum(sm), sum(sy), sum(syy), sum(smm), sum(sym) from (
                  select cast(date_trunc('month', on_day) as date) m, agency_id, s1, s2, s3, s4, s5, na, 0 ratings, 0 ballots,
                    0 without_dossier, 0 rated, 0 sm, 0 sy, 0 syy, 0 smm, 0 sym
                  from insight_rating_day""" + only + """

                  union all
                  select cast(date_trunc('month', on_day) as date), agency_id, 0, 0, 0, 0, 0, 0, ratings,
                    case when channel = 'BALLOT' then ratings else 0 end, without_dossier, 0, 0, 0, 0, 0, 0
                  from insight_rating_count""" + only + """

                  union all
                  select cast(date_trunc('month', on_day) as date), agency_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, rated, sm, sy,
                    syy, smm, sym
                  from insight_rating_sums_day""" + only + """

                ) x group by m, agency_id""");
        if (agency != null) {
            LocalDate first = month.withDayOfMonth(1);
            delete = delete.param("a", agency).param("f", Date.valueOf(first));
            insert = insert.param("a", agency)
                    .param("f", Date.valueOf(first))
                    .param("t", Date.valueOf(first.plusMonths(1).minusDays(1)));
        }
        delete.update();
        insert.update();
    }

    /** Recounts the dossier months from the day rollups, of every agency or of the agencies with these codes. */
    public void recountDossierMonths(Collection<String> agencyCodes) {
        if (agencyCodes != null && agencyCodes.isEmpty()) {
            return;
        }
        String only = agencyCodes == null ? "" : " where agency_id in (select id from agency where code in (:codes))";
        bind(jdbc.sql("delete from insight_dossier_month" + only), agencyCodes).update();
        bind(jdbc.sql("""
                insert into insight_dossier_month (on_month, agency_id, finished, early, on_time, late, returned, rated, work_days)
                select cast(date_trunc('month', on_day) as date), agency_id, sum(finished), sum(early), sum(on_time), sum(late), sum(returned),
                  sum(rated), sum(work_days)
                from insight_dossier_day""" + only + """

                group by cast(date_trunc('month', on_day) as date), agency_id"""), agencyCodes).update();
    }

    /** Replaces the ballot-box rows (channel BALLOT) of one agency and month. */
    public void replaceBallots(BallotRollup b) {
        jdbc.sql("delete from insight_rating_day where channel = 'BALLOT' and agency_id = :a and on_day = :d")
                .param("a", b.agencyId())
                .param("d", Date.valueOf(b.day()))
                .update();
        jdbc.sql("delete from insight_rating_count where channel = 'BALLOT' and agency_id = :a and on_day = :d")
                .param("a", b.agencyId())
                .param("d", Date.valueOf(b.day()))
                .update();
        b.desks()
                .forEach((desk, items) -> items.forEach((item, s) -> jdbc.sql("""
                insert into insight_rating_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                  item_code, s1, s2, s3, s4, s5, na) values (:d, :a, :desk, 0, '', '', 'BALLOT', :item, :s1, :s2, :s3, :s4, :s5, 0)""")
                        .param("d", Date.valueOf(b.day()))
                        .param("a", b.agencyId())
                        .param("desk", desk)
                        .param("item", item)
                        .param("s1", s[1])
                        .param("s2", s[2])
                        .param("s3", s[3])
                        .param("s4", s[4])
                        .param("s5", s[5])
                        .update()));
        jdbc.sql("delete from insight_rating_sums_day where channel = 'BALLOT' and agency_id = :a and on_day = :d")
                .param("a", b.agencyId())
                .param("d", Date.valueOf(b.day()))
                .update();
        b.sums()
                .forEach((desk, s) -> jdbc.sql("""
                insert into insight_rating_sums_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                  rated, sm, sy, syy, smm, sym) values (:d, :a, :desk, 0, '', '', 'BALLOT', :r, :sm, :sy, :syy, :smm, :sym)""")
                        .param("d", Date.valueOf(b.day()))
                        .param("a", b.agencyId())
                        .param("desk", desk)
                        .param("r", s.rated())
                        .param("sm", s.sm())
                        .param("sy", s.sy())
                        .param("syy", s.syy())
                        .param("smm", s.smm())
                        .param("sym", s.sym())
                        .update());
        long ratings = b.ratings();
        if (ratings > 0) {
            jdbc.sql(
                            "insert into insight_rating_count (on_day, agency_id, officer_id, channel, ratings) values (:d, :a, 0, 'BALLOT', :n)")
                    .param("d", Date.valueOf(b.day()))
                    .param("a", b.agencyId())
                    .param("n", ratings)
                    .update();
        }
    }

    /** Adds one finished processing step (timeliness EARLY / ON_TIME / LATE) to its agency, officer and day. */
    public void addStep(LocalDate day, long agency, long officer, String timeliness) {
        jdbc.sql("""
                merge into insight_step_day t
                using (select cast(:day as date) on_day, cast(:agency as bigint) agency_id, cast(:officer as bigint) officer_id) k
                on t.agency_id = k.agency_id and t.on_day = k.on_day and t.officer_id = k.officer_id
                when matched then update set finished = t.finished + 1, early = t.early + :early, on_time = t.on_time + :onTime,
                   late = t.late + :late
                when not matched then insert (on_day, agency_id, officer_id, finished, early, on_time, late)
                   values (k.on_day, k.agency_id, k.officer_id, 1, :early, :onTime, :late)""")
                .param("day", Date.valueOf(day))
                .param("agency", agency)
                .param("officer", officer)
                .param("early", "EARLY".equals(timeliness) ? 1 : 0)
                .param("onTime", "ON_TIME".equals(timeliness) ? 1 : 0)
                .param("late", "LATE".equals(timeliness) ? 1 : 0)
                .update();
    }

    /** Recomputes the step rollup from the raw finished steps. */
    public void rebuildSteps() {
        jdbc.sql("delete from insight_step_day").update();
        jdbc.sql("""
                insert into insight_step_day (on_day, agency_id, officer_id, finished, early, on_time, late)
                select cast(finished_at as date), agency_id, coalesce(officer_id, 0), count(*),
                  sum(case when timeliness = 'EARLY' then 1 else 0 end), sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
                  sum(case when timeliness = 'LATE' then 1 else 0 end)
                from dossier_step where finished_at is not null and timeliness in ('EARLY', 'ON_TIME', 'LATE')
                group by cast(finished_at as date), agency_id, coalesce(officer_id, 0)""").update();
    }

    /** Recomputes the rating rollups from the raw ratings. */
    public void rebuildRatings() {
        jdbc.sql("delete from insight_rating_day").update();
        jdbc.sql("delete from insight_rating_count").update();
        jdbc.sql("delete from insight_rating_sums_day").update();
        jdbc.sql("""
                insert into insight_rating_sums_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                  rated, sm, sy, syy, smm, sym)
                """ + PendingRatings.sumsByDay(PendingRatings.ALL)).update();
        jdbc.sql("""
                insert into insight_rating_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
                  item_code, s1, s2, s3, s4, s5, na)
                """ + PendingRatings.answersByDay(PendingRatings.ALL)).update();
        jdbc.sql("insert into insight_rating_count (on_day, agency_id, officer_id, channel, ratings, without_dossier) "
                        + PendingRatings.ratingsByDay(PendingRatings.ALL))
                .update();
    }

    /** Recomputes the dossier rollups from the raw dossiers, of every agency or of the agencies with these codes. */
    public void rebuildDossiers(Collection<String> agencyCodes, ProcessingDays days) {
        String only = agencyCodes == null ? "" : " and d.agency_id in (select id from agency where code in (:codes))";
        String onlyRollup =
                agencyCodes == null ? "" : " where agency_id in (select id from agency where code in (:codes))";
        if (agencyCodes != null && agencyCodes.isEmpty()) {
            return;
        }
        bind(jdbc.sql("delete from insight_dossier_day" + onlyRollup), agencyCodes)
                .update();
        bind(jdbc.sql("""
                insert into insight_dossier_day (on_day, agency_id, officer_id, procedure_code, finished, early, on_time, late, returned,
                  rated)
                select on_day, agency_id, officer_id, procedure_code, sum(finished), sum(early), sum(on_time), sum(late), sum(returned),
                  sum(rated)
                from (
                  select cast(d.resolved_at as date) on_day, d.agency_id, coalesce(d.handling_officer_id, 0) officer_id,
                    d.procedure_code, 1 finished, case when d.timeliness = 'EARLY' then 1 else 0 end early,
                    case when d.timeliness = 'ON_TIME' then 1 else 0 end on_time,
                    case when d.timeliness = 'LATE' then 1 else 0 end late, 0 returned, 0 rated
                  from dossier d where d.resolved_at is not null and d.timeliness <> 'PENDING'""" + only + """

                  union all
                  select cast(d.returned_at as date), d.agency_id, coalesce(d.handling_officer_id, 0), d.procedure_code,
                    0, 0, 0, 0, 1, case when exists (select 1 from rating r where r.dossier_id = d.id) then 1 else 0 end
                  from dossier d where d.returned_at is not null""" + only + """

                ) x group by on_day, agency_id, officer_id, procedure_code"""), agencyCodes).update();
        rebuildWorkDays(agencyCodes, days);
    }

    /** The receipt time and the agency's weekend of a dossier, to count its processing days when it is resolved. */
    public java.util.Optional<Receipt> receipt(long dossierId) {
        return jdbc.sql(
                        "select d.received_at, a.weekend from dossier d join agency a on a.id = d.agency_id where d.id = :id")
                .param("id", dossierId)
                .query((rs, i) -> new Receipt(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2)))
                .optional();
    }

    public record Receipt(java.time.LocalDateTime receivedAt, String weekend) {}

    /**
     * Sets the processing days of the day rollups from the raw finished dossiers: counted in Java (holidays and
     * swaps are not in SQL), one agency at a time (one query each), so memory holds one agency's dossiers and
     * rollup keys, not the country's.
     */
    private void rebuildWorkDays(Collection<String> agencyCodes, ProcessingDays days) {
        List<Long> agencies = bind(
                        jdbc.sql("select id from agency" + (agencyCodes == null ? "" : " where code in (:codes)")
                                + " order by id"),
                        agencyCodes)
                .query(Long.class)
                .list();
        Map<List<Object>, Long> sums = new HashMap<>();
        for (long agency : agencies) {
            jdbc.sql("""
                    select cast(d.resolved_at as date) on_day, coalesce(d.handling_officer_id, 0) officer_id, d.procedure_code,
                      d.received_at, d.resolved_at, a.weekend
                    from dossier d join agency a on a.id = d.agency_id
                    where d.agency_id = :a and d.resolved_at is not null and d.timeliness <> 'PENDING'""").param("a", agency).query(rs -> {
                int n = days.between(
                        rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime(), rs.getString(6));
                if (n > 0) {
                    sums.merge(List.of(rs.getDate(1), agency, rs.getLong(2), rs.getString(3)), (long) n, Long::sum);
                }
            });
            writeWorkDays(sums);
        }
    }

    private void writeWorkDays(Map<List<Object>, Long> sums) {
        sums.forEach((k, n) -> jdbc.sql("""
                update insight_dossier_day set work_days = :n
                where on_day = :d and agency_id = :a and officer_id = :o and procedure_code = :p""")
                .param("n", n)
                .param("d", k.get(0))
                .param("a", k.get(1))
                .param("o", k.get(2))
                .param("p", k.get(3))
                .update());
        sums.clear();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Collection<String> codes) {
        return codes == null ? spec : spec.param("codes", codes);
    }
}
