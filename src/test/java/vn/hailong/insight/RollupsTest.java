package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.ballot.BallotCounted;
import vn.hailong.ballot.BallotResult;
import vn.hailong.dossier.DossierMoved;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.Timeliness;
import vn.hailong.insight.rollup.BallotTallies;
import vn.hailong.rating.Answer;
import vn.hailong.rating.RatingReceived;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Random ratings (some of a dossier, rated before or after its return), dossier events and ballot-box tallies
 * (one amended after closing), counted one by one through the listeners, give exactly the rows
 * of an aggregate computed from scratch in Java, and exactly what the rebuild from raw rows gives.
 */
class RollupsTest {

    private static final String[] CHANNELS = {"QR", "KIOSK", "WEB", "PAPER"};
    private static final String[] ITEMS = {"RESULT", "CONDUCT", "FEES"};
    private static final Timeliness[] FINISHED = {Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE};

    private final Map<String, int[]> answers = new TreeMap<>();
    private final Map<String, int[]> ratingCounts = new TreeMap<>();
    private final Map<String, int[]> dossierCounts = new TreeMap<>();

    static Stream<Arguments> cases() {
        return Databases.all().stream().flatMap(db -> Stream.of(1L, 7L, 2026L).map(seed -> Arguments.of(db, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void incrementalRollupsEqualAnAggregateFromScratch(Db db, long seed) {
        JdbcClient jdbc = db.jdbc();
        Random random = new Random(seed);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<BallotResult> tallies = new ArrayList<>();
        BallotTallies source = (scope, from, to) -> tallies.stream()
                .filter(t -> scope.all() || scope.agencyIds().contains(t.agencyId()))
                .filter(t -> YearMonth.parse(t.month()).compareTo(from) >= 0
                        && YearMonth.parse(t.month()).compareTo(to) <= 0)
                .toList();
        Rollups rollups = TestRollups.of(db, source, RollupsTest::weekdays);
        ensureProcedures(jdbc);
        List<Long> agencies = new ArrayList<>();
        List<List<Long>> desks = new ArrayList<>();
        List<List<Long>> officers = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            long agency = insert(
                    jdbc,
                    "insert into agency (code, name, kind, unit_code, province_code) values ('ru-" + tag + "-" + a
                            + "', 'UBND xã thử " + a + "', 'COMMUNE_PC', '9" + a + "', '99')");
            agencies.add(agency);
            List<Long> ds = new ArrayList<>();
            List<Long> os = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                long desk =
                        insert(jdbc, "insert into desk (agency_id, name) values (" + agency + ", 'Quầy " + k + "')");
                ds.add(desk);
                os.add(insert(
                        jdbc,
                        "insert into officer (agency_id, desk_id, full_name) values (" + agency + ", " + desk
                                + ", 'Cán bộ " + k + "')"));
            }
            desks.add(ds);
            officers.add(os);
        }
        LocalDate first = LocalDate.of(2026, 3, 2);

        // in transactions of 25 ratings: each batch then counts many ratings, several of them on the same rollup rows
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        for (int chunk = 0; chunk < 150; chunk += 25) {
            int from = chunk;
            tx.executeWithoutResult(s -> {
                for (int i = from; i < from + 25; i++) {
                    int a = random.nextInt(3);
                    rate(
                            jdbc,
                            rollups,
                            random,
                            tag + "-" + i,
                            null,
                            agencies.get(a),
                            desks.get(a),
                            officers.get(a),
                            first);
                }
            });
        }
        assertThat(jdbc.sql("select count(*) from insight_rating_pending")
                        .query(Long.class)
                        .single())
                .as("counted after commit")
                .isZero();

        for (int i = 0; i < 120; i++) {
            int a = random.nextInt(3);
            long agency = agencies.get(a);
            Long officer = random.nextInt(5) == 0 ? null : officers.get(a).get(random.nextInt(2));
            String procedure = "RU-P" + random.nextInt(2);
            LocalDateTime received = first.minusDays(5).atTime(8, 0);
            boolean resolved = random.nextInt(5) > 0;
            boolean returned = resolved && random.nextBoolean();
            LocalDateTime resolvedAt =
                    resolved ? first.plusDays(random.nextInt(4)).atTime(9 + random.nextInt(8), 0) : null;
            LocalDateTime returnedAt =
                    returned ? resolvedAt.plusDays(random.nextInt(2)).plusHours(1) : null;
            Timeliness timeliness = resolved ? FINISHED[random.nextInt(3)] : Timeliness.PENDING;
            long id = insert(
                    jdbc,
                    "insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,"
                            + " handling_officer_id, received_at, due_at, original_due_at, resolved_at, returned_at, timeliness, created_at)"
                            + " values ('ru-" + tag + "-" + i + "', " + agency + ", '" + procedure + "', 'RU-F', 1, "
                            + (returned ? 10 : resolved ? 9 : 4) + ", 'Người thử', " + officer + ", " + ts(received)
                            + ", " + ts(received)
                            + ", " + ts(received) + ", " + ts(resolvedAt) + ", null, '" + timeliness + "', "
                            + ts(received) + ")");
            // a third of the dossiers are rated: before their return (the return counts it) or after (the rating does)
            int rating = random.nextInt(6);
            if (rating == 0) {
                rate(jdbc, rollups, random, tag + "-d" + i, id, agency, desks.get(a), officers.get(a), first);
            }
            long o = officer == null ? 0 : officer;
            if (resolved) {
                int[] c = dossierCounts.computeIfAbsent(
                        String.join("|", resolvedAt.toLocalDate().toString(), "" + agency, "" + o, procedure),
                        k -> new int[7]);
                c[0]++;
                c[1 + List.of(FINISHED).indexOf(timeliness)]++;
                c[5] += weekdays(received, resolvedAt, "SATURDAY,SUNDAY");
                rollups.on(new DossierMoved(
                        id, "x", agency, officer, procedure, EventType.RESOLVED, resolvedAt, timeliness));
            }
            if (returned) {
                int[] c = dossierCounts.computeIfAbsent(
                        String.join("|", returnedAt.toLocalDate().toString(), "" + agency, "" + o, procedure),
                        k -> new int[7]);
                c[4]++;
                c[6] += rating < 2 ? 1 : 0;
                jdbc.sql("update dossier set returned_at = ? where id = ?")
                        .params(Timestamp.valueOf(returnedAt), id)
                        .update();
                rollups.on(new DossierMoved(
                        id, "x", agency, officer, procedure, EventType.RETURNED, returnedAt, timeliness));
            }
            if (rating == 1) {
                rate(jdbc, rollups, random, tag + "-d" + i, id, agency, desks.get(a), officers.get(a), first);
            }
        }

        // ballot-box openings of March and April, closed (counted), one of them amended afterwards (recounted, not
        // added)
        for (YearMonth month : List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4))) {
            for (int a = 0; a < 3; a++) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                long agency = agencies.get(a);
                for (Long desk : List.of(desks.get(a).get(0), 0L)) {
                    for (String item : ITEMS) {
                        for (int level = 1; level <= 5; level++) {
                            tallies.add(new BallotResult(
                                    agency,
                                    desk == 0 ? null : desk,
                                    month.toString(),
                                    item,
                                    level,
                                    random.nextInt(20)));
                        }
                    }
                }
                rollups.on(new BallotCounted(agency, month));
            }
        }
        if (!tallies.isEmpty()) {
            BallotResult amended = tallies.get(0);
            tallies.set(
                    0,
                    new BallotResult(
                            amended.agencyId(),
                            amended.deskId(),
                            amended.month(),
                            amended.item(),
                            amended.level(),
                            amended.count() + 7));
            rollups.on(new BallotCounted(amended.agencyId(), YearMonth.parse(amended.month())));
        }
        Map<String, int[]> ballotDesks = new TreeMap<>();
        for (BallotResult t : tallies) {
            String day = YearMonth.parse(t.month()).atEndOfMonth().toString();
            String desk = "" + (t.deskId() == null ? 0 : t.deskId());
            answers.computeIfAbsent(
                                    String.join("|", day, "" + t.agencyId(), desk, "0", "", "", "BALLOT", t.item()),
                                    k -> new int[6])[t.level()] +=
                    t.count();
            ballotDesks.computeIfAbsent(String.join("|", day, "" + t.agencyId(), desk, t.item()), k -> new int[1])[0] +=
                    t.count();
        }
        Map<String, Integer> perDesk = new TreeMap<>();
        ballotDesks.forEach((k, c) -> perDesk.merge(k.substring(0, k.lastIndexOf('|')), c[0], Math::max));
        perDesk.forEach((k, max) -> {
            String[] p = k.split("\\|");
            if (max > 0) {
                ratingCounts.computeIfAbsent(String.join("|", p[0], p[1], "0", "BALLOT"), x -> new int[2])[0] += max;
            }
        });

