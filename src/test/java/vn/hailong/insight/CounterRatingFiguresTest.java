package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.hailong.access.AgencyScope;
import vn.hailong.insight.RatingSumsTest.Rated;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Counter ratings' published satisfaction, reproduced: a hand-made set of ratings goes through the real rollups
 * (the drain, the rebuild and the migration's backfill), and every figure read back (per unit, officer, desk,
 * channel, item; whole months and odd days) equals a second, plain computation over the ratings themselves —
 * point, effective n and interval — and lies inside its interval.
 */
class CounterRatingFiguresTest {

    static Stream<Db> databases() {
        return Databases.all().stream();
    }

    /** A hand-made rating: day, desk (0 none), channel, and its answers to RESULT, CONDUCT, FEES (null: not given, 0: n/a). */
    record Given(String day, int desk, String channel, Integer result, Integer conduct, Integer fees) {

        List<Integer> scores() {
            List<Integer> s = new ArrayList<>();
            for (Integer x : new Integer[] {result, conduct, fees}) {
                if (x != null && x > 0) {
                    s.add(x);
                }
            }
            return s;
        }

        Rated rated(String item) {
            Integer only = item == null
                    ? null
                    : switch (item) {
                        case "RESULT" -> result;
                        case "CONDUCT" -> conduct;
                        default -> fees;
                    };
            List<Integer> s = item == null ? scores() : (only == null || only == 0 ? List.of() : List.of(only));
            return new Rated(s.size(), (int) s.stream().filter(x -> x >= 4).count());
        }
    }

    static final List<Given> RATINGS = List.of(
            new Given("2026-09-30", 1, "QR", 5, 5, 4),
            new Given("2026-10-01", 1, "QR", 5, 4, null),
            new Given("2026-10-01", 1, "KIOSK", 2, 1, 2),
            new Given("2026-10-02", 2, "KIOSK", 3, 4, 0),
            new Given("2026-10-02", 2, "WEB", 5, 5, 5),
            new Given("2026-10-05", 2, "WEB", 1, 2, null),
            new Given("2026-10-05", 0, "QR", 4, null, null),
            new Given("2026-10-09", 1, "PAPER", 0, 0, 0),
            new Given("2026-10-12", 1, "QR", 4, 4, 4),
            new Given("2026-10-20", 2, "QR", 3, 3, 5),
            new Given("2026-10-31", 2, "KIOSK", 5, 1, 5),
            new Given("2026-11-01", 1, "WEB", 2, 5, 4),
            new Given("2026-11-03", 1, "QR", 5, 5, 5));

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyFigureEqualsThePlainComputationAndHoldsItsPoint(Db db) {
        JdbcClient jdbc = db.jdbc();
        String tag = Long.toString(System.nanoTime(), 36);
        String code = "cr-" + tag;
        long agency = insert(
                jdbc,
                "insert into agency (code, name, kind, unit_code, province_code) values ('" + code
                        + "', 'UBND xã tính tay', 'COMMUNE_PC', '95', '95')");
        long[] desks = {
            0,
            insert(jdbc, "insert into desk (agency_id, name) values (" + agency + ", 'Quầy 1')"),
            insert(jdbc, "insert into desk (agency_id, name) values (" + agency + ", 'Quầy 2')")
        };
        PendingRatings pending = new PendingRatings(jdbc);
        int i = 0;
        for (Given g : RATINGS) {
            pending.addAll(List.of(rating(jdbc, agency, desks[g.desk()], tag + "-" + i++, g)));
        }
        TestRollups.drain(db).drain();
        MeasureRepository measures = new MeasureRepository(jdbc);
        check(measures, code, desks);

        // the rebuild from the raw rows gives the same figures
        TestRollups.of(db, (scope, f, t) -> List.of(), (a, b, w) -> 0).recompute();
        check(measures, code, desks);

        // and so does the migration's backfill of the rollups that existed before it
        jdbc.sql("delete from insight_rating_sums_day where agency_id = ?")
                .param(agency)
                .update();
        jdbc.sql(
                        "update insight_rating_month set rated = 0, sm = 0, sy = 0, syy = 0, smm = 0, sym = 0 where agency_id = ?")
                .param(agency)
                .update();
        jdbc.sql(
                        "update insight_rating_agency_day set rated = 0, sm = 0, sy = 0, syy = 0, smm = 0, sym = 0 where agency_id = ?")
                .param(agency)
                .update();
        RollupsTest.statements("V95__insight_rating_sums.sql", "insert into insight_rating_sums_day", "update insight_")
                .forEach(sql -> jdbc.sql(sql.replace(
                                        "from rating r join",
                                        "from rating r join agency ag on ag.id = r.agency_id and ag.code = '" + code
                                                + "' join")
                                .replace("where channel = 'BALLOT'", "where channel = 'BALLOT' and agency_id = -1"))
                        .update());
        check(measures, code, desks);
    }

