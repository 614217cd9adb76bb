package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.ApiKeys;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The foundation's API contract, as integrators call it (H2 here; PostgreSQL in the subclass). */
class ApiContractTest extends AppTest {

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Agencies agencies;

    @Test
    void healthDocsAndMetricsAreUp() {
        Browser b = browser();
        assertThat(json(b.get("/actuator/health").body()).get("status").asString())
                .isEqualTo("UP");
        assertThat(b.get("/v3/api-docs").statusCode()).isEqualTo(302);
        assertThat(b.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(b.get("/actuator/prometheus", "honggai.lanhdao", "hailong-demo")
                        .statusCode())
                .isEqualTo(403);
        assertThat(b.get("/actuator/prometheus", "admin", "hailong-demo").statusCode())
                .isEqualTo(200);
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        assertThat(admin.get("/v3/api-docs").body()).contains("/api/v1/units", "/api/v1/calendar/due");
        assertThat(admin.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void unitsOnAnyDayWithMergers() {
        Browser b = browser();
        JsonNode now = json(b.get("/api/v1/units?level=commune&parent=22").body());
        assertThat(now.get("total").asInt()).isEqualTo(54);
        JsonNode first = now.get("items").get(0);
        for (String field : List.of("code", "name", "fullName", "level", "parentCode", "validFrom", "validTo")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(json(b.get("/api/v1/units?level=province").body())
                        .get("total")
                        .asInt())
                .isEqualTo(34);
        assertThat(json(b.get("/api/v1/units?level=province&at=2025-06-30").body())
                        .get("total")
                        .asInt())
                .isEqualTo(63);
        assertThat(json(b.get("/api/v1/units?level=district&parent=22&at=2025-06-30")
                                .body())
                        .get("total")
                        .asInt())
                .isEqualTo(13);

        JsonNode hongGai = json(b.get("/api/v1/units/06685").body());
        assertThat(hongGai.get("fullName").asString()).isEqualTo("Phường Hồng Gai");
        assertThat(names(hongGai.get("predecessors")))
                .contains("Phường Trần Hưng Đạo", "Phường Hồng Gai", "Phường Bạch Đằng");
        JsonNode former = json(b.get("/api/v1/units/06691?at=2025-01-01").body());
        assertThat(names(former.get("successors"))).containsExactly("Phường Hồng Gai");
    }

    @Test
    void badInputIsAProblemDetailInVietnamese() {
        Browser b = browser();
        HttpResponse<String> bad = b.get("/api/v1/units?level=huyen");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(json(bad.body()).get("detail").asString()).contains("Cấp đơn vị", "không hợp lệ");
        HttpResponse<String> missing = b.get("/api/v1/units/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing.body()).get("detail").asString())
                .isEqualTo("Không tìm thấy đơn vị hành chính mã 99999.");
        HttpResponse<String> date = b.get("/api/v1/calendar/due?start=hôm-qua&duration=3");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date.body()).get("detail").asString()).contains("không hợp lệ");
        assertThat(json(b.get("/api/v1/units/99999?lang=en").body())
                        .get("detail")
                        .asString())
                .contains("No administrative unit");
    }

    @Test
    void proceduresSearchIgnoresDiacritics() {
        Browser b = browser();
        JsonNode all = json(b.get("/api/v1/procedures").body());
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(30);
        JsonNode birth =
                json(b.get("/api/v1/procedures?q=dang%20ky%20khai%20sinh").body());
        assertThat(names(birth.get("items"))).contains("Đăng ký khai sinh");
        JsonNode item = birth.get("items").get(0);
        for (String field : List.of("code", "name", "fieldCode", "duration", "durationUnit", "feeVnd", "lifeEvent")) {
            assertThat(item.has(field)).as(field).isTrue();
        }
        JsonNode land = json(b.get("/api/v1/procedures?field=DAT_DAI").body());
        assertThat(land.get("total").asInt()).isPositive();
        land.get("items").forEach(p -> assertThat(p.get("fieldCode").asString()).isEqualTo("DAT_DAI"));
        assertThat(json(b.get("/api/v1/fields").body()).get("total").asInt()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void holidaysAndDueDates() {
        Browser b = browser();
        JsonNode y2026 = json(b.get("/api/v1/calendar/holidays?year=2026").body());
        List<String> days = new ArrayList<>();
        y2026.get("items")
                .forEach(d ->
                        days.add(d.get("date").asString() + " " + d.get("kind").asString()));
        assertThat(days)
                .contains("2026-02-17 HOLIDAY", "2026-04-26 HOLIDAY", "2026-04-27 COMPENSATORY", "2026-09-02 HOLIDAY");
        assertThat(b.get("/api/v1/calendar/holidays?year=2026").body()).contains("Tết Nguyên đán");
        JsonNode y2025 = json(b.get("/api/v1/calendar/holidays?year=2025").body());
        assertThat(y2025.toString()).contains("\"2025-04-26\"", "WORKING_SWAP", "EXTRA_DAY_OFF");
        assertThat(json(b.get("/api/v1/calendar/due?start=2026-02-13T16:00:00&duration=3&unit=WORKING_DAYS")
                                .body())
                        .get("due")
                        .asString())
                .isEqualTo("2026-02-26T17:30:00");
        assertThat(b.get("/api/v1/calendar/due?start=2026-02-13T16:00:00&duration=0")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aYearWithoutTheGovernmentsDecisionIsProvisional() {
        Browser b = browser();
        JsonNode y2026 = json(b.get("/api/v1/calendar/holidays?year=2026").body());
        assertThat(y2026.get("provisional").asBoolean()).isFalse();
        assertThat(y2026.get("decisions").toString()).contains("9441/TB-BNV");
        assertThat(y2026.toString()).contains("2026-11-24", "Ngày Văn hóa Việt Nam", "2026-08-31");
        JsonNode y2027 = json(b.get("/api/v1/calendar/holidays?year=2027").body());
        assertThat(y2027.get("provisional").asBoolean()).isTrue();
        assertThat(y2027.get("total").asInt())
                .isEqualTo(y2027.get("items").size())
                .isPositive();
        JsonNode within = json(b.get("/api/v1/calendar/due?start=2026-12-21T09:00:00&duration=3")
                .body());
        assertThat(within.get("provisional").asBoolean()).isFalse();
        JsonNode beyond = json(b.get("/api/v1/calendar/due?start=2026-12-28T09:00:00&duration=5")
                .body());
        assertThat(beyond.get("due").asString()).isEqualTo("2027-01-05T17:30:00");
        assertThat(beyond.get("provisional").asBoolean()).isTrue();
    }

    @Test
    void everythingElseNeedsAUserOrAKeyAndIsScoped() {
        Browser b = browser();
        HttpResponse<String> anonymous = b.get("/api/v1/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous.body()).get("detail").asString()).contains("Cần đăng nhập");

        JsonNode admin = json(b.get("/api/v1/me", "admin", "hailong-demo").body());
        assertThat(admin.get("role").asString()).isEqualTo("SYSTEM_ADMIN");
        JsonNode province =
                json(b.get("/api/v1/me", "quangninh", "hailong-demo").body());
        assertThat(province.get("scope").get("provinceCode").asString()).isEqualTo("22");
        JsonNode officer =
                json(b.get("/api/v1/me", "honggai.motcua", "hailong-demo").body());
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        assertThat(officer.get("scope").get("agencyIds").get(0).asLong()).isEqualTo(hongGai);
        assertThat(b.get("/api/v1/me", "admin", "sai-mat-khau").statusCode()).isEqualTo(401);

        String key = vn.hailong.access.SystemActor.call(
                "test", () -> apiKeys.create("Phần mềm một cửa tỉnh (thử)", null, hongGai));
        JsonNode integration = json(b.getWithKey("/api/v1/me", key).body());
        assertThat(integration.get("role").asString()).isEqualTo("INTEGRATION");
        assertThat(integration.get("scope").get("agencyIds").get(0).asLong()).isEqualTo(hongGai);
        assertThat(b.getWithKey("/api/v1/me", key + "x").statusCode()).isEqualTo(401);
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(
                i.has("fullName") ? i.get("fullName").asString() : i.get("name").asString()));
        return names;
    }
}
