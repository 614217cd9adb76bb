package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.insight.RatingDrain;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * A dossier received and resolved early at Hồng Gai, rated on the national portal: the import takes the good row,
 * lists each bad row with its line and a Vietnamese reason, adds nothing the second time, and the rating counts as the
 * PORTAL channel. The dossier's nine Art. 33 contents then come from the dossier where HaiLong knows them (a, b, c) and
 * from the citizen's answers otherwise (d, đ, e, i), g from the feedback case its low answer opened, h having no
 * information.
 */
class PortalRatingsTest extends AppTest {

    private static final String OFFICER = "honggai.motcua";
    private static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RatingDrain drain;

    @Test
    void portalRatingsImportedOnceWithBadRowsListedAndTheContentsComputed() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        HttpResponse<String> received = api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "channel": "IN_PERSON", "applicantName": "Lê Thị Thu",
                 "applicantPhone": "0912345680", "receivedAt": "2026-11-09T09:00:00"}""".formatted(hongGai), OFFICER, PW);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String code = json(received.body()).get("code").asString();
        assertThat(api.postJson(
                                "/api/v1/dossiers/" + code + "/events",
                                "{\"eventId\": \"r1\", \"type\": \"RESOLVED\", \"at\": \"2026-11-10T10:00:00\"}",
                                OFFICER,
                                PW)
                        .statusCode())
                .isEqualTo(200);

        String file = "portal_id,dossier_code,rated_at,a,b,c,d,dd,e,g,h,i,comment\n"
                + "P-" + code + "," + code + ",2026-11-11T09:30,5,5,4,2,5,3,,,4,Cán bộ tận tình\n"
                + "P-x1,KHONG-CO-HO-SO,2026-11-11T09:30,5,5,5,5,5,5,,,,\n"
                + "P-x2," + code + ",2026-11-11T09:30,5,7,5,5,5,5,,,,\n"
                + "P-x3," + code + ",2026-11-11T09:30,5,5,5,,5,5,,,,\n"
                + "P-x4," + code + ",01/12/2026 09:00,5,5,5,5,5,5,,,,\n";
        JsonNode first = json(upload(file).body());
        assertThat(first.get("imported").asInt()).isEqualTo(1);
        assertThat(first.get("errors").size()).isEqualTo(4);
        assertThat(first.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(first.get("errors").get(0).get("reason").asString())
                .contains("Không tìm thấy hồ sơ “KHONG-CO-HO-SO”");
        assertThat(first.get("errors").get(1).get("reason").asString())
                .as("the good row took the dossier's one rating")
                .contains("đã có đánh giá");

        // once the dossier is rated, the other bad rows say so; a file of bad rows alone gives each its reason
        String fresh = api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "channel": "IN_PERSON", "applicantName": "Lê Văn Tư",
                 "applicantPhone": "0912345681", "receivedAt": "2026-11-09T09:00:00"}""".formatted(hongGai), OFFICER, PW)
                .body();
        String other = json(fresh).get("code").asString();
        JsonNode bad = json(upload("portal_id,dossier_code,rated_at,a,b,c,d,dd,e,g,h,i,comment\n"
                        + "P-y2," + other + ",2026-11-11T09:30,5,7,5,5,5,5,,,,\n"
                        + "P-y3," + other + ",2026-11-11T09:30,5,5,5,,5,5,,,,\n"
                        + "P-y4," + other + ",01/12/2026 09:00,5,5,5,5,5,5,,,,\n"
                        + "," + other + ",2026-11-11T09:30,5,5,5,5,5,5,,,,\n")
                .body());
        assertThat(bad.get("imported").asInt()).isZero();
        assertThat(bad.get("errors"))
                .extracting(e -> e.get("reason").asString())
                .containsExactly(
                        "Điểm nội dung b là “7”: phải từ 1 đến 5.",
                        "Thiếu điểm nội dung d (nội dung này không được để trống).",
                        "Thời điểm đánh giá “01/12/2026 09:00” ở tương lai.",
                        "Thiếu mã đánh giá trên Cổng (tối đa 60 ký tự).");
        assertThat(count("select count(*) from rating r join dossier d on d.id = r.dossier_id where d.code = '" + other
                        + "'"))
                .as("bad rows lose nothing and store nothing")
                .isZero();

        JsonNode again = json(upload(file).body());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt())
                .as("the same portal rating is not imported twice")
                .isEqualTo(1);
        assertThat(count("select count(*) from rating r join dossier d on d.id = r.dossier_id where d.code = '" + code
                        + "' and r.channel = 'PORTAL' and r.form_code = 'ART33'"))
                .isEqualTo(1);

        drain.drain();
        // a early → 2, b no other agency → 2, c no supplement → 2 (dossier); d answer 2 → 0, đ 5 → 2, e 3 → 1
        // (citizen);
        // g no feedback case and no answer, h not online and no answer: no information; i 4 → 2 (citizen)
        String stored = jdbc.sql("""
                        select concat_ws(',', coalesce(cast(ct1 as varchar(2)), '-'), coalesce(cast(ct2 as varchar(2)), '-'),
                          coalesce(cast(ct3 as varchar(2)), '-'), coalesce(cast(ct4 as varchar(2)), '-'),
                          coalesce(cast(ct5 as varchar(2)), '-'), coalesce(cast(ct6 as varchar(2)), '-'),
                          coalesce(cast(ct7 as varchar(2)), '-'), coalesce(cast(ct8 as varchar(2)), '-'),
                          coalesce(cast(ct9 as varchar(2)), '-'), sources, cast(score as varchar(20)))
                        from insight_decree61_dossier where dossier_id = (select id from dossier where code = ?)""").param(code).query(String.class).single();
        assertThat(stored).isEqualTo("2,2,2,0,2,1,0,-,2,DDDRRRFNR,12.3750");
        JsonNode unit = json(api.get("/api/v1/insight/evaluation?unit=22-06685&quarter=2026-Q4", "quangninh", PW)
                .body());
        assertThat(unit.get("rulebook").asString()).isEqualTo("DECREE_118");
        assertThat(unit.get("items")
                        .get(0)
                        .get("indicators")
                        .get(4)
                        .get("letter")
                        .asString())
                .isEqualTo("đ");

        Browser staff = browser();
        staff.signIn(OFFICER, PW);
        assertThat(staff.get("/danh-gia/cong-dvc").body()).contains("Nhập đánh giá trên Cổng Dịch vụ công quốc gia");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private HttpResponse<String> upload(String csv) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cong-dvc.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(csv.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ratings/portal-import"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (OFFICER + ":" + PW).getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "multipart/form-data; boundary=b")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }
}
