package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.support.AppTest;

/**
 * The one-stop bodies of Decree 118/2025/NĐ-CP Art. 7: a commune centre under its People's Committee, receiving
 * points under a commune centre, branches under a single-level centre; desks only at a body that receives.
 */
class OneStopBodiesTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Test
    void eachBodySitsUnderTheKindTheDecreeNames() {
        long committee = agencies.byCode("22-06685").orElseThrow().id();
        long centre = agencies.byCode("22-06685-TTPVHCC").orElseThrow().id();
        long province = agencies.byCode("22-TTPVHCC").orElseThrow().id();
        assertThat(agencies.byIdUnscoped(centre).orElseThrow().parentId()).isEqualTo(committee);

        refused(
                () -> agencies.create("t-c1", "Trung tâm không trực thuộc", AgencyKind.COMMUNE_CENTRE, "06685", null),
                "agency.parentInvalid.COMMUNE_CENTRE");
        refused(
                () -> agencies.create("t-p1", "Điểm dưới UBND", AgencyKind.RECEIVING_POINT, "06685", committee),
                "agency.parentInvalid.RECEIVING_POINT");
        refused(
                () -> agencies.create("t-b1", "Chi nhánh dưới UBND", AgencyKind.CENTRE_BRANCH, "22", committee),
                "agency.parentInvalid.CENTRE_BRANCH");
        refused(
                () -> agencies.create("t-d1", "Sở dưới trung tâm", AgencyKind.DEPARTMENT, "22", province),
                "agency.parentNotAllowed");
        long branch = SystemActor.call(
                "test", () -> agencies.create("t-b2", "Chi nhánh số 1", AgencyKind.CENTRE_BRANCH, "22", province));
        assertThat(agencies.byIdUnscoped(branch).orElseThrow().parentId()).isEqualTo(province);
    }

    @Test
    void deskBelongsToABodyThatReceives() {
        long department = agencies.byCode("22-SYT").orElseThrow().id();
        refused(() -> agencies.createDesk(department, "Quầy ở sở", null), "desk.notAtOneStop");
        long point = agencies.byCode("22-06685-DTN1").orElseThrow().id();
        assertThat(SystemActor.call("test", () -> agencies.desks(point))).hasSize(1);
    }

    @Test
    void aReceivingPointIssuesItsCentresFormsUnderThePeoplesCommittee() {
        long point = agencies.byCode("22-06685-DTN1").orElseThrow().id();
        OneStopBody body = SystemActor.call("test", () -> agencies.oneStop(point));
        assertThat(body.name()).isEqualTo("Trung tâm Phục vụ hành chính công phường Hồng Gai");
        assertThat(body.letterhead().agencyParent()).isEqualTo("Ủy ban nhân dân Phường Hồng Gai");
    }

    private static void refused(Runnable create, String key) {
        assertThatThrownBy(() -> SystemActor.run("test", create))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
