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

    @Autowired
    PublicScorecard scorecards;

    @Test
    void readableWithoutSigningInAndWithoutPersonalData() {
        var page = browser().get("/cong-khai?province=22&period=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                .contains("public")
                .contains("max-age=300");
        assertThat(page.body()).contains("Công khai mức độ hài lòng", "Phường Hồng Gai", "id=\"scorecard\"");
        long n = jdbc.sql("""
                select coalesce(sum(s1 + s2 + s3 + s4 + s5), 0) from insight_rating_month r join agency a on a.id = r.agency_id
                where a.code = '22-06685' and r.on_month between '2026-01-01' and '2026-12-01'""").query(Long.class).single();
        assertThat(n).isPositive();
        assertThat(page.body()).contains("data-v=\"" + n + "\"");
        List<String> officers = jdbc.sql(
                        "select o.full_name from officer o join agency a on a.id = o.agency_id where a.province_code = '22'")
                .query(String.class)
                .list();
        assertThat(officers)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(page.body()).doesNotContain(name));
        List<String> applicants = jdbc.sql("""
                select d.applicant_name from dossier d join agency a on a.id = d.agency_id where a.province_code = '22'
                fetch first 50 rows only""").query(String.class).list();
        assertThat(applicants).allSatisfy(name -> assertThat(page.body()).doesNotContain(name));
        assertThat(browser().get("/cong-khai?province=22&period=2026-13").statusCode())
                .isEqualTo(400);
    }

    /** Each unit's answered feedback equals a count over the cases; the leaders' numbers are listed. */
    @Test
    void answeredFeedbackAndHotlinesPerUnit() {
        String body = browser().get("/cong-khai?province=22&period=2026").body();
        String row = row(body, "22-06685");
        long[] cases = jdbc.sql("""
                select count(*), count(*) filter (where f.answered_at is not null),
                  count(*) filter (where f.answered_at is not null and f.answered_at <= f.resolve_due_at)
                from feedback_case f join agency a on a.id = f.agency_id
                where a.code = '22-06685' and f.status <> 'SPAM' and f.received_at >= '2026-01-01' and f.received_at < '2027-01-01'""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        assertThat(cases[0]).isPositive();
        assertThat(row)
                .contains(
                        "class=\"cases-received\"",
                        "data-v=\"" + cases[0] + "\">" + cases[0] + "</td>",
                        "data-v=\"" + cases[1] + "\">" + cases[1] + "</td>",
                        "<span>" + cases[2] + "</span>");
        List<String> phones = jdbc.sql(
                        "select h.phone from leader_hotline h join agency a on a.id = h.agency_id where a.code = '22-06685'")
                .query(String.class)
                .list();
        assertThat(phones).isNotEmpty().allSatisfy(phone -> assertThat(row).contains("tel:" + phone));
    }

    /** Anonymous visitors all get the same bytes: no session, no CSRF token; a matching tag gets 304 Not Modified. */
    @Test
    void cacheableByTagWithoutASession() throws Exception {
        var first = browser().get("/cong-khai?province=22&period=2026");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(first.body()).doesNotContain("X-CSRF-TOKEN").doesNotContain("_csrf");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/cong-khai?province=22&period=2026"))
                                .header("If-None-Match", etag)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var english = browser().get("/cong-khai?province=22&period=2026&lang=en");
        assertThat(english.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(browser()
                        .get("/cong-khai?province=22&period=2026-Q1")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow())
                .isNotEqualTo(etag);
        // computed once per TTL on the server
        var period = vn.hailong.insight.Period.parse("2026");
        assertThat(scorecards.of("22", period)).isSameAs(scorecards.of("22", period));
    }

    private static String row(String body, String code) {
        int at = body.indexOf("data-unit=\"" + code + "\"");
        assertThat(at).isPositive();
        return body.substring(at, body.indexOf("</tr>", at));
    }
}
