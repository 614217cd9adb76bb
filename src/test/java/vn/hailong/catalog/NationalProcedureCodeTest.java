package vn.hailong.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.RowError;
import vn.hailong.support.AppTest;

/** A procedure carries its national code (mã TTHC) beside the local one and is found by either. */
class NationalProcedureCodeTest extends AppTest {

    @Autowired
    ProcedureCatalog catalog;

    @Test
    void theImportTakesTheNationalCodeAndAFormatErrorIsReportedInVietnamese() {
        String csv = """
                code,name,field_code,duration,duration_unit,fee_vnd,life_event,agency_kinds,documents,national_code
                QG-001,Thủ tục có mã quốc gia,HO_TICH,3,WORKING_DAYS,0,NONE,COMMUNE_PC,Tờ khai,2.000123
                QG-002,Thủ tục mã sai,HO_TICH,3,WORKING_DAYS,0,NONE,COMMUNE_PC,Tờ khai,2.00012
                QG-003,Thủ tục chưa có mã,HO_TICH,3,WORKING_DAYS,0,NONE,COMMUNE_PC,Tờ khai,
                QG-004,Thủ tục trùng mã,HO_TICH,3,WORKING_DAYS,0,NONE,COMMUNE_PC,Tờ khai,2.000123
                """;
        ImportReport report = SystemActor.call(
                "admin",
                () -> catalog.importProcedures(
                        "ma-tthc.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3L, 5L);
        assertThat(report.errors().get(0).reason())
                .isEqualTo("Mã TTHC \"2.00012\" không hợp lệ: phải có dạng một chữ số,"
                        + " dấu chấm và sáu chữ số, ví dụ 1.001193.");
        assertThat(report.errors().get(1).reason()).isEqualTo("Mã TTHC 2.000123 đã được gán cho thủ tục QG-001.");

        assertThat(catalog.find("2.000123")).get().extracting(Procedure::code).isEqualTo("QG-001");
        assertThat(catalog.find(" QG-001 "))
                .get()
                .extracting(Procedure::nationalCode)
                .isEqualTo("2.000123");
        assertThat(catalog.find("QG-003"))
                .get()
                .extracting(Procedure::nationalCode)
                .isNull();
        assertThat(catalog.find("9.999999")).isEmpty();
        assertThat(catalog.search(null, "2.000123")).extracting(Procedure::code).containsExactly("QG-001");
    }

    @Test
    void theApiFindsTheDemoBirthRegistrationByEitherCode() {
        var byNational = json(browser()
                .get("/api/v1/procedures/1.001193", "quangninh", "hailong-demo")
                .body());
        var byLocal = json(browser()
                .get("/api/v1/procedures/HT-001", "quangninh", "hailong-demo")
                .body());
        assertThat(byNational.get("code").asString()).isEqualTo("HT-001");
        assertThat(byLocal.get("nationalCode").asString()).isEqualTo("1.001193");
    }

    @Test
    void anEditorCannotGiveTwoProceduresOneNationalCode() {
        Procedure ht2 = catalog.get("HT-002");
        ProcedureForm clash = ProcedureForm.of(ht2).withNationalCode("1.001193");
        assertThatThrownBy(() -> SystemActor.run("admin", () -> catalog.update("HT-002", clash)))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.get("HT-002").nationalCode()).isNull();
    }
}
