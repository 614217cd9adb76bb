package vn.hailong.insight.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * The set-based facts query (one pass per kind of raw row over the selected dossiers) gives exactly the facts of the
 * correlated query it replaced (kept here as the reference: one subquery per fact and dossier), for a mixed set of
 * dossiers — finished or not, with and without steps, supplement requests by their own, another or no agency, ratings at
 * both moments with Decree 61 and Art. 33 items (some unanswered), flags, and feedback cases of every status — by id,
 * by a list of ids and by agency. On H2 and PostgreSQL.
 */
class EvaluationFactsQueryTest {

    /** The query before issue #21 (EvaluationRepository up to session 9), verbatim. */
    private static final String CORRELATED = """
            select d.id, d.agency_id, cast(d.resolved_at as date) finished_on, d.timeliness, d.supplement_count, d.channel,
              case when d.desk_id is not null then 1 when ro.id is null then null when ro.desk_id is not null then 1 else 0 end at_desk,
              p.active, case when p.documents <> '' then 1 else 0 end documents_listed,
              (select min(case s.timeliness when 'LATE' then 0 when 'ON_TIME' then 1 when 'EARLY' then 2 end)
                 from dossier_step s where s.dossier_id = d.id and s.timeliness <> 'PENDING') worst_step,
              (select count(distinct e.agency_id) from dossier_event e where e.dossier_id = d.id
                 and e.type = 'SUPPLEMENT_REQUESTED' and e.agency_id is not null and e.agency_id <> d.agency_id) other_agencies,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('CONDUCT', 'ART33_DD')) conduct,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('FEEDBACK', 'ART33_G')) feedback_answer,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('ART33_D', 'PUBLIC_INFO')) public_info,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('ART33_E', 'FEES')) costs,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('ART33_H')) online_answer,
              (select min(x.score) from rating r join rating_answer x on x.rating_id = r.id
                 where r.dossier_id = d.id and x.item_code in ('ART33_I')) other_answer,
              (select count(*) from dossier_flag g where g.dossier_id = d.id and g.flag = 'ONLINE_RECEPTION_LATE') online_late,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status <> 'SPAM') cases,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status not in ('SPAM', 'REJECTED')
                 and f.answered_at is null) unanswered,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status <> 'SPAM'
                 and (f.answered_at > f.resolve_due_at or (f.status = 'REJECTED' and f.decided_at > f.decide_due_at))) late_cases
            from dossier d join catalog_procedure_view p on p.code = d.procedure_code left join officer ro on ro.id = d.receiving_officer_id
            where d.resolved_at is not null and d.timeliness <> 'PENDING' and d.id in (:ids)""";

