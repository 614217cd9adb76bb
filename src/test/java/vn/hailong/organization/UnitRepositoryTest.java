package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /** Resolution 30/2026/QH16: Đồng Nai a centrally run city from 30/04/2026, ten of its xã made phường. */
    @ParameterizedTest
    @MethodSource("databases")
    void dongNaiIsAProvinceUntil29AprilAndACityFrom30April2026(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        LocalDate lastDay = LocalDate.of(2026, 4, 29);
        LocalDate firstDay = LocalDate.of(2026, 4, 30);
        assertThat(units.at("75", lastDay))
                .get()
                .extracting(AdminUnit::fullName, AdminUnit::unitType)
                .containsExactly("Tỉnh Đồng Nai", "Tỉnh");
        assertThat(units.at("75", firstDay))
                .get()
                .extracting(AdminUnit::fullName, AdminUnit::unitType)
                .containsExactly("Thành phố Đồng Nai", "Thành phố");
        assertThat(units.at("26368", lastDay))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Xã Long Thành");
        assertThat(units.at("26368", firstDay))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Phường Long Thành");
        assertThat(units.search("xa long thanh", lastDay, 10))
                .extracting(AdminUnit::code)
                .contains("26368");

        assertThat(units.countByType("province", lastDay)).isEqualTo(Map.of("Tỉnh", 28L, "Thành phố", 6L));
        assertThat(units.countByType("province", firstDay)).isEqualTo(Map.of("Tỉnh", 27L, "Thành phố", 7L));
        assertThat(units.countByType("commune", lastDay))
                .isEqualTo(Map.of("Xã", 2621L, "Phường", 687L, "Đặc khu", 13L));
        assertThat(units.countByType("commune", firstDay))
                .isEqualTo(Map.of("Xã", 2611L, "Phường", 697L, "Đặc khu", 13L));
        Map<String, Long> dongNai = new java.util.HashMap<>();
        units.list("commune", "75", lastDay).forEach(u -> dongNai.merge(u.unitType(), 1L, Long::sum));
        assertThat(dongNai).isEqualTo(Map.of("Xã", 72L, "Phường", 23L));
        assertThat(units.list("commune", "75", firstDay)).hasSize(95);

        // the old version is succeeded by the new one, so history stays reportable across the change
        AdminUnit oldLongThanh = units.at("26368", lastDay).orElseThrow();
        assertThat(units.successors(oldLongThanh.id()))
                .extracting(AdminUnit::validFrom)
                .containsExactly(firstDay);
        assertThat(units.versions("75")).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewVersionStartsWhereTheOldOneEnds(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        LocalDate from = LocalDate.of(2031, 1, 1);
        AdminUnit old = units.at("06349", from.minusDays(1)).orElseThrow();
        if (units.startingOn("06349", from).isEmpty()) {
            units.end(old.id(), from.minusDays(1));
            long id = units.insertVersion(
                    new NewUnitVersion("06349", "20", "commune", "Phường", "Hưng Vũ", "Hung Vu", from, "TEST"));
            units.link(old.id(), id, from);
        }
        assertThat(units.at("06349", from.minusDays(1)))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Xã Hưng Vũ");
        assertThat(units.at("06349", from))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Phường Hưng Vũ");
        assertThat(units.startingOn("06349", from))
                .get()
                .extracting(AdminUnit::validTo)
                .isNull();
        assertThat(units.search("phuong hung vu", from, 5))
                .extracting(AdminUnit::code)
                .contains("06349");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unitTypesAreCapitalisedInFullNames(Db db) {
        assertThat(new UnitRepository(db.jdbc()).at("06325", AFTER))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Xã Bắc Sơn");
        assertThat(db.jdbc()
                        .sql("select count(*) from admin_unit where full_name like 'xã %' or full_name like 'phường %'"
                                + " or full_name like 'huyện %' or full_name like 'tỉnh %' or full_name like 'thị %'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReusedCodeNamesDifferentUnitsOnEitherSideOfTheReform(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        assertThat(units.at("06685", BEFORE))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Phường Trần Hưng Đạo");
        assertThat(units.at("06685", AFTER))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Phường Hồng Gai");
        assertThat(units.versions("06685")).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void searchIgnoresDiacriticsAndCase(Db db) {
        UnitRepository units = new UnitRepository(db.jdbc());
        assertThat(units.search("hong gai", AFTER, 10))
                .extracting(AdminUnit::fullName)
                .contains("Phường Hồng Gai");
        assertThat(units.search("QUẢNG NINH", AFTER, 10))
                .extracting(AdminUnit::code)
                .contains("22");
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
        assertThat(units.predecessors(haTu.id()))
                .extracting(AdminUnit::fullName)
                .contains("Phường Bãi Cháy");
        db.jdbc()
                .sql("delete from unit_succession where predecessor_id = :p and successor_id = :s")
                .param("p", baiChayOld.id())
                .param("s", haTu.id())
                .update();
    }
}
