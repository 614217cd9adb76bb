package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.AuditLog;
import vn.hailong.access.SystemActor;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.RowError;
import vn.hailong.support.AppTest;

/**
 * A unit-change resolution imported from a file: new versions from the effective date, predecessors ended and
 * linked, bad rows reported, the same file twice changes nothing. Uses a made-up resolution in Lạng Sơn (20),
 * effective 2030, which no other test looks at.
 */
class UnitResolutionsTest extends AppTest {

    static final LocalDate EFFECTIVE = LocalDate.of(2030, 1, 1);
    static final LocalDate DAY_BEFORE = EFFECTIVE.minusDays(1);

    static final String RESOLUTION = """
            effective_date,resolution,code,level,unit_type,name,name_en,parent_code,predecessor_codes
            2030-01-01,TEST-NQ/2029,06325,,Phường,Bắc Sơn,Bac Son,,06325;06001
            2030-01-01,TEST-NQ/2029,0632,,,,,,
            2030-01-01,TEST-NQ/2029,06004,,Làng,Quốc Khánh,,,
            2030-01-01,TEST-NQ/2029,99999,commune,Xã,Mới,Moi,20,
            2030-01-01,TEST-NQ/2029,99998,commune,Xã,Mới,Moi,99,
            2030-01-01,TEST-NQ/2029,05986,,,,,,05986 12345
            2030-01-01,,05983,,,,,,
            """;

    /** Resolution 30/2026/QH16 as a file: the migration already holds it, so nothing changes. */
    static final String DONG_NAI = """
            effective_date,resolution,code,level,unit_type,name,name_en,parent_code,predecessor_codes
            2026-04-30,30/2026/QH16,75,province,Thành phố,Đồng Nai,Dong Nai,,
            2026-04-30,30/2026/QH16,26368,commune,Phường,Long Thành,Long Thanh,75,
            2026-04-30,30/2026/QH16,26485,commune,Phường,Nhơn Trạch,Nhon Trach,75,
            """;

    @Autowired
    UnitResolutions resolutions;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    AuditLog audit;

    ImportReport importFile(String csv) {
        return SystemActor.call(
                "test",
                () -> resolutions.importResolution(
                        "resolution.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aResolutionMakesNewVersionsFromItsEffectiveDateAndKeepsHistoryReportable() {
        long communesBefore = units.list("commune", "20", DAY_BEFORE).size();
        ImportReport report = importFile(RESOLUTION);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3L, 4L, 6L, 7L, 8L);
        assertThat(report.errors().get(1).reason()).contains("Làng");

        // Xã Đoàn Kết (06001) merged into Bắc Sơn, which becomes a phường
        assertThat(units.find("06325", DAY_BEFORE))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Xã Bắc Sơn");
        assertThat(units.find("06325", EFFECTIVE))
                .get()
                .extracting(AdminUnit::fullName)
                .isEqualTo("Phường Bắc Sơn");
        assertThat(units.list("commune", "20", DAY_BEFORE))
                .extracting(AdminUnit::code)
                .contains("06001");
        assertThat(units.list("commune", "20", EFFECTIVE))
                .extracting(AdminUnit::code)
                .doesNotContain("06001")
                .contains("99999");
        assertThat(units.list("commune", "20", EFFECTIVE)).hasSize((int) communesBefore);
        assertThat(units.codesWithHistory("06325")).contains("06325", "06001");
        assertThat(units.detail("06325", EFFECTIVE).predecessors())
                .extracting(AdminUnit::code)
                .containsExactlyInAnyOrder("06001", "06325");
        assertThat(audit.forEntity("admin_unit", "06325@2030-01-01")).isNotEmpty();

        ImportReport again = importFile(RESOLUTION);
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.errors()).hasSize(5);
    }

    @Test
    void theDongNaiResolutionAsAFileFindsTheMigrationsVersions() {
        ImportReport report = importFile(DONG_NAI);
        assertThat(report.errors()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(3);
        assertThat(units.countByType("province", LocalDate.of(2026, 4, 29))).containsEntry("Tỉnh", 28L);
        assertThat(units.codesWithHistory("26368")).containsExactly("26368");
    }
}
