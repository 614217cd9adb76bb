package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** The scope is applied in SQL and fails closed, on both databases. */
class AgencyScopeSqlTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scopesLimitAgenciesDesksAndOfficers(Db db) {
        AgencyRepository repo = new AgencyRepository(db.jdbc());
        String tag = db.name() + System.nanoTime();
        long qn = repo.byCode("scope-qn-" + tag)
                .map(Agency::id)
                .orElseGet(() ->
                        repo.insert("scope-qn-" + tag, "UBND Phường Hồng Gai", AgencyKind.COMMUNE_PC, "06685", "22"));
        long hn = repo.insert("scope-hn-" + tag, "UBND Phường Ba Đình", AgencyKind.COMMUNE_PC, "00004", "01");
        long desk = repo.insertDesk(qn, "Quầy 1", "Tầng 1");
        repo.insertOfficer(qn, desk, "Nguyễn Văn A", "Công chức", null, null);

        assertThat(repo.list(AgencyScope.NONE, null)).isEmpty();
        assertThat(repo.desks(AgencyScope.NONE, qn)).isEmpty();
        assertThat(repo.officers(AgencyScope.NONE, qn)).isEmpty();

        assertThat(repo.list(AgencyScope.province("22"), null))
                .extracting(Agency::id)
                .contains(qn)
                .doesNotContain(hn);
        assertThat(repo.list(AgencyScope.agency(hn), null))
                .extracting(Agency::id)
                .containsExactly(hn);
        assertThat(repo.find(AgencyScope.agency(hn), qn)).isEmpty();
        assertThat(repo.officers(AgencyScope.agency(hn), qn)).isEmpty();
        assertThat(repo.officers(AgencyScope.province("22"), qn)).hasSize(1);
        assertThat(repo.list(AgencyScope.EVERYTHING, null))
                .extracting(Agency::id)
                .contains(qn, hn);
        assertThat(new AgencyScope(false, null, Set.of()).predicate("a")).isEqualTo("1 = 0");
    }
}
