package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hailong.support.AppTest;

/** The public scorecard: no sign-in, each unit with n, cacheable, and no officer's or applicant's name. */
class PublicScorecardTest extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void readableWithoutSigningInAndWithoutPersonalData() {
        var page = browser().get("/cong-khai?province=22&period=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("max-age=300");
        assertThat(page.body()).contains("Công khai mức độ hài lòng", "Phường Hồng Gai", "id=\"scorecard\"");
        long n = jdbc.sql("""
                select coalesce(sum(s1 + s2 + s3 + s4 + s5), 0) from insight_rating_month r join agency a on a.id = r.agency_id
                where a.code = '22-06685' and r.on_month between '2026-01-01' and '2026-12-01'""").query(Long.class).single();
        assertThat(n).isPositive();
        assertThat(page.body()).contains("data-v=\"" + n + "\"");
        List<String> officers = jdbc.sql("select o.full_name from officer o join agency a on a.id = o.agency_id where a.province_code = '22'")
                .query(String.class).list();
        assertThat(officers).isNotEmpty().allSatisfy(name -> assertThat(page.body()).doesNotContain(name));
        List<String> applicants = jdbc.sql("""
                select d.applicant_name from dossier d join agency a on a.id = d.agency_id where a.province_code = '22'
                fetch first 50 rows only""").query(String.class).list();
        assertThat(applicants).allSatisfy(name -> assertThat(page.body()).doesNotContain(name));
        assertThat(browser().get("/cong-khai?province=22&period=2026-13").statusCode()).isEqualTo(400);
    }
}
