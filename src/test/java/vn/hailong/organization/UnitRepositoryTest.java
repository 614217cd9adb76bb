package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

class UnitRepositoryTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bothDataSetsAreVersionedByEffectiveDate(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        assertThat(units.count("province", AFTER)).isEqualTo(34);
        assertThat(units.count("commune", AFTER)).isEqualTo(3321);
        assertThat(units.count("district", AFTER)).isZero();
        assertThat(units.count("province", BEFORE)).isEqualTo(63);
        assertThat(units.count("district", BEFORE)).isEqualTo(696);
        assertThat(units.count("commune", BEFORE)).isEqualTo(10035);
        assertThat(units.list("commune", "22", AFTER)).hasSize(54);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReusedCodeNamesDifferentUnitsOnEitherSideOfTheReform(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        assertThat(units.at("06685", BEFORE)).get().extracting(AdminUnit::fullName).isEqualTo("Phường Trần Hưng Đạo");
        assertThat(units.at("06685", AFTER)).get().extracting(AdminUnit::fullName).isEqualTo("Phường Hồng Gai");
        assertThat(units.versions("06685")).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void searchIgnoresDiacriticsAndCase(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        assertThat(units.search("hong gai", AFTER, 10)).extracting(AdminUnit::fullName).contains("Phường Hồng Gai");
        assertThat(units.search("QUẢNG NINH", AFTER, 10)).extracting(AdminUnit::code).contains("22");
        assertThat(units.search("100%_", AFTER, 10)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProvinceThatKeptItsCodeIsItsOwnSuccessorAndLinksAreIdempotent(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        AdminUnit oldQn = units.at("22", BEFORE).orElseThrow();
        AdminUnit newQn = units.at("22", AFTER).orElseThrow();
        assertThat(units.successors(oldQn.id())).extracting(AdminUnit::id).containsExactly(newQn.id());

        AdminUnit baiChayOld = units.at("06673", BEFORE).orElseThrow();
        AdminUnit haTu = units.at("06652", AFTER).orElseThrow();
        assertThat(units.link(baiChayOld.id(), haTu.id(), AFTER)).isTrue();
        assertThat(units.link(baiChayOld.id(), haTu.id(), AFTER)).isFalse();
        assertThat(units.predecessors(haTu.id())).extracting(AdminUnit::fullName).contains("Phường Bãi Cháy");
        db.jdbc().sql("delete from unit_succession where predecessor_id = :p and successor_id = :s")
                .param("p", baiChayOld.id()).param("s", haTu.id()).update();
    }
}
