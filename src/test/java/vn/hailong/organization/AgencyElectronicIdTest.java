package vn.hailong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** Agencies' electronic identifiers (mã định danh điện tử): stored in capitals, checked, one agency each. */
class AgencyElectronicIdTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Test
    void anIdentifierIsCheckedStoredAndBelongsToOneAgency() {
        Agency hongGai = agencies.byCode("22-06685").orElseThrow();
        Agency haLong = SystemActor.call("test", () -> agencies.visible(null)).stream()
                .filter(a -> a.id() != hongGai.id() && a.unitCode().length() == 5)
                .findFirst()
                .orElseThrow();
        SystemActor.run("test", () -> agencies.setElectronicId(hongGai.id(), " h40.123.45 "));
        assertThat(agencies.byCode("22-06685").orElseThrow().electronicId()).isEqualTo("H40.123.45");
        assertThat(agencies.byElectronicId("h40.123.45"))
                .get()
                .extracting(Agency::id)
                .isEqualTo(hongGai.id());

        for (String bad : new String[] {
            "H40", "H40..12", "H40.12.", "H40-12-34", "Đ40.12.34", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T"
        }) {
            assertThatThrownBy(() -> SystemActor.run("test", () -> agencies.setElectronicId(hongGai.id(), bad)))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "agency.electronicId.invalid");
        }
        assertThatThrownBy(() -> SystemActor.run("test", () -> agencies.setElectronicId(haLong.id(), "H40.123.45")))
                .isInstanceOf(ConflictException.class);
        assertThat(agencies.byCode("22-06685").orElseThrow().electronicId()).isEqualTo("H40.123.45");
    }

    @Test
    void anAdministratorEntersItOnTheUnitPage() {
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String page = admin.get("/don-vi/06685").body();
        Agency agency = agencies.byCode("22-06685").orElseThrow();
        HttpResponse<String> bad = admin.postForm(
                "/co-quan/" + agency.id() + "/ma-dinh-danh", "electronicId=H40+12&_csrf=" + Browser.csrf(page));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(admin.get("/don-vi/06685").body()).contains("không hợp lệ");

        Browser official = browser();
        official.signIn("quangninh", "hailong-demo");
        String seen = official.get("/don-vi/06685").body();
        assertThat(seen).contains("Mã định danh điện tử").doesNotContain("/ma-dinh-danh");
        assertThat(official.postForm(
                                "/co-quan/" + agency.id() + "/ma-dinh-danh",
                                "electronicId=H40.1.2&_csrf=" + Browser.csrf(seen))
                        .statusCode())
                .isEqualTo(403);
    }
}
