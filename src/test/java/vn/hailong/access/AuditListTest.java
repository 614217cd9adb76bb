package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The audit log page: search by actor or entity, action and day filters, keyset pages, totals and scope. */
class AuditListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";
    static final Pattern ROW_ID = Pattern.compile("auditlist-[a-z]+</span> <span class=\"code\">(\\d+)<");
    static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

    String entity;

    @BeforeEach
    void setUp() {
        entity = "auditlist-"
                + Long.toString(System.nanoTime() % 100_000_000L, 26).replaceAll("\\d", "x");
        if (jdbc.sql("select count(*) from app_user where username = 'hanoi.auditlist'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("""
                    insert into app_user (username, password_hash, full_name, role, province_code)
                    values ('hanoi.auditlist', 'x', 'Cán bộ Hà Nội', 'PROVINCIAL_OFFICIAL', '01')""").update();
        }
    }

    void line(String actor, String action, String at, int id) {
        jdbc.sql("""
                insert into audit_log (at, actor, entity, entity_id, action)
                values (:at, :actor, :entity, :id, :action)""")
                .param("at", Timestamp.from(Instant.parse(at)))
                .param("actor", actor)
                .param("entity", entity)
                .param("id", String.valueOf(id))
                .param("action", action)
                .update();
    }

    /** The entity ids of every page, following the "next" links from {@code path}. */
    static List<String> allPages(Browser b, String path) {
        List<String> ids = new ArrayList<>();
        String next = path;
        while (next != null) {
            String html = b.get(next).body();
            Matcher m = ROW_ID.matcher(html);
            while (m.find()) {
                ids.add(m.group(1));
            }
            Matcher n = NEXT.matcher(html);
            next = n.find() ? n.group(1).replace("&amp;", "&") : null;
        }
        return ids;
    }

    @Test
    void searchesFiltersAndPagesTheLinesInScope() {
        for (int i = 1; i <= 7; i++) {
            line("honggai.motcua", "UPDATE", "2026-11-1" + (i % 3) + "T0" + i + ":00:00Z", i);
        }
        line("honggai.motcua", "DELETE", "2026-11-12T03:00:00Z", 8);
        line("hanoi.auditlist", "UPDATE", "2026-11-12T04:00:00Z", 9);

        Browser admin = browser();
        admin.signIn("admin", PASSWORD);
        String all = admin.get("/quan-tri/nhat-ky?q=" + entity).body();
        assertThat(all).contains("9 kết quả").contains("Cán bộ Hà Nội");

        List<String> updates = allPages(admin, "/quan-tri/nhat-ky?q=" + entity + "&action=UPDATE&limit=3");
        assertThat(updates).hasSize(8);
        assertThat(new HashSet<>(updates)).as("no line twice").hasSize(8).doesNotContain("8");
        assertThat(admin.get("/quan-tri/nhat-ky?q=" + entity + "&action=UPDATE&limit=3")
                        .body())
                .contains("8 kết quả");

        List<String> day = allPages(admin, "/quan-tri/nhat-ky?q=" + entity + "&from=2026-11-12&to=2026-11-12&limit=2");
        assertThat(day).as("lines of 12/11 in the application's zone").containsExactlyInAnyOrder("2", "5", "8", "9");

        List<String> oldestFirst = allPages(admin, "/quan-tri/nhat-ky?q=" + entity + "&sort=at&dir=asc&limit=4");
        assertThat(oldestFirst).containsExactly("3", "6", "1", "4", "7", "2", "8", "9", "5");

        assertThat(admin.get("/quan-tri/nhat-ky?q=hanoi.auditlist").body())
                .contains(entity + "</span> <span class=\"code\">9<");

        Browser province = browser();
        province.signIn("quangninh", PASSWORD);
        List<String> mine = allPages(province, "/quan-tri/nhat-ky?q=" + entity + "&limit=5");
        assertThat(mine).as("another province's lines never appear").hasSize(8).doesNotContain("9");
        assertThat(province.get("/quan-tri/nhat-ky?q=hanoi.auditlist").body()).doesNotContain(entity);

        Browser officer = browser();
        officer.signIn("honggai.motcua", PASSWORD);
        assertThat(officer.get("/quan-tri/nhat-ky").statusCode()).isEqualTo(403);
    }
}
