package vn.hailong.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hailong.access.AuditLog;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The audit log shows times in the application's zone (whatever the server's) and a citizen, not "anonymousUser". */
class AuditLogPageTest extends AppTest {

    @Autowired
    AuditLog audit;

    @Test
    void timesInTheApplicationsZoneAndCitizensByName() {
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            // a citizen's action, recorded as Spring Security's anonymous principal
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            try {
                audit.record("test_entity", 1L, "CREATE", null, java.util.Map.of("x", 1));
            } finally {
                SecurityContextHolder.clearContext();
            }
            Browser admin = browser();
            admin.signIn("admin", "hailong-demo");
            String page = admin.get("/quan-tri/nguoi-dung").body();
            String local = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            assertThat(page).contains(local, "Công dân").doesNotContain("anonymousUser");
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