        List<String> expectedAnswers = lines(answers, new int[] {1, 2, 3, 4, 5, 0});
        List<String> expectedRatings = lines(ratingCounts, new int[] {0, 1});
        List<String> expectedDossiers = lines(dossierCounts, new int[] {0, 1, 2, 3, 4, 5, 6});
        assertThat(expectedDossiers).anyMatch(l -> !l.endsWith("|0"));
        assertThat(expectedRatings).anyMatch(l -> l.endsWith("|0") && !l.contains("BALLOT"));
        assertThat(answerRows(jdbc, agencies)).containsExactlyElementsOf(expectedAnswers);
        assertThat(ratingRows(jdbc, agencies)).containsExactlyElementsOf(expectedRatings);
        assertThat(dossierRows(jdbc, agencies)).containsExactlyElementsOf(expectedDossiers);

        List<String> expectedRatingMonths = ratingMonths(expectedAnswers, expectedRatings);
        List<String> expectedDossierMonths = dossierMonths(expectedDossiers);
        assertThat(monthRows(jdbc, agencies, "insight_rating_month")).containsExactlyElementsOf(expectedRatingMonths);
        assertThat(monthRows(jdbc, agencies, "insight_dossier_month")).containsExactlyElementsOf(expectedDossierMonths);
        List<String> expectedAgencyDays = agencyDays(expectedAnswers);
        assertThat(agencyDayRows(jdbc, agencies)).containsExactlyElementsOf(expectedAgencyDays);