    private static final String[] TIMES = {"EARLY", "ON_TIME", "LATE"};
    private static final String[] STEPS = {"EARLY", "ON_TIME", "LATE", "PENDING"};
    private static final String[] ITEMS = {
        "CONDUCT",
        "ART33_DD",
        "FEEDBACK",
        "ART33_G",
        "ART33_D",
        "PUBLIC_INFO",
        "ART33_E",
        "FEES",
        "ART33_H",
        "ART33_I",
        "RESULT",
        "TIME"
    };
    private static final String[] FLAGS = {"ONLINE_RECEPTION_LATE", "APOLOGY_LATE", "SUPPLEMENT_REQUEST_LATE"};
    private static final String[] STATUSES = {"ACCEPTED", "ANSWERED", "REJECTED", "SPAM"};

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void setBasedFactsEqualTheCorrelatedQuery(Db db) {
        JdbcClient jdbc = db.jdbc();
        EvaluationRepository repository = new EvaluationRepository(jdbc, new JdbcTemplate(db.dataSource()));
        Random random = new Random(21);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ensureProcedures(jdbc);
        List<Long> agencies = new ArrayList<>();
        List<String> agencyCodes = new ArrayList<>();
        List<Long> desks = new ArrayList<>();
        List<Long> officers = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            agencyCodes.add("efq-" + tag + "-" + a);
            long agency = insert(
                    jdbc,
                    "insert into agency (code, name, kind, unit_code, province_code) values ('" + agencyCodes.get(a)
                            + "', 'UBND xã thử " + a + "', 'COMMUNE_PC', '8" + a + "', '98')");
            agencies.add(agency);
            long desk = insert(jdbc, "insert into desk (agency_id, name) values (" + agency + ", 'Quầy 1')");
            desks.add(desk);
            officers.add(insert(
                    jdbc,
                    "insert into officer (agency_id, desk_id, full_name) values (" + agency + ", " + desk
                            + ", 'Cán bộ một cửa')"));
            officers.add(insert(
                    jdbc,
                    "insert into officer (agency_id, full_name) values (" + agency + ", 'Công chức chuyên môn')"));
        }
        List<Long> ids = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2025, 3, 1, 8, 0);
        for (int i = 0; i < 150; i++) {
            int a = random.nextInt(3);
            long agency = agencies.get(a);
            String code = "efq-" + tag + "-" + i;
            boolean resolved = random.nextInt(6) > 0;
            String timeliness = resolved ? TIMES[random.nextInt(3)] : "PENDING";
            LocalDateTime received = first.plusDays(random.nextInt(600));
            LocalDateTime resolvedAt =
                    resolved ? received.plusDays(random.nextInt(12)).plusHours(3) : null;
            Long desk = random.nextInt(3) == 0 ? desks.get(a) : null;
            Long receiver = random.nextInt(3) == 0 ? null : officers.get(2 * a + random.nextInt(2));
            long id = insert(
                    jdbc,
                    "insert into dossier (code, agency_id, desk_id, procedure_code, field_code, channel, status, applicant_name,"
                            + " receiving_officer_id, received_at, due_at, original_due_at, resolved_at, timeliness,"
                            + " supplement_count, created_at) values ('" + code + "', " + agency + ", " + desk
                            + ", 'D61-P" + random.nextInt(3) + "', 'D61-F', " + (1 + random.nextInt(3)) + ", "
                            + (resolved ? 9 : 4) + ", 'Người thử', " + receiver + ", " + ts(received) + ", "
                            + ts(received) + ", " + ts(received) + ", " + ts(resolvedAt) + ", '" + timeliness + "', "
                            + random.nextInt(4) + ", " + ts(received) + ")");
            ids.add(id);
            for (int e = 0, n = random.nextInt(4); e < n; e++) {
                int by = random.nextInt(4);
                jdbc.sql("insert into dossier_event (dossier_id, event_id, type, at, agency_id, recorded_by)"
                                + " values (?, ?, ?, ?, ?, 'test')")
                        .params(
                                id,
                                "e" + e,
                                random.nextInt(4) == 0 ? "RECEIVED" : "SUPPLEMENT_REQUESTED",
                                Timestamp.valueOf(received.plusHours(e + 1)),
                                by == 3 ? null : agencies.get(by))
                        .update();
            }
            for (int s = 0, n = random.nextInt(4); s < n; s++) {
                jdbc.sql("insert into dossier_step (dossier_id, seq, agency_id, started_at, timeliness)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(id, s + 1, agency, Timestamp.valueOf(received), STEPS[random.nextInt(4)])
                        .update();
            }
            for (String moment : List.of("RECEPTION", "RESULT")) {
                if (random.nextInt(3) > 0) {
                    rate(jdbc, random, id, agency, code + "-" + moment, moment, received.plusDays(1));
                }
            }
            if (random.nextInt(4) == 0) {
                jdbc.sql("insert into dossier_flag (dossier_id, flag, raised_at) values (?, ?, ?)")
                        .params(id, FLAGS[random.nextInt(FLAGS.length)], Timestamp.valueOf(received))
                        .update();
            }
            for (int c = 0, n = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0; c < n; c++) {
                feedbackCase(jdbc, random, tag, agency, code, id, c);
            }
        }

        List<EvaluationFacts> reference =
                jdbc
                        .sql(CORRELATED)
                        .param("ids", ids)
                        .query((rs, i) -> EvaluationRepository.facts(rs, i))
                        .list()
                        .stream()
                        .sorted(Comparator.comparingLong(EvaluationFacts::dossierId))
                        .toList();
        assertThat(reference).hasSizeBetween(100, 149);
        // the mix covers every kind of fact, so that the comparison compares something
        assertThat(reference).anyMatch(f -> f.worstStep() != null).anyMatch(f -> f.otherAgencies() > 0);
        assertThat(reference).anyMatch(f -> f.conduct() != null).anyMatch(f -> f.online() != null);
        assertThat(reference).anyMatch(f -> f.costs() != null).anyMatch(f -> f.onlineLate());
        assertThat(reference).anyMatch(f -> f.unanswered() > 0).anyMatch(f -> f.lateCases() > 0);
        assertThat(reference).anyMatch(f -> f.atDesk() == null).anyMatch(f -> Boolean.FALSE.equals(f.atDesk()));

        assertThat(sorted(repository.facts(ids))).containsExactlyElementsOf(reference);
        List<EvaluationFacts> byAgency = new ArrayList<>();
        agencyCodes.forEach(code -> byAgency.addAll(repository.facts(code)));
        assertThat(sorted(byAgency)).containsExactlyElementsOf(reference);
        List<EvaluationFacts> oneByOne = new ArrayList<>();
        ids.forEach(id -> repository.facts(id).ifPresent(oneByOne::add));
        assertThat(sorted(oneByOne)).containsExactlyElementsOf(reference);
    }

    private static List<EvaluationFacts> sorted(List<EvaluationFacts> facts) {
        return facts.stream()
                .sorted(Comparator.comparingLong(EvaluationFacts::dossierId))
                .toList();
    }

    private static void rate(
            JdbcClient jdbc, Random random, long dossier, long agency, String key, String moment, LocalDateTime at) {
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, dossier_id, moment, form_code, channel, instrument, agency_id,"
                        + " unit_code, created_at) values ('" + key + "', " + dossier + ", '" + moment
                        + "', 'EIGHT', 'QR', 'FIVE_LEVEL', " + agency + ", '80', " + ts(at) + ")");
        for (String item : ITEMS) {
            if (random.nextInt(3) == 0) {
                jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                        .params(id, item, random.nextInt(5) == 0 ? null : 1 + random.nextInt(5))
                        .update();
            }
        }
    }

    private static void feedbackCase(
            JdbcClient jdbc, Random random, String tag, long agency, String code, long dossier, int c) {
        LocalDateTime at = LocalDateTime.of(2026, 9, 1, 9, 0);
        String status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDateTime answered = random.nextBoolean() ? at.plusDays(random.nextBoolean() ? 3 : 30) : null;
        LocalDateTime decided = at.plusDays(random.nextBoolean() ? 1 : 9);
        insert(
                jdbc,
                "insert into feedback_case (tracking_code, category, channel, status, agency_id, dossier_code, body,"
                        + " received_at, decide_due_at, info_due_at, resolve_due_at, decided_at, answered_at,"
                        + " answer_token) values ('q" + tag.substring(0, 5) + dossier % 1000 + "-" + c
                        + "', 'COMPLAINT', 'WEB', '" + status + "', " + agency + ", '" + code
                        + "', 'Phản ánh thử nghiệm', " + ts(at) + ", " + ts(at.plusDays(2)) + ", " + ts(at.plusDays(5))
                        + ", " + ts(at.plusDays(15)) + ", " + ts(decided) + ", " + ts(answered) + ", 'q-" + tag + "-"
                        + dossier + "-" + c + "')");
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
                jdbc.sql("insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit,"
                                + " documents, active) values ('D61-P" + i + "', 'Thủ tục thử " + i
                                + "', 'thu tuc thu', 'D61-F', 3, 'WORKING_DAYS', " + p[i][0] + ", " + p[i][1] + ")")
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
