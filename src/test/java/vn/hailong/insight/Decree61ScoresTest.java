package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.DossierMoved;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.Timeliness;
import vn.hailong.feedback.FeedbackCaseChanged;
import vn.hailong.insight.evaluation.Art33Rules;
import vn.hailong.insight.evaluation.Decree61Rules;
import vn.hailong.insight.evaluation.EvaluationFacts;
import vn.hailong.insight.evaluation.EvaluationMeasures;
import vn.hailong.insight.evaluation.EvaluationRepository;
import vn.hailong.insight.evaluation.EvaluationScores;
import vn.hailong.rating.Answer;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Random dossiers (steps, supplement requests, channels, desks), ratings arriving before and after resolution, and
 * feedback cases opened and answered later, scored one event at a time through the listeners, give exactly the scores
 * the rubric gives for facts computed here in Java, and exactly what the rebuild from the raw rows gives; the quarter
 * sums read back are those scores' sums, in scope only. On H2 and PostgreSQL.
 */
class Decree61ScoresTest {

    private static final String[] TIMES = {"EARLY", "ON_TIME", "LATE"};
    private static final String[] STEPS = {"EARLY", "ON_TIME", "LATE", "PENDING"};

    static Stream<Arguments> cases() {
        return Databases.all().stream().flatMap(db -> Stream.of(3L, 61L).map(seed -> Arguments.of(db, seed)));
    }

