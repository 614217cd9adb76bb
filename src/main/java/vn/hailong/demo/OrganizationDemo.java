package vn.hailong.demo;

import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.organization.AdminUnit;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.AgencyKind;
import vn.hailong.shared.ImportReport;

/**
 * Quảng Ninh: the provincial agencies, a People's Committee for each of the 54 communes with its
 * one-stop desks and officers (names drawn with a fixed seed), and the demo successions of former wards.
 */
@Component
@Profile("demo")
@Order(2)
class OrganizationDemo implements DemoStep {

    static final String PROVINCE = "22";

    private final AdministrativeUnits units;
    private final Agencies agencies;

    OrganizationDemo(AdministrativeUnits units, Agencies agencies) {
        this.units = units;
        this.agencies = agencies;
    }

    @Override
    public void load() {
        DemoData.csv("quangninh-agencies.csv")
                .forEach(r -> agencies.create(r.cell(0), r.cell(1), AgencyKind.valueOf(r.cell(2)), r.cell(3)));
        long centre = agencies.byCode("22-TTPVHCC").orElseThrow().id();
        agencies.createDesk(centre, "Quầy Tư pháp – Hộ tịch", "Tầng 1, Trung tâm Phục vụ hành chính công tỉnh");
        agencies.createDesk(centre, "Quầy Đất đai – Xây dựng", "Tầng 1, Trung tâm Phục vụ hành chính công tỉnh");

        List<String> names = DemoData.lines("data/demo/officer-names.txt");
        Random random = new Random(22);
        int next = 0;
        for (AdminUnit commune : units.list("commune", PROVINCE, units.today())) {
            long agency = agencies.create(
                    agencyCode(commune.code()),
                    "Ủy ban nhân dân " + commune.fullName(),
                    AgencyKind.COMMUNE_PC,
                    commune.code());
            String place = "Trung tâm Phục vụ hành chính công " + commune.fullName();
            long desk1 = agencies.createDesk(agency, "Quầy số 1 – Hộ tịch, Chứng thực", place);
            long desk2 = agencies.createDesk(agency, "Quầy số 2 – Đất đai, Xây dựng, Kinh doanh", place);
            agencies.createOfficer(agency, null, names.get(next++ % names.size()), "Chủ tịch UBND", null, null);
            agencies.createOfficer(
                    agency, desk1, names.get(next++ % names.size()), "Công chức Tư pháp - Hộ tịch", null, null);
            agencies.createOfficer(
                    agency, desk1, names.get(next++ % names.size()), "Công chức Văn phòng - Thống kê", null, null);
            agencies.createOfficer(
                    agency, desk2, names.get(next++ % names.size()), "Công chức Địa chính - Xây dựng", null, null);
            if (random.nextInt(3) == 0) {
                agencies.createOfficer(
                        agency,
                        desk2,
                        names.get(next++ % names.size()),
                        "Viên chức tiếp nhận và trả kết quả",
                        null,
                        null);
            }
        }
        ImportReport successions = units.importSuccessions(
                "quangninh-successions.csv", DemoData.resource("data/units/quangninh-successions.csv"));
        if (!successions.errors().isEmpty()) {
            throw new IllegalStateException("Demo successions rejected: " + successions.errors());
        }
    }

    static String agencyCode(String communeCode) {
        return PROVINCE + "-" + communeCode;
    }
}
