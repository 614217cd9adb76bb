package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.hailong.dossier.StepFinished;
import vn.hailong.dossier.Timeliness;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Random processing steps (handed between agencies and officers, some unfinished, some without an allotted
 * time), counted one by one through the listener as they finish, give exactly the rows of an aggregate computed
 * from scratch in Java, and exactly what the rebuild from the raw steps gives.
 */
class StepRollupTest {

    private static final Timeliness[] ANY = Timeliness.values();

    static Stream<Arguments> cases() {
        return Databases.all().stream().flatMap(db -> Stream.of(3L, 11L, 2026L).map(seed -> Arguments.of(db, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void incrementalStepRollupEqualsAnAggregateFromScratch(Db db, long seed) {
        JdbcClient jdbc = db.jdbc();
        Random random = new Random(seed);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Rollups rollups = TestRollups.of(db, (scope, from, to) -> List.of(), (a, b, w) -> 0);
        ensureProcedure(jdbc);
        List<Long> agencies = new ArrayList<>();
        List<List<Long>> officers = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            long agency = insert(
                    jdbc,
                    "insert into agency (code, name, kind, unit_code, province_code) values ('sr-" + tag + "-" + a
                            + "', 'UBND xã bước " + a + "', 'COMMUNE_PC', '8" + a + "', '98')");
            agencies.add(agency);
            List<Long> os = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                os.add(insert(
                        jdbc,
                        "insert into officer (agency_id, full_name) values (" + agency + ", 'Cán bộ bước " + k + "')"));
            }
            officers.add(os);
        }
        Map<String, long[]> expected = new TreeMap<>();
        LocalDate first = LocalDate.of(2026, 5, 4);
        for (int i = 0; i < 80; i++) {
            int home = random.nextInt(3);
            LocalDateTime received = first.atTime(8, 0);
            long dossier = insert(
                    jdbc,
                    "insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,"
                            + " received_at, due_at, original_due_at, timeliness, created_at) values ('sr-" + tag + "-"
                            + i + "', "
                            + agencies.get(home) + ", 'SR-P', 'SR-F', 1, 4, 'Người thử', " + ts(received) + ", "
                            + ts(received) + ", "
                            + ts(received) + ", 'PENDING', " + ts(received) + ")");
            int steps = 1 + random.nextInt(4);
            for (int seq = 1; seq <= steps; seq++) {
                int a = random.nextInt(3);
                long agency = agencies.get(a);
                Long officer = random.nextInt(4) == 0 ? null : officers.get(a).get(random.nextInt(2));
                boolean finished = seq < steps || random.nextInt(3) > 0;
                LocalDateTime at = first.plusDays(random.nextInt(5)).atTime(8 + random.nextInt(9), random.nextInt(60));
                Timeliness t = finished ? ANY[random.nextInt(ANY.length)] : Timeliness.PENDING;
                jdbc.sql("""
                        insert into dossier_step (dossier_id, seq, agency_id, officer_id, started_at, finished_at, timeliness)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                dossier,
                                seq,
                                agency,
                                officer,
                                Timestamp.valueOf(received),
                                finished ? Timestamp.valueOf(at) : null,
                                t.name())
                        .update();
                if (!finished) {
                    continue;
                }
                rollups.on(new StepFinished(dossier, seq, agency, officer, at, t));
                if (t != Timeliness.PENDING) {
                    long[] c = expected.computeIfAbsent(
                            at.toLocalDate() + "|" + agency + "|" + (officer == null ? 0 : officer), k -> new long[4]);
                    c[0]++;
                    c[1 + List.of(ANY).indexOf(t)]++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        expected.forEach((k, c) -> lines.add(k + "|" + c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3]));
        assertThat(lines).anyMatch(l -> l.split("\\|")[2].equals("0")).anyMatch(l -> !l.endsWith("|0"));
        assertThat(rows(jdbc, agencies)).containsExactlyElementsOf(lines);

        rollups.recompute();
        assertThat(rows(jdbc, agencies)).containsExactlyElementsOf(lines);
    }

    private static List<String> rows(JdbcClient jdbc, List<Long> agencies) {
        return jdbc
                .sql("select * from insight_step_day where agency_id in (:ids)")
                .param("ids", agencies)
                .query((rs, i) -> rs.getDate("on_day").toLocalDate() + "|" + rs.getLong("agency_id") + "|"
                        + rs.getLong("officer_id") + "|" + rs.getLong("finished") + "|" + rs.getLong("early") + "|"
                        + rs.getLong("on_time") + "|" + rs.getLong("late"))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static void ensureProcedure(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from service_field where code = 'SR-F'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql(
                            "insert into service_field (code, name_vi, name_en) values ('SR-F', 'Lĩnh vực bước', 'Step field')")
                    .update();
            jdbc.sql(
                            "insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit) values ('SR-P',"
                                    + " 'Thủ tục bước', 'thu tuc buoc', 'SR-F', 3, 'WORKING_DAYS')")
                    .update();
        }
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String ts(LocalDateTime t) {
        return "timestamp '" + Timestamp.valueOf(t) + "'";
    }
}