    /** What the test knows of one dossier, to compute its facts without SQL. */
    private static final class Known {
        long id;
        String code;
        long agency;
        boolean resolved;
        LocalDate finishedOn;
        String timeliness;
        List<String> steps = new ArrayList<>();
        int supplements;
        Set<Long> otherAgencies = new HashSet<>();
        int channel;
        Boolean atDesk;
        int procedure;
        Integer conduct;
        Integer feedback;
        int cases;
        int unanswered;
        int late;
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void incrementalScoresEqualTheRubricAndTheRebuild(Db db, long seed) {
        JdbcClient jdbc = db.jdbc();
        Random random = new Random(seed);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EvaluationScores scores = new EvaluationScores(
                new EvaluationRepository(jdbc, new JdbcTemplate(db.dataSource())), new Art33Rules(points()));
        ensureProcedures(jdbc);
        List<Long> agencies = new ArrayList<>();
        Map<Long, List<Long>> desks = new HashMap<>();
        Map<Long, Long> atDesk = new HashMap<>();
        Map<Long, Long> notAtDesk = new HashMap<>();
        for (int a = 0; a < 3; a++) {
            long agency = insert(
                    jdbc,
                    "insert into agency (code, name, kind, unit_code, province_code) values ('d61-" + tag + "-" + a
                            + "', 'UBND xã thử " + a + "', 'COMMUNE_PC', '8" + a + "', '98')");
            agencies.add(agency);
            long desk = insert(jdbc, "insert into desk (agency_id, name) values (" + agency + ", 'Quầy 1')");
            desks.put(agency, List.of(desk));
            atDesk.put(
                    agency,
                    insert(
                            jdbc,
                            "insert into officer (agency_id, desk_id, full_name) values (" + agency + ", " + desk
                                    + ", 'Cán bộ một cửa')"));
            notAtDesk.put(
                    agency,
                    insert(
                            jdbc,
                            "insert into officer (agency_id, full_name) values (" + agency
                                    + ", 'Công chức chuyên môn')"));
        }
        LocalDate first = LocalDate.of(2026, 7, 1);
        List<Known> all = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            Known k = new Known();
            k.agency = agencies.get(random.nextInt(3));
            k.code = "d61-" + tag + "-" + i;
            k.channel = 1 + random.nextInt(3);
            k.procedure = random.nextInt(3);
            Long desk = random.nextInt(3) == 0 ? desks.get(k.agency).get(0) : null;
            int who = random.nextInt(3);
            Long receiver = who == 0 ? null : who == 1 ? atDesk.get(k.agency) : notAtDesk.get(k.agency);
            k.atDesk = desk != null ? Boolean.TRUE : receiver == null ? null : who == 1;
            k.resolved = random.nextInt(8) > 0;
            k.timeliness = k.resolved ? TIMES[random.nextInt(3)] : "PENDING";
            LocalDateTime received = first.plusDays(random.nextInt(80)).atTime(8, 0);
            LocalDateTime resolvedAt =
                    k.resolved ? received.plusDays(random.nextInt(10)).plusHours(2) : null;
            k.finishedOn = resolvedAt == null ? null : resolvedAt.toLocalDate();
            k.supplements = random.nextInt(4);
            k.id = insert(
                    jdbc,
                    "insert into dossier (code, agency_id, desk_id, procedure_code, field_code, channel, status, applicant_name,"
                            + " receiving_officer_id, received_at, due_at, original_due_at, resolved_at, timeliness, supplement_count, created_at)"
                            + " values ('" + k.code + "', " + k.agency + ", " + desk + ", 'D61-P" + k.procedure
                            + "', 'D61-F', " + k.channel + ", "
                            + (k.resolved ? 9 : 4) + ", 'Người thử', " + receiver + ", " + ts(received) + ", "
                            + ts(received) + ", " + ts(received)
                            + ", " + ts(resolvedAt) + ", '" + k.timeliness + "', " + k.supplements + ", " + ts(received)
                            + ")");
            for (int s = 0; s < k.supplements; s++) {
                Long by =
                        List.of(-1L, k.agency, agencies.get(random.nextInt(3))).get(random.nextInt(3));
                jdbc.sql(
                                "insert into dossier_event (dossier_id, event_id, type, at, agency_id, recorded_by) values (?, ?, 'SUPPLEMENT_REQUESTED', ?, ?, 'test')")
                        .params(k.id, "s" + s, Timestamp.valueOf(received.plusHours(s + 1)), by == -1L ? null : by)
                        .update();
                if (by != -1L && by != k.agency) {
                    k.otherAgencies.add(by);
                }
            }
            for (int s = 0, n = random.nextInt(3); s < n; s++) {
                String t = STEPS[random.nextInt(4)];
                k.steps.add(t);
                jdbc.sql(
                                "insert into dossier_step (dossier_id, seq, agency_id, started_at, timeliness) values (?, ?, ?, ?, ?)")
                        .params(k.id, s + 1, k.agency, Timestamp.valueOf(received), t)
                        .update();
            }
            boolean ratedFirst = random.nextInt(6) == 0;
            if (ratedFirst) {
                rate(db, jdbc, scores, random, k, tag, received);
            }
            if (k.resolved) {
                scores.on(new DossierMoved(
                        k.id,
                        k.code,
                        k.agency,
                        null,
                        "D61-P" + k.procedure,
                        EventType.RESOLVED,
                        resolvedAt,
                        Timeliness.valueOf(k.timeliness)));
            }
            if (!ratedFirst && random.nextInt(5) < 3) {
                rate(db, jdbc, scores, random, k, tag, received.plusDays(12));
            }
            all.add(k);
        }
        // feedback cases: opened (unanswered), answered in time or late, rejected in time or late, spam; some answered
        // later
        List<long[]> open = new ArrayList<>();
        for (Known k : all) {
            for (int c = 0, n = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; c < n; c++) {
                int kind = random.nextInt(6);
                LocalDateTime at = LocalDateTime.of(2026, 9, 1, 9, 0);
                String status = switch (kind) {
                    case 0 -> "ACCEPTED";
                    case 1, 2 -> "ANSWERED";
                    case 3, 4 -> "REJECTED";
                    default -> "SPAM";
                };
                LocalDateTime answered = kind == 1 ? at.plusDays(3) : kind == 2 ? at.plusDays(30) : null;
                LocalDateTime decided = kind == 3 ? at.plusDays(1) : kind == 4 ? at.plusDays(9) : at;
                long id = insert(
                        jdbc,
                        "insert into feedback_case (tracking_code, category, channel, status, agency_id, dossier_code, body,"
                                + " received_at, decide_due_at, info_due_at, resolve_due_at, decided_at, answered_at, answer_token) values ('"
                                + tag.substring(0, 6) + k.id % 1000 + "-" + c + "', 'COMPLAINT', 'WEB', '" + status
                                + "', " + k.agency + ", '" + k.code
                                + "', 'Phản ánh thử nghiệm', " + ts(at) + ", " + ts(at.plusDays(2)) + ", "
                                + ts(at.plusDays(5)) + ", "
                                + ts(at.plusDays(15)) + ", " + ts(decided) + ", " + ts(answered) + ", 't-" + tag + "-"
                                + k.id + "-" + c + "')");
                scores.on(new FeedbackCaseChanged(id, k.agency, k.code));
                if (kind == 0) {
                    open.add(new long[] {id, all.indexOf(k)});
                }
                k.cases += kind == 5 ? 0 : 1;
                k.unanswered += kind == 0 ? 1 : 0;
                k.late += kind == 2 || kind == 4 ? 1 : 0;
            }
        }
        for (long[] o : open) {
            if (random.nextBoolean()) {
                Known k = all.get((int) o[1]);
                jdbc.sql("update feedback_case set status = 'ANSWERED', answered_at = ? where id = ?")
                        .params(Timestamp.valueOf(LocalDateTime.of(2026, 9, 20, 9, 0)), o[0])
                        .update();
                scores.on(new FeedbackCaseChanged(o[0], k.agency, k.code));
                k.unanswered--;
                k.late++;
            }
        }

