package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * The list of openings on both databases: filters by unit, desk, state, month and overdue, keyset pages in date
 * order with the total, and the scope (another unit's openings never appear).
 */
class BallotSessionListRepositoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static List<Db> databases() {
        return Databases.all();
    }

    static long agency(Db db, String code) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        db.jdbc()
                .sql(
                        "insert into agency (code, name, kind, unit_code, province_code) values (:c, :c, 'COMMUNE_PC', '06685', '22')")
                .param("c", code)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    static SessionFilter filter(Long agency, Long desk, SessionStatus status, YearMonth period, Boolean overdue) {
        return new SessionFilter(agency, desk, status, period, overdue);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void filtersPagesAndScope(Db db) {
        BallotRepository repo = new BallotRepository(db.jdbc(), new DossierLookup(db.jdbc()));
        String tag = "l" + System.nanoTime();
        long mine = agency(db, tag + "-A");
        long other = agency(db, tag + "-B");
        var deskKey = new org.springframework.jdbc.support.GeneratedKeyHolder();
        db.jdbc()
                .sql("insert into desk (agency_id, name) values (:a, 'Quầy 1')")
                .param("a", mine)
                .update(deskKey, "id");
        long desk = deskKey.getKey().longValue();
        LocalDateTime at = LocalDateTime.of(2026, 6, 1, 8, 0);
        long atDesk = repo.insertBox(mine, desk, "Quầy 1", "D-1", null, at);
        long hall = repo.insertBox(mine, null, "Sảnh", "H-1", null, at);
        long theirs = repo.insertBox(other, null, "Sảnh", "O-1", null, at);
        for (int m = 7; m <= 11; m++) {
            YearMonth month = YearMonth.of(2026, m);
            for (long box : List.of(atDesk, hall, theirs)) {
                repo.insertSessionIfMissing(box, box == theirs ? other : mine, month, month.atEndOfMonth());
            }
        }
        db.jdbc()
                .sql(
                        "update ballot_session set status = 'CLOSED' where agency_id in (:a) and period in ('2026-07', '2026-08')")
                .param("a", List.of(mine, other))
                .update();
        db.jdbc()
                .sql("update ballot_session set status = 'ENTERED' where agency_id = :a and period = '2026-09'")
                .param("a", mine)
                .update();
        AgencyScope scope = AgencyScope.agency(mine);
        ListQuery all = ListQuery.first(100);

        ListPage<BallotSession> everything = repo.page(scope, filter(null, null, null, null, null), all, TODAY, null);
        assertThat(everything.total()).isEqualTo(10);
        assertThat(everything.totalExact()).isTrue();
        assertThat(everything.items()).allSatisfy(s -> assertThat(s.agencyId()).isEqualTo(mine));
        assertThat(everything.items())
                .as("latest opening first")
                .isSortedAccordingTo(
                        Comparator.comparing(BallotSession::scheduledOn).reversed());
        assertThat(repo.page(scope, filter(other, null, null, null, null), all, TODAY, null)
                        .total())
                .as("asking for another unit gives nothing")
                .isZero();
        assertThat(repo.page(AgencyScope.NONE, filter(null, null, null, null, null), all, TODAY, null)
                        .total())
                .as("fail-closed")
                .isZero();

        assertThat(repo.page(scope, filter(null, desk, null, null, null), all, TODAY, null)
                        .items())
                .extracting(BallotSession::boxId)
                .hasSize(5)
                .containsOnly(atDesk);
        assertThat(repo.page(scope, filter(null, null, SessionStatus.CLOSED, null, null), all, TODAY, null)
                        .total())
                .isEqualTo(4);
        assertThat(repo.page(scope, filter(null, null, null, YearMonth.of(2026, 9), null), all, TODAY, null)
                        .items())
                .extracting(BallotSession::status)
                .containsOnly(SessionStatus.ENTERED)
                .hasSize(2);
        ListPage<BallotSession> overdue = repo.page(scope, filter(null, null, null, null, true), all, TODAY, null);
        assertThat(overdue.items())
                .as("September (entered, not closed) and October (due), not November (30/11 is to come)")
                .extracting(BallotSession::period)
                .containsOnly("2026-09", "2026-10")
                .hasSize(4);
        assertThat(overdue.items()).allSatisfy(s -> assertThat(s.overdue(TODAY)).isTrue());
        assertThat(repo.page(scope, filter(null, null, null, null, false), all, TODAY, null)
                        .total())
                .isEqualTo(6);
        assertThat(repo.page(scope, filter(null, null, null, null, null), all, TODAY, 3L))
                .satisfies(p -> {
                    assertThat(p.total()).isEqualTo(3);
                    assertThat(p.totalExact()).as("more than 3").isFalse();
                });

        for (String dir : List.of("desc", "asc")) {
            ListQuery first = ListQuery.of(null, "date", dir, null, 2, 50);
            SessionFilter atTheDesk = filter(mine, desk, null, null, null);
            ListPage<BallotSession> page = repo.page(scope, atTheDesk, first, TODAY, null);
            List<BallotSession> seen = new ArrayList<>(page.items());
            int pages = 1;
            while (page.nextCursor() != null) {
                page = repo.page(
                        scope, atTheDesk, ListQuery.of(null, "date", dir, page.nextCursor(), 2, 50), TODAY, null);
                assertThat(page.total()).isEqualTo(5);
                seen.addAll(page.items());
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(new HashSet<>(seen.stream().map(BallotSession::id).toList()))
                    .hasSize(5);
            Comparator<BallotSession> byDate = Comparator.comparing(BallotSession::scheduledOn);
            assertThat(seen).isSortedAccordingTo("asc".equals(dir) ? byDate : byDate.reversed());
        }
        String unitCursor = repo.page(
                        scope,
                        filter(null, null, null, null, null),
                        ListQuery.of(null, "unit", "asc", null, 2, 50),
                        TODAY,
                        null)
                .nextCursor();
        assertThatThrownBy(() -> repo.page(
                        scope,
                        filter(null, null, null, null, null),
                        ListQuery.of(null, "date", "asc", unitCursor, 2, 50),
                        TODAY,
                        null))
                .as("a cursor of another sort is refused")
                .isInstanceOf(InvalidInputException.class);
    }
}
