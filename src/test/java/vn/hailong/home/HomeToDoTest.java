package vn.hailong.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** Home is a to-do list per role with real counts (not list sizes), each linking to its filtered list. */
class HomeToDoTest extends AppTest {

    @Autowired
    JdbcClient jdbc;

    static long count(String html, String href) {
        Matcher m = Pattern.compile("<a href=\"" + Pattern.quote(href.replace("&", "&amp;")) + "\"><b>([\\d.]+)</b>")
                .matcher(html);
        assertThat(m.find()).as(href + " in\n" + html).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    String home(String user) {
        Browser b = browser();
        b.signIn(user, "hailong-demo");
        return b.get("/").body();
    }

    @Test
    void theCounterOfficerSeesDossiersToActOnAndTheReceiveButton() {
        String html = home("honggai.motcua");
        assertThat(html).contains("Việc cần làm").contains("id=\"receive-dossier\"");
        long hongGai = jdbc.sql("select id from agency where code = '22-06685'")
                .query(Long.class)
                .single();
        assertThat(count(html, "/ho-so?status=SUPPLEMENT_REQUESTED&sort=due&dir=asc"))
                .isEqualTo(jdbc.sql("select count(*) from dossier where status = 5 and agency_id = :a")
                        .param("a", hongGai)
                        .query(Long.class)
                        .single());
        assertThat(count(html, "/ho-so?status=RESOLVED&sort=due&dir=asc"))
                .isEqualTo(jdbc.sql("select count(*) from dossier where status = 9 and agency_id = :a")
                        .param("a", hongGai)
                        .query(Long.class)
                        .single());
    }

    @Test
    void theLeaderAndTheProvinceSeeTheirOwnLists() {
        String leader = home("honggai.lanhdao");
        assertThat(leader).doesNotContain("id=\"receive-dossier\"").contains("thư nháp chờ duyệt");
        long drafts = count(leader, "/thu?status=DRAFT");
        long hongGai = jdbc.sql("select id from agency where code = '22-06685'")
                .query(Long.class)
                .single();
        assertThat(drafts)
                .isEqualTo(jdbc.sql("select count(*) from letter where status = 'DRAFT' and agency_id = :a")
                        .param("a", hongGai)
                        .query(Long.class)
                        .single());
        assertThat(leader).contains("/phan-anh?channel=RATING").contains("/canh-bao");

        String province = home("quangninh");
        assertThat(province)
                .contains("lần mở hòm phiếu quá ngày chưa hoàn thành")
                .contains("niêm phong")
                .doesNotContain("thư nháp chờ duyệt");
    }
}