        List<String> expected = all.stream()
                .filter(k -> k.resolved)
                .map(k -> row(scores.score(facts(k))))
                .sorted()
                .toList();
        assertThat(rows(jdbc, agencies))
                .hasSize((int) all.stream().filter(k -> k.resolved).count())
                .containsExactlyElementsOf(expected);

        scores.rebuild();
        assertThat(rows(jdbc, agencies)).containsExactlyElementsOf(expected);

        // the quarter's sums per agency, read back within a scope of two of the three agencies
        EvaluationMeasures measures = new EvaluationMeasures(jdbc);
        AgencyScope two = new AgencyScope(false, null, Set.of(agencies.get(0), agencies.get(1)));
        var sums = measures.sums(two, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        assertThat(sums).extracting(EvaluationMeasures.Sums::agencyId).doesNotContain(agencies.get(2));
        for (var s : sums) {
            List<EvaluationScore> mine = all.stream()
                    .filter(k ->
                            k.resolved && k.agency == s.agencyId() && !k.finishedOn.isAfter(LocalDate.of(2026, 9, 30)))
                    .map(k -> scores.score(facts(k)))
                    .toList();
            assertThat(s.n()).isEqualTo(mine.size());
            assertThat(s.total())
                    .isEqualByComparingTo(
                            mine.stream().map(EvaluationScore::score).reduce(BigDecimal.ZERO, BigDecimal::add));
            for (int i = 0; i < 9; i++) {
                final int ix = i;
                assertThat(s.points()[i])
                        .isEqualTo(mine.stream()
                                .map(m -> m.points().get(ix))
                                .filter(p -> p != null)
                                .mapToLong(p -> p)
                                .sum());
                assertThat(s.counts()[i])
                        .isEqualTo(mine.stream()
                                .filter(m -> m.points().get(ix) != null)
                                .count());
            }
        }
        assertThat(measures.sums(AgencyScope.NONE, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        long inScope = measures.count(two, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(measures.dossiers(two, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 1000))
                .hasSize((int) inScope)
                .extracting(EvaluationDossierScore::code)
                .doesNotContainAnyElementsOf(all.stream()
                        .filter(k -> k.agency == agencies.get(2))
                        .map(k -> k.code)
                        .toList());

        // self and appraised scores of a quarter, written and rewritten
        measures.assess(
                "self",
                agencies.get(0),
                "2026-Q3",
                new BigDecimal("15.50"),
                "Giải trình",
                "lanhdao",
                LocalDateTime.of(2026, 10, 2, 8, 0));
        measures.assess(
                "appraised",
                agencies.get(0),
                "2026-Q3",
                new BigDecimal("14.25"),
                null,
                "tinh",
                LocalDateTime.of(2026, 10, 9, 8, 0));
        measures.assess(
                "self",
                agencies.get(0),
                "2026-Q3",
                new BigDecimal("16.00"),
                "Sửa",
                "lanhdao",
                LocalDateTime.of(2026, 10, 3, 8, 0));
        var entered = measures.assessments(List.of(agencies.get(0), agencies.get(1)), "2026-Q3");
        assertThat(entered).containsOnlyKeys(agencies.get(0));
        assertThat(entered.get(agencies.get(0)).self())
                .isEqualTo(new EvaluationUnit.Assessment(16.0, "Sửa", "lanhdao", LocalDateTime.of(2026, 10, 3, 8, 0)));
        assertThat(entered.get(agencies.get(0)).appraised().score()).isEqualTo(14.25);
    }

    private static void rate(
            Db db, JdbcClient jdbc, EvaluationScores scores, Random random, Known k, String tag, LocalDateTime at) {
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, dossier_id, form_code, channel, instrument, agency_id, unit_code, created_at)"
                        + " values ('d61-" + tag + "-" + k.id + "', " + k.id + ", 'EIGHT', 'QR', 'FIVE_LEVEL', "
                        + k.agency + ", '80', " + ts(at) + ")");
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer("RESULT", 1 + random.nextInt(5)));
        if (random.nextInt(5) > 0) {
            answers.add(new Answer("CONDUCT", random.nextInt(6) == 0 ? null : 1 + random.nextInt(5)));
        }
        if (random.nextBoolean()) {
            answers.add(new Answer("FEEDBACK", random.nextInt(4) == 0 ? null : 1 + random.nextInt(5)));
        }
        for (Answer a : answers) {
            jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                    .params(id, a.item(), a.score())
                    .update();
            if (a.item().equals("CONDUCT")) {
                k.conduct = a.score();
            } else if (a.item().equals("FEEDBACK")) {
                k.feedback = a.score();
            }
        }
        // counted (and the dossier rescored) by the batch that follows the rating's commit
        TestRollups.drain(db, scores).add(id);
    }

