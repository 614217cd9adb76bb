package vn.hailong.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.access.Role;
import vn.hailong.access.UserForm;
import vn.hailong.access.Users;
import vn.hailong.organization.Agencies;

/** The demo accounts of the contract; all with the password {@value #PASSWORD}. */
@Component
@Profile("demo")
@Order(4)
class AccountsDemo implements DemoStep {

    static final String PASSWORD = "hailong-demo";
    static final String HONG_GAI = "06685";
    static final String HA_LONG = "06688";

    private final Users users;
    private final Agencies agencies;

    AccountsDemo(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    @Override
    public void load() {
        long hongGai = agencies.byCode(OrganizationDemo.agencyCode(HONG_GAI))
                .orElseThrow()
                .id();
        long haLong = agencies.byCode(OrganizationDemo.agencyCode(HA_LONG))
                .orElseThrow()
                .id();
        user("admin", "Quản trị hệ thống", Role.SYSTEM_ADMIN, null, null);
        user("quangninh", "Nguyễn Thị Thanh Hương", Role.PROVINCIAL_OFFICIAL, OrganizationDemo.PROVINCE, null);
        // demo addresses (reserved .example domain): alerts reach the unit leader through the outbox
        user(
                "honggai.lanhdao",
                "Trần Văn Minh",
                "honggai.lanhdao@hailong.example",
                Role.UNIT_LEADER,
                OrganizationDemo.PROVINCE,
                hongGai);
        user("honggai.motcua", "Phạm Thị Lan", Role.ONE_STOP_OFFICER, OrganizationDemo.PROVINCE, hongGai);
        user("honggai.thuky", "Lê Thị Hoa", Role.BALLOT_SECRETARY, OrganizationDemo.PROVINCE, hongGai);
        user("halong.motcua", "Vũ Đức Anh", Role.ONE_STOP_OFFICER, OrganizationDemo.PROVINCE, haLong);
    }

    private void user(String username, String fullName, Role role, String province, Long agency) {
        user(username, fullName, null, role, province, agency);
    }

    private void user(String username, String fullName, String email, Role role, String province, Long agency) {
        users.create(new UserForm(username, fullName, email, role, province, agency, PASSWORD, true));
    }
}
