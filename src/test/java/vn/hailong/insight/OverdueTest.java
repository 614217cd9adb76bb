package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.Overdue;
import vn.hailong.insight.alert.AlertRepository;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** One definition of overdue: a withdrawn dossier past its due time counts nowhere and no longer reads "Đang xử lý". */
class OverdueTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    AlertRepository alerts;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    @Test
    void aWithdrawnDossierIsNeverOverdue() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        LocalDateTime now = LocalDateTime.now(clock);
        long before = alerts.overdue(hongGai, now);
        assertThat(overdueListed(hongGai, now)).isEqualTo(before);

        Browser api = browser();
        String code = json(api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Hoàng Văn Quá",
                 "receivedAt": "2026-09-01T09:00:00"}""".formatted(hongGai), "honggai.motcua", PW)
                        .body())
                .get("code")
                .asString();
        assertThat(alerts.overdue(hongGai, now)).isEqualTo(before + 1);
        assertThat(overdueListed(hongGai, now)).isEqualTo(before + 1);
        Browser desk = browser();
        desk.signIn("honggai.motcua", PW);
        assertThat(desk.get("/ho-so/" + code).body()).contains("Quá hạn, chưa giải quyết");
        assertThat(desk.get("/ho-so?overdue=true&agency=" + hongGai).body()).contains(code);

        api.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "w1", "type": "WITHDRAWN", "at": "2026-11-17T09:00:00"}""", "honggai.motcua", PW);
        assertThat(json(api.get("/api/v1/dossiers/" + code, "honggai.motcua", PW)
                                .body())
                        .get("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(alerts.overdue(hongGai, now)).isEqualTo(before);
        assertThat(overdueListed(hongGai, now)).isEqualTo(before);
        String page = desk.get("/ho-so/" + code).body();
        assertThat(page).contains("Không tính hạn (đã kết thúc)");
        assertThat(page.substring(page.indexOf("<main"))).doesNotContain("Đang xử lý");
        assertThat(desk.get("/ho-so?overdue=true&agency=" + hongGai).body()).doesNotContain(code);
    }

    @Test
    void theDefinition() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 18, 10, 0);
        LocalDateTime due = now.minusDays(1);
        for (DossierStatus s : DossierStatus.values()) {
            assertThat(Overdue.test(s, due, now)).as(s.name()).isEqualTo(s.open());
        }
        assertThat(Overdue.OPEN_CODES).isEqualTo("1, 2, 4, 5, 6");
        assertThat(Overdue.test(DossierStatus.PROCESSING, now.plusMinutes(1), now))
                .isFalse();
    }

    /** What the dossier list counts as overdue, for the unit's leader. */
    private long overdueListed(long agency, LocalDateTime now) {
        var leader = users.loadUserByUsername("honggai.lanhdao");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(leader, null, leader.getAuthorities()));
        try {
            return dossiers.count(
                    new DossierFilter(agency, null, null, null, null, null, null, null, null, null, null, null, now));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