    private static void check(MeasureRepository measures, String code, long[] desks) {
        for (LocalDate[] p : new LocalDate[][] {
            {LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)}, // a whole month: the month rollup
            {LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 2)}, // a month and days around it
            {LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 20)} // days only
        }) {
            for (String level : List.of("UNIT", "DESK", "CHANNEL", "MONTH")) {
                for (String item : java.util.Arrays.asList(null, "RESULT", "FEES")) {
                    if (!level.equals("UNIT") && item != null) {
                        continue;
                    }
                    Map<String, List<Rated>> expected = new TreeMap<>();
                    for (Given g : RATINGS) {
                        LocalDate d = LocalDate.parse(g.day());
                        if (d.isBefore(p[0]) || d.isAfter(p[1]) || g.rated(item).m() == 0) {
                            continue;
                        }
                        String key = switch (level) {
                            case "UNIT" -> code;
                            case "DESK" -> Long.toString(desks[g.desk()]);
                            case "CHANNEL" -> g.channel();
                            default -> Integer.toString(d.getYear() * 100 + d.getMonthValue());
                        };
                        expected.computeIfAbsent(key, k -> new ArrayList<>()).add(g.rated(item));
                    }
                    var rows = measures.satisfaction(AgencyScope.EVERYTHING, code, null, p[0], p[1], level, item);
                    assertThat(rows)
                            .as(level + " " + item + " " + p[0])
                            .extracting(MeasureRepository.Row::key)
                            .containsExactlyInAnyOrderElementsOf(expected.keySet());
                    for (var row : rows) {
                        List<Rated> group = expected.get(row.key());
                        double[] plain = RatingSumsTest.plain(group);
                        SatisfactionItem published = SatisfactionItem.of(row.key(), "", row.sums());
                        String as = level + " " + row.key() + " " + item + " " + p[0];
                        assertThat(published.ratings()).as(as).isEqualTo(group.size());
                        assertThat(published.n())
                                .as(as)
                                .isEqualTo(group.stream().mapToInt(Rated::m).sum());
                        assertThat(published.rate()).as(as).isCloseTo(plain[0], within(1e-12));
                        assertThat(row.sums().variance()).as(as).isCloseTo(plain[1], within(1e-12));
                        boolean single = group.stream().allMatch(r -> r.m() == 1);
                        double r = plain[0];
                        double nStar = single || plain[1] <= 0 || r == 0 || r == 1
                                ? published.n()
                                : Math.min(published.n(), r * (1 - r) / plain[1]);
                        assertThat(published.effectiveN()).as(as).isCloseTo(nStar, within(1e-9));
                        assertThat(published.rate()).as(as).isBetween(published.ciLow(), published.ciHigh());
                    }
                }
            }
        }
    }

    private static long rating(JdbcClient jdbc, long agency, long desk, String key, Given g) {
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, form_code, channel, instrument, agency_id, desk_id, unit_code,"
                        + " created_at) values ('cr-" + key + "', 'EIGHT', '" + g.channel() + "', 'FIVE_LEVEL', "
                        + agency + ", " + (desk == 0 ? "null" : desk) + ", '95', timestamp '" + g.day()
                        + " 10:00:00')");
        String[] items = {"RESULT", "CONDUCT", "FEES"};
        Integer[] scores = {g.result(), g.conduct(), g.fees()};
        for (int k = 0; k < 3; k++) {
            if (scores[k] != null) {
                jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                        .params(id, items[k], scores[k] == 0 ? null : scores[k])
                        .update();
            }
        }
        return id;
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }
}
