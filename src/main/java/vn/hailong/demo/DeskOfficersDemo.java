package vn.hailong.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.organization.Agencies;

/**
 * The demo's one-stop accounts are officers of their desks too, so that reception offers the signed-in officer as
 * "Người tiếp nhận". Loaded last: the officers drawn for the demo's dossiers and ratings stay as they were.
 */
@Component
@Order(200)
class DeskOfficersDemo implements DemoStep {

    private final Agencies agencies;

    DeskOfficersDemo(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public void load() {
        officer(AccountsDemo.HONG_GAI, "Phạm Thị Lan");
        officer(AccountsDemo.HA_LONG, "Vũ Đức Anh");
    }

    private void officer(String commune, String fullName) {
        long agency = agencies.byCode(OrganizationDemo.agencyCode(commune))
                .orElseThrow()
                .id();
        Long desk = agencies.desks(agency).stream().findFirst().map(d -> d.id()).orElse(null);
        agencies.createOfficer(agency, desk, fullName, "Viên chức tiếp nhận và trả kết quả", null, null);
    }
}
