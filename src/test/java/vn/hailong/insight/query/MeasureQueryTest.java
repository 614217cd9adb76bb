package vn.hailong.insight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.access.AgencyScope;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * The query object applies the viewer's scope and the filters in one where-clause, on H2 and PostgreSQL: an empty
 * scope matches nothing whatever the filters, a province or agency scope only its agencies, a unit its codes (and the
 * codes it took over), resolved agency ids limit the rows and an empty resolution (-1) matches nothing.
 */
class MeasureQueryTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theScopeAndTheFiltersMeetInOneWhereClause(Db db) {
        JdbcClient jdbc = db.jdbc();
        String tag = "mq-" + UUID.randomUUID().toString().substring(0, 8);
        long a1 = agency(jdbc, tag + "-1", "m1", "p1");
        long a2 = agency(jdbc, tag + "-2", "m2", "p1");
        long a3 = agency(jdbc, tag + "-3", "m3", "p2");

        assertThat(codes(jdbc, tag, MeasureQuery.within(AgencyScope.NONE, "a"))).isEmpty();
        assertThat(codes(jdbc, tag, MeasureQuery.within(AgencyScope.NONE, "a").unit(List.of("p1"))))
                .isEmpty();
        assertThat(codes(jdbc, tag, MeasureQuery.within(AgencyScope.EVERYTHING, "a")))
                .containsExactly(tag + "-1", tag + "-2", tag + "-3");
        assertThat(codes(jdbc, tag, MeasureQuery.within(AgencyScope.province(tag + "p1"), "a")))
                .containsExactly(tag + "-1", tag + "-2");
        assertThat(codes(jdbc, tag, MeasureQuery.within(AgencyScope.agency(a2), "a")))
                .containsExactly(tag + "-2");
        assertThat(codes(jdbc, tag, MeasureQuery.within(new AgencyScope(false, null, Set.of(a1, a3)), "a")))
                .containsExactly(tag + "-1", tag + "-3");

        // a unit by its province, commune or agency code, and with the codes it took over
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a").unit(List.of(tag + "p2"))))
                .containsExactly(tag + "-3");
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a").unit(List.of(tag + "m2"))))
                .containsExactly(tag + "-2");
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a").unit(List.of(tag + "m1", tag + "-3"))))
                .containsExactly(tag + "-1", tag + "-3");
        // the scope still applies to a unit outside it
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.province(tag + "p1"), "a")
                                .unit(List.of(tag + "p2"))))
                .isEmpty();

        // agencies resolved beforehand: none resolved is -1, which matches nothing; null is no limit
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a")
                                .agencies(List.of(a1, a2))
                                .agencyIn("a.id")))
                .containsExactly(tag + "-1", tag + "-2");
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a")
                                .agencies(List.of(-1L))
                                .agencyIn("a.id")))
                .isEmpty();
        MeasureQuery unlimited =
                MeasureQuery.within(AgencyScope.EVERYTHING, "a").agencies(null);
        assertThat(unlimited.agencyFilter("agency_id")).isEmpty();
        assertThat(codes(jdbc, tag, unlimited.agencyIn("a.id"))).hasSize(3);

        // a null filter value adds no condition; a given one does
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a").is("a.id", "id", null)))
                .hasSize(3);
        assertThat(codes(
                        jdbc,
                        tag,
                        MeasureQuery.within(AgencyScope.EVERYTHING, "a").is("a.id", "id", a3)))
                .containsExactly(tag + "-3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRuleSeenThroughItsProvinceNamesTheScopeOnEveryAlias(Db db) {
        JdbcClient jdbc = db.jdbc();
        String tag = "mv-" + UUID.randomUUID().toString().substring(0, 8);
        agency(jdbc, tag + "-1", "m1", "p1");
        MeasureQuery q = MeasureQuery.visibleThrough(
                        AgencyScope.province(tag + "p1"),
                        on -> "exists (select 1 from agency s where s.code = :code and " + on.apply("s") + ")")
                .param("code", tag + "-1");
        assertThat(q.bind(jdbc.sql("select count(*) from agency a" + q.where() + " and a.code = :code"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        MeasureQuery none = MeasureQuery.visibleThrough(
                        AgencyScope.NONE, on -> "exists (select 1 from agency s where " + on.apply("s") + ")")
                .between("a.created_at", LocalDate.of(2000, 1, 1), LocalDate.of(2999, 1, 1));
        assertThat(none.where()).contains("1 = 0").contains(":from and :to");
    }

    private static List<String> codes(JdbcClient jdbc, String tag, MeasureQuery q) {
        q.and("a.code like :tag").param("tag", tag + "-%");
        return q.bind(jdbc.sql("select a.code from agency a" + q.where() + " order by a.code"))
                .query(String.class)
                .list();
    }

    private static long agency(JdbcClient jdbc, String code, String unit, String province) {
        String tag = code.substring(0, code.lastIndexOf('-'));
        jdbc.sql(
                        "insert into agency (code, name, kind, unit_code, province_code) values (:c, :n, 'COMMUNE_PC', :u, :p)")
                .param("c", code)
                .param("n", "UBND xã thử " + code)
                .param("u", tag + unit)
                .param("p", tag + province)
                .update();
        return jdbc.sql("select id from agency where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }
}
