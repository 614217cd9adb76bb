package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** The ballot SQL (scoped lists, open sessions, results per month × item × level) on both databases. */
class BallotRepositoryTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sessionsTalliesAndResults(Db db) {
        BallotRepository repo = new BallotRepository(db.jdbc(), new DossierLookup(db.jdbc()));
        String tag = "b" + System.nanoTime();
        db.jdbc()
                .sql(
                        "insert into agency (code, name, kind, unit_code, province_code) values (:c, 'UBND Phường Thử', 'COMMUNE_PC', '06685', '22')")
                .param("c", tag)
                .update();
        long agency = db.jdbc()
                .sql("select id from agency where code = :c")
                .param("c", tag)
                .query(Long.class)
                .single();
        long box = repo.insertBox(agency, null, "Sảnh", "S-1", null, LocalDateTime.of(2026, 9, 1, 8, 0));
        repo.insertSeal(box, "S-1", LocalDateTime.of(2026, 9, 1, 8, 0), "test", null);
        assertThat(repo.insertSessionIfMissing(box, agency, YearMonth.of(2026, 9), LocalDate.of(2026, 9, 30)))
                .isTrue();
        assertThat(repo.insertSessionIfMissing(box, agency, YearMonth.of(2026, 9), LocalDate.of(2026, 9, 30)))
                .isFalse();
        assertThat(repo.insertSessionIfMissing(box, agency, YearMonth.of(2026, 10), LocalDate.of(2026, 10, 30)))
                .isTrue();

        AgencyScope mine = AgencyScope.agency(agency);
        List<BallotSession> september = repo.sessions(mine, agency, YearMonth.of(2026, 9));
        assertThat(september).hasSize(1);
        long id = september.get(0).id();
        assertThat(repo.sessions(AgencyScope.NONE, agency, null)).isEmpty();
        assertThat(repo.sessions(AgencyScope.province("01"), agency, null)).isEmpty();
        assertThat(repo.boxes(mine, null)).extracting(BallotBox::sealNumber).containsExactly("S-1");
        assertThat(repo.open(mine, LocalDate.of(2026, 10, 1)))
                .extracting(BallotSession::id)
                .containsExactly(id);
        assertThat(repo.previousOpening(box, YearMonth.of(2026, 10))).contains(LocalDate.of(2026, 9, 30));
        assertThat(repo.previousOpening(box, YearMonth.of(2026, 9))).isEmpty();

        Tally t = new Tally(
                LocalDate.of(2026, 9, 30),
                "Sảnh",
                List.of(new Member("LEADER", "A"), new Member("SECRETARY", "B")),
                "S-1",
                false,
                "Rách",
                "S-2",
                10,
                9,
                1,
                List.of(
                        new ItemCount("RESULT", List.of(0, 0, 1, 2, 6)),
                        new ItemCount("CONDUCT", List.of(0, 1, 0, 2, 5))),
                List.of("Tốt"));
        repo.saveTally(id, t, 1, 12, SessionStatus.ENTERED, "test", LocalDateTime.of(2026, 9, 30, 15, 0));
        repo.linkSlips(id, List.of(), Map.of("RESULT", new int[] {0, 0, 0, 0, 1}));
        repo.replaceIncident(id, agency, box, "S-1", "S-1", "Rách", LocalDateTime.of(2026, 9, 30, 15, 0), "test");
        assertThat(repo.counts("ballot_tally", id).get("RESULT")).containsExactly(0, 0, 1, 2, 6);
        assertThat(repo.counts("ballot_keyed", id).get("RESULT")).containsExactly(0, 0, 0, 0, 1);
        assertThat(repo.members(id)).extracting(Member::name).containsExactly("A", "B");
        assertThat(repo.incidents(mine, null)).extracting(Incident::note).containsExactly("Rách");
        assertThat(repo.incidents(AgencyScope.NONE, null)).isEmpty();
        BallotSession entered = repo.session(mine, id).orElseThrow();
        assertThat(entered.responseRate()).isEqualTo(10 / 12.0);
        assertThat(entered.brokenSeal()).isTrue();

        // only closed sessions count for the indices
        assertThat(repo.results(mine, YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .isEmpty();
        repo.checked(id, "other", LocalDateTime.of(2026, 9, 30, 15, 30));
        repo.closed(id, "leader", LocalDateTime.of(2026, 9, 30, 16, 0));
        List<BallotResult> results = repo.results(mine, YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        assertThat(results).hasSize(10);
        assertThat(results)
                .filteredOn(r -> r.item().equals("RESULT") && r.level() == 5)
                .extracting(BallotResult::count)
                .containsExactly(6);
        assertThat(results).allMatch(r -> r.month().equals("2026-09") && r.agencyId() == agency);
        assertThat(repo.results(mine, YearMonth.of(2026, 10), YearMonth.of(2026, 12)))
                .isEmpty();
        assertThat(repo.returnedDossiers(agency, null, YearMonth.of(2026, 9))).isZero();
        repo.openSeal(box, LocalDateTime.of(2026, 9, 30, 16, 0), false);
        repo.insertSeal(box, "S-2", LocalDateTime.of(2026, 9, 30, 16, 0), "leader", id);
        assertThat(repo.seals(box))
                .extracting(SealRecord::sealNumber, SealRecord::foundIntact)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S-2", null),
                        org.assertj.core.groups.Tuple.tuple("S-1", false));
    }
}