        rollups.recompute();
        assertThat(agencyDayRows(jdbc, agencies)).containsExactlyElementsOf(expectedAgencyDays);
        assertThat(monthRows(jdbc, agencies, "insight_rating_month")).containsExactlyElementsOf(expectedRatingMonths);
        assertThat(monthRows(jdbc, agencies, "insight_dossier_month")).containsExactlyElementsOf(expectedDossierMonths);
        assertThat(answerRows(jdbc, agencies)).containsExactlyElementsOf(expectedAnswers);
        assertThat(ratingRows(jdbc, agencies)).containsExactlyElementsOf(expectedRatings);
        assertThat(dossierRows(jdbc, agencies)).containsExactlyElementsOf(expectedDossiers);

        // V24 counted its new columns once from the raw rows of populated databases: it gives the figures kept since
        // (run here on every row, in a transaction rolled back, so that other tests' rows stay as they are)
        tx.executeWithoutResult(t -> {
            jdbc.sql("update insight_dossier_day set rated = 0").update();
            jdbc.sql("update insight_dossier_month set rated = 0").update();
            jdbc.sql("update insight_rating_count set without_dossier = 0").update();
            jdbc.sql("update insight_rating_month set ballots = 0, without_dossier = 0")
                    .update();
            List<String> backfill = backfill("V24__alerts_response_stratum.sql");
            assertThat(backfill).hasSize(4);
            backfill.forEach(sql -> jdbc.sql(sql).update());
            assertThat(dossierRows(jdbc, agencies)).containsExactlyElementsOf(expectedDossiers);
            assertThat(ratingRows(jdbc, agencies)).containsExactlyElementsOf(expectedRatings);
            assertThat(monthRows(jdbc, agencies, "insight_rating_month"))
                    .containsExactlyElementsOf(expectedRatingMonths);
            assertThat(monthRows(jdbc, agencies, "insight_dossier_month"))
                    .containsExactlyElementsOf(expectedDossierMonths);
            t.setRollbackOnly();
        });
    }

    /** The update statements of a migration that fill the rollups' columns it adds. */
    private static List<String> backfill(String migration) {
        return statements(migration, "update insight_");
    }

    /** The statements of a migration that start with one of {@code starts}, in their order. */
    static List<String> statements(String migration, String... starts) {
        try (var in = RollupsTest.class.getResourceAsStream("/db/migration/" + migration)) {
            String text =
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Stream.of(text.split(";"))
                    .map(String::strip)
                    .filter(sql -> Stream.of(starts).anyMatch(sql::startsWith))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stores a random rating (of a dossier, or of none), counts it through the listener and in the expected maps. */
    private void rate(
            JdbcClient jdbc,
            Rollups rollups,
            Random random,
            String key,
            Long dossier,
            long agency,
            List<Long> desks,
            List<Long> officers,
            LocalDate first) {
        Long desk = random.nextInt(4) == 0 ? null : desks.get(random.nextInt(2));
        Long officer = random.nextInt(4) == 0 ? null : officers.get(random.nextInt(2));
        String procedure = random.nextInt(5) == 0 ? null : "RU-P" + random.nextInt(2);
        String field = procedure == null ? null : "RU-F";
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        LocalDateTime at = first.plusDays(random.nextInt(4)).atTime(7 + random.nextInt(14), random.nextInt(60));
        List<Answer> given = new ArrayList<>();
        for (String item : ITEMS) {
            if (random.nextInt(3) > 0) {
                given.add(new Answer(item, random.nextInt(6) == 0 ? null : 1 + random.nextInt(5)));
            }
        }
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, dossier_id, form_code, channel, instrument, agency_id, desk_id,"
                        + " officer_id, procedure_code, field_code, unit_code, created_at) values ('ru-" + key + "', "
                        + dossier + ", 'EIGHT', '"
                        + channel + "', 'FIVE_LEVEL', " + agency + ", " + desk + ", " + officer + ", "
                        + quote(procedure) + ", " + quote(field)
                        + ", '90', timestamp '" + Timestamp.valueOf(at) + "')");
        for (Answer x : given) {
            jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                    .params(id, x.item(), x.score())
                    .update();
            int[] counts = answers.computeIfAbsent(
                    String.join(
                            "|",
                            at.toLocalDate().toString(),
                            "" + agency,
                            "" + (desk == null ? 0 : desk),
                            "" + (officer == null ? 0 : officer),
                            procedure == null ? "" : procedure,
                            field == null ? "" : field,
                            channel,
                            x.item()),
                    k -> new int[6]);
            counts[x.score() == null ? 0 : x.score()]++;
        }
        int[] c = ratingCounts.computeIfAbsent(
                String.join(
                        "|", at.toLocalDate().toString(), "" + agency, "" + (officer == null ? 0 : officer), channel),
                k -> new int[2]);
        c[0]++;
        c[1] += dossier == null ? 1 : 0;
        rollups.on(new RatingReceived(
                id,
                dossier,
                null,
                agency,
                officer,
                channel,
                false,
                null,
                at,
                "90",
                desk,
                procedure,
                field,
                "EIGHT",
                "FIVE_LEVEL",
                given));
    }

    /** The month rows implied by the day rows: month|agency|s1..s5|na|ratings|ballots|without dossier. */
    private static List<String> ratingMonths(List<String> answers, List<String> ratings) {
        Map<String, long[]> months = new TreeMap<>();
        for (String a : answers) {
            String[] p = a.split("\\|", -1);
            long[] m = months.computeIfAbsent(p[0].substring(0, 7) + "-01|" + p[1], k -> new long[9]);
            for (int i = 0; i < 6; i++) {
                m[i] += Long.parseLong(p[8 + i]);
            }
        }
        for (String r : ratings) {
            String[] p = r.split("\\|", -1);
            long[] m = months.computeIfAbsent(p[0].substring(0, 7) + "-01|" + p[1], k -> new long[9]);
            m[6] += Long.parseLong(p[4]);
            m[7] += p[3].equals("BALLOT") ? Long.parseLong(p[4]) : 0;
            m[8] += Long.parseLong(p[5]);
        }
        List<String> out = new ArrayList<>();
        months.forEach((k, m) -> out.add(k + "|" + m[0] + "|" + m[1] + "|" + m[2] + "|" + m[3] + "|" + m[4] + "|" + m[5]
                + "|" + m[6] + "|" + m[7] + "|" + m[8]));
        return out.stream().sorted().toList();
    }

    /** The agency-day rows implied by the day rows: day|agency|s1..s5|na. */
    private static List<String> agencyDays(List<String> answers) {
        Map<String, long[]> days = new TreeMap<>();
        for (String a : answers) {
            String[] p = a.split("\\|", -1);
            long[] d = days.computeIfAbsent(p[0] + "|" + p[1], k -> new long[6]);
            for (int i = 0; i < 6; i++) {
                d[i] += Long.parseLong(p[8 + i]);
            }
        }
        List<String> out = new ArrayList<>();
        days.forEach(
                (k, d) -> out.add(k + "|" + d[0] + "|" + d[1] + "|" + d[2] + "|" + d[3] + "|" + d[4] + "|" + d[5]));
        return out.stream().sorted().toList();
    }

    private static List<String> agencyDayRows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("select * from insight_rating_agency_day where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> rs.getDate("on_day").toLocalDate() + "|" + rs.getLong("agency_id") + "|"
                        + rs.getLong("s1") + "|" + rs.getLong("s2") + "|" + rs.getLong("s3") + "|" + rs.getLong("s4")
                        + "|" + rs.getLong("s5") + "|" + rs.getLong("na"))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> dossierMonths(List<String> dossiers) {
        Map<String, long[]> months = new TreeMap<>();
        for (String d : dossiers) {
            String[] p = d.split("\\|", -1);
            long[] m = months.computeIfAbsent(p[0].substring(0, 7) + "-01|" + p[1], k -> new long[7]);
            for (int i = 0; i < 7; i++) {
                m[i] += Long.parseLong(p[4 + i]);
            }
        }
        List<String> out = new ArrayList<>();
        months.forEach((k, m) ->
                out.add(k + "|" + m[0] + "|" + m[1] + "|" + m[2] + "|" + m[3] + "|" + m[4] + "|" + m[5] + "|" + m[6]));
        return out.stream().sorted().toList();
    }

    private static List<String> monthRows(JdbcClient jdbc, List<Long> agencies, String table) {
        boolean ratings = table.equals("insight_rating_month");
        return jdbc
                .sql("select * from " + table + " where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> rs.getDate("on_month").toLocalDate() + "|" + rs.getLong("agency_id") + "|"
                        + (ratings
                                ? rs.getLong("s1") + "|" + rs.getLong("s2") + "|" + rs.getLong("s3") + "|"
                                        + rs.getLong("s4") + "|" + rs.getLong("s5")
                                        + "|" + rs.getLong("na") + "|" + rs.getLong("ratings") + "|"
                                        + rs.getLong("ballots") + "|"
                                        + rs.getLong("without_dossier")
                                : rs.getLong("finished") + "|" + rs.getLong("early") + "|" + rs.getLong("on_time") + "|"
                                        + rs.getLong("late") + "|" + rs.getLong("returned") + "|"
                                        + rs.getLong("work_days") + "|" + rs.getLong("rated")))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> lines(Map<String, int[]> counts, int[] order) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            StringBuilder b = new StringBuilder(k);
            for (int i : order) {
                b.append('|').append(c[i]);
            }
            out.add(b.toString());
        });
        return out.stream().sorted().toList();
    }

    private static List<String> answerRows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("select * from insight_rating_day where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> String.join(
                        "|",
                        rs.getDate("on_day").toLocalDate().toString(),
                        rs.getString("agency_id"),
                        rs.getString("desk_id"),
                        rs.getString("officer_id"),
                        rs.getString("procedure_code"),
                        rs.getString("field_code"),
                        rs.getString("channel"),
                        rs.getString("item_code"),
                        rs.getString("s1"),
                        rs.getString("s2"),
                        rs.getString("s3"),
                        rs.getString("s4"),
                        rs.getString("s5"),
                        rs.getString("na")))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> ratingRows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("select * from insight_rating_count where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> String.join(
                        "|",
                        rs.getDate("on_day").toLocalDate().toString(),
                        rs.getString("agency_id"),
                        rs.getString("officer_id"),
                        rs.getString("channel"),
                        rs.getString("ratings"),
                        rs.getString("without_dossier")))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> dossierRows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("select * from insight_dossier_day where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> String.join(
                        "|",
                        rs.getDate("on_day").toLocalDate().toString(),
                        rs.getString("agency_id"),
                        rs.getString("officer_id"),
                        rs.getString("procedure_code"),
                        rs.getString("finished"),
                        rs.getString("early"),
                        rs.getString("on_time"),
                        rs.getString("late"),
                        rs.getString("returned"),
                        rs.getString("work_days"),
                        rs.getString("rated")))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    /** Processing days in a plain week (no holidays): weekdays after the day of receipt up to the day of resolution. */
    private static int weekdays(LocalDateTime received, LocalDateTime resolved, String weekend) {
        int n = 0;
        for (LocalDate d = received.toLocalDate().plusDays(1); !d.isAfter(resolved.toLocalDate()); d = d.plusDays(1)) {
            n += weekend.contains(d.getDayOfWeek().name()) ? 0 : 1;
        }
        return n;
    }

    private static void ensureProcedures(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from service_field where code = 'RU-F'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("insert into service_field (code, name_vi, name_en) values ('RU-F', 'Lĩnh vực thử', 'Test field')")
                    .update();
            for (int p = 0; p < 2; p++) {
                jdbc.sql(
                                "insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit) values ('RU-P"
                                        + p + "', 'Thủ tục thử " + p + "', 'thu tuc thu', 'RU-F', 3, 'WORKING_DAYS')")
                        .update();
            }
        }
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static String ts(LocalDateTime t) {
        return t == null ? "null" : "timestamp '" + Timestamp.valueOf(t) + "'";
    }
}
