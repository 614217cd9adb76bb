package vn.hailong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.RowError;
import vn.hailong.support.AppTest;

/** An import takes the good rows, lists each bad row with its line and reason, and is idempotent. */
class ProcedureImportTest extends AppTest {

    @Autowired
    ProcedureCatalog catalog;

    @Test
    void csvWithGoodAndBadRows() {
        String csv = """
                code,name,field_code,duration,duration_unit,fee_vnd,life_event,agency_kinds,documents
                NK-001,Đăng ký thường trú thử,HO_TICH,7,WORKING_DAYS,0,NONE,COMMUNE_PC,Tờ khai|Giấy tờ chỗ ở
                NK-002,Thủ tục sai lĩnh vực,KHONG_CO,7,WORKING_DAYS,0,NONE,COMMUNE_PC,
                NK-003,Thủ tục sai thời hạn,HO_TICH,bảy,WORKING_DAYS,0,NONE,COMMUNE_PC,
                NK-004,"Thủ tục, có dấu phẩy",CHUNG_THUC,4,WORKING_HOURS,"2000",NONE,COMMUNE_PC|SERVICE_CENTER,Bản chính
                NK-005,Thủ tục sai phí,HO_TICH,1,WORKING_DAYS,-5,NONE,COMMUNE_PC,
                """;
        ImportReport first =
                vn.hailong.access.SystemActor.call("admin", () -> catalog.importProcedures("thu-tuc.csv", stream(csv)));
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.errors()).extracting(RowError::line).containsExactly(3L, 4L, 6L);
        assertThat(first.errors().get(0).reason()).isEqualTo("Lĩnh vực \"KHONG_CO\" không có trong danh mục.");
        assertThat(first.errors().get(1).reason()).contains("Thời hạn \"bảy\" không hợp lệ");
        assertThat(catalog.get("NK-004").name()).isEqualTo("Thủ tục, có dấu phẩy");
        assertThat(catalog.get("NK-004").agencyKinds()).containsExactly("COMMUNE_PC", "SERVICE_CENTER");

        ImportReport again =
                vn.hailong.access.SystemActor.call("admin", () -> catalog.importProcedures("thu-tuc.csv", stream(csv)));
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void xlsxIsReadToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "HaiLong", "1.0")) {
            Worksheet ws = wb.newWorksheet("Thủ tục");
            String[] header = {
                "code",
                "name",
                "field_code",
                "duration",
                "duration_unit",
                "fee_vnd",
                "life_event",
                "agency_kinds",
                "documents"
            };
            String[] good = {
                "XL-001",
                "Cấp bản sao trích lục hộ tịch",
                "HO_TICH",
                "1",
                "WORKING_DAYS",
                "8000",
                "NONE",
                "COMMUNE_PC",
                "Tờ khai"
            };
            String[] bad = {"XL-002", "Thiếu đơn vị", "HO_TICH", "1", "NGAY", "0", "NONE", "COMMUNE_PC", ""};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
                ws.value(1, c, good[c]);
                ws.value(2, c, bad[c]);
            }
        }
        ImportReport report = vn.hailong.access.SystemActor.call(
                "admin", () -> catalog.importProcedures("thu-tuc.xlsx", new ByteArrayInputStream(out.toByteArray())));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("Đơn vị thời hạn \"NGAY\"");
        });
        assertThat(catalog.get("XL-001").feeVnd()).isEqualTo(8000);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