    /** The default local rule (application.properties sets none). */
    static EvaluationPoints points() {
        return new EvaluationPoints("5=2,4=2,3=1,2=0,1=0", "EARLY=2,ON_TIME=1,LATE=0", "2,1,0", "");
    }

    private static EvaluationFacts facts(Known k) {
        String worst = k.steps.stream()
                .filter(s -> !s.equals("PENDING"))
                .min((a, b) -> Integer.compare(Decree61Rules.timeliness(a), Decree61Rules.timeliness(b)))
                .orElse(null);
        return new EvaluationFacts(
                k.id,
                k.agency,
                k.finishedOn,
                k.timeliness,
                worst,
                k.supplements,
                k.otherAgencies.size(),
                k.channel,
                k.atDesk,
                k.procedure != 2,
                k.procedure == 0,
                k.conduct,
                k.feedback,
                k.cases,
                k.unanswered,
                k.late);
    }

    private static String row(EvaluationScore s) {
        return String.join(
                "|",
                "" + s.dossierId(),
                "" + s.agencyId(),
                s.finishedOn().toString(),
                s.points().toString(),
                s.sourceLetters(),
                "" + s.total(),
                "" + s.computable(),
                s.score().toPlainString());
    }

    private static List<String> rows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("""
                select dossier_id, agency_id, finished_on, ct1, ct2, ct3, ct4, ct5, ct6, ct7, ct8, ct9, sources, points, computable, score
                from insight_decree61_dossier where agency_id in (:a)""")
                .param("a", agencies)
                .query((rs, i) -> {
                    List<Integer> p = EvaluationRepository.points(rs);
                    return String.join(
                            "|",
                            "" + rs.getLong(1),
                            "" + rs.getLong(2),
                            rs.getDate(3).toLocalDate().toString(),
                            p.toString(),
                            rs.getString("sources"),
                            "" + rs.getInt("points"),
                            "" + rs.getInt("computable"),
                            rs.getBigDecimal("score").setScale(4).toPlainString());
                })
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static void ensureProcedures(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from service_field where code = 'D61-F'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql(
                            "insert into service_field (code, name_vi, name_en) values ('D61-F', 'Lĩnh vực thử', 'Test field')")
                    .update();
            String[][] p = {{"'Tờ khai'", "true"}, {"''", "true"}, {"'Tờ khai'", "false"}};
            for (int i = 0; i < 3; i++) {
                jdbc.sql(
                                "insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit, documents, active) values ('D61-P"
                                        + i + "', 'Thủ tục thử " + i + "', 'thu tuc thu', 'D61-F', 3, 'WORKING_DAYS', "
                                        + p[i][0] + ", " + p[i][1] + ")")
                        .update();
            }
        }
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String ts(LocalDateTime t) {
        return t == null ? "null" : "timestamp '" + Timestamp.valueOf(t) + "'";
    }
}
