package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.Role;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** The export queue on H2 and PostgreSQL: a job is claimed once, keeps its requester's scope, finishes, fails, expires. */
class ExportRepositoryTest {

    static java.util.List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queuedClaimedOnceFinishedAndExpired(Db db) {
        ExportRepository jobs = new ExportRepository(db.jdbc());
        db.jdbc()
                .sql("update report_export set status = 'DONE' where status in ('QUEUED', 'RUNNING')")
                .update();
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 9, 0);
        String who = "u" + System.nanoTime();
        long id = jobs.insert(
                ExportKind.UNITS_CSV,
                "22",
                "2026",
                who,
                Role.UNIT_LEADER,
                new AgencyScope(false, null, Set.of(7L, 3L)),
                now);
        long other = jobs.insert(
                ExportKind.ANNUAL_PDF,
                "22",
                "2026",
                who,
                Role.PROVINCIAL_OFFICIAL,
                AgencyScope.province("22"),
                now.plusSeconds(1));
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo("QUEUED");

        var first = jobs.claim(now).orElseThrow();
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.role()).isEqualTo(Role.UNIT_LEADER);
        assertThat(first.scope()).isEqualTo(new AgencyScope(false, null, Set.of(3L, 7L)));
        var second = jobs.claim(now).orElseThrow();
        assertThat(second.id()).isEqualTo(other);
        assertThat(second.scope()).isEqualTo(AgencyScope.province("22"));
        assertThat(jobs.claim(now)).isEmpty();

        jobs.finish(id, "x.csv", "text/csv", new byte[] {1, 2, 3}, now, now.plusDays(7));
        jobs.fail(other, "Không tìm thấy đơn vị XX", now);
        assertThat(jobs.file(id).orElseThrow().content()).containsExactly(1, 2, 3);
        assertThat(jobs.file(other)).isEmpty();
        assertThat(jobs.find(other).orElseThrow().error()).isEqualTo("Không tìm thấy đơn vị XX");
        assertThat(jobs.list(who, 10)).extracting(ExportJob::id).containsExactly(other, id);

        assertThat(jobs.expire(now.plusDays(6), now.minusHours(1))).isZero();
        assertThat(jobs.expire(now.plusDays(8), now.minusHours(1))).isEqualTo(1);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo("EXPIRED");
        assertThat(jobs.file(id)).isEmpty();
    }
}
