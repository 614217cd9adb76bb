package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The rating list (API and page) with the list mechanism: search, filters across pages, totals, scope, CSV. */
class RatingListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";

    @Autowired
    RatingExport export;

    @Autowired
    Agencies agencies;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    /** A dossier received at Hồng Gai and rated at its reception by the receipt's QR: its code and the rating's id. */
    String[] rated(int score) {
        JsonNode d = json(browser()
                .postJson(
                        "/api/v1/dossiers",
                        "{\"agencyId\": %d, \"procedureCode\": \"HT-001\", \"applicantName\": \"Ngô Thị Thu\"}"
                                .formatted(hongGai()),
                        "honggai.motcua",
                        PASSWORD)
                .body());
        String url = d.get("ratingUrl").asString();
        String token = url.substring(url.lastIndexOf('/') + 1);
        var r = browser()
                .postJsonInSession(
                        "/api/v1/ratings",
                        """
                {"token": "%s", "idempotencyKey": "%s", "answers": [{"item": "CONDUCT", "score": %d}]}""".formatted(token, java.util.UUID.randomUUID(), score),
                        java.util.Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new String[] {d.get("code").asString(), json(r.body()).get("id").asString()};
    }

    JsonNode list(String query, String user) {
        HttpResponse<String> r = browser().get("/api/v1/ratings?" + query, user, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    static List<String> field(JsonNode page, String name) {
        List<String> values = new ArrayList<>();
        page.get("items").forEach(i -> values.add(i.get(name).asString()));
        return values;
    }

    @Test
    void findsARatingByItsDossierCodeWithOrWithoutDashes() {
        String[] mine = rated(5);
        JsonNode byCode = list("q=" + mine[0], "honggai.lanhdao");
        assertThat(field(byCode, "id")).containsExactly(mine[1]);
        assertThat(byCode.get("total").asLong()).isEqualTo(1);
        assertThat(byCode.get("totalExact").asBoolean()).isTrue();
        assertThat(field(list("q=" + mine[0].replace("-", "").toLowerCase(), "honggai.lanhdao"), "id"))
                .containsExactly(mine[1]);
        assertThat(list("q=" + mine[0] + "&moment=RESULT", "honggai.lanhdao")
                        .get("total")
                        .asLong())
                .as("rated at the reception only")
                .isZero();
        assertThat(list("q=" + enc("ngo thi thu"), "honggai.lanhdao")
                        .get("total")
                        .asLong())
                .as("a rating carries no applicant data: found by code only")
                .isZero();
    }

    @Test
    void filtersSurviveKeysetPagesWithARealTotal() {
        for (int i = 0; i < 5; i++) {
            rated(i < 3 ? 1 : 5);
        }
        String filter = "agency=" + hongGai() + "&channel=QR&moment=RECEPTION&limit=2";
        JsonNode page = list(filter, "honggai.lanhdao");
        long total = page.get("total").asLong();
        assertThat(total).as("more than one page").isGreaterThanOrEqualTo(5);
        List<String> ids = new ArrayList<>(field(page, "id"));
        List<String> kinds = new ArrayList<>();
        page.get("items")
                .forEach(i ->
                        kinds.add(i.get("channel").asString() + i.get("moment").asString()));
        while (!page.get("nextCursor").isNull()) {
            page = list(filter + "&cursor=" + page.get("nextCursor").asString(), "honggai.lanhdao");
            assertThat(page.get("total").asLong()).isEqualTo(total);
            ids.addAll(field(page, "id"));
            page.get("items")
                    .forEach(i -> kinds.add(
                            i.get("channel").asString() + i.get("moment").asString()));
        }
        assertThat(ids).hasSize((int) total);
        assertThat(new HashSet<>(ids)).as("no rating twice").hasSize((int) total);
        assertThat(new HashSet<>(kinds)).containsExactly("QRRECEPTION");

        JsonNode low = list("agency=" + hongGai() + "&low=true&limit=1000", "honggai.lanhdao");
        assertThat(low.get("total").asLong()).isGreaterThanOrEqualTo(3);
        low.get("items").forEach(i -> assertThat(i.get("low").asBoolean()).isTrue());
        JsonNode all = list("agency=" + hongGai() + "&limit=1000", "honggai.lanhdao");
        JsonNode notLow = list("agency=" + hongGai() + "&low=false&limit=1", "honggai.lanhdao");
        assertThat(low.get("total").asLong() + notLow.get("total").asLong())
                .isEqualTo(all.get("total").asLong());

        String today = LocalDate.now(clock).toString();
        JsonNode todays = list("agency=" + hongGai() + "&from=" + today + "&to=" + today, "honggai.lanhdao");
        assertThat(todays.get("total").asLong()).isGreaterThanOrEqualTo(5);
        todays.get("items")
                .forEach(i -> assertThat(i.get("createdAt").asString()).startsWith(today));

        HttpResponse<String> badChannel = browser().get("/api/v1/ratings?channel=FAX", "honggai.lanhdao", PASSWORD);
        assertThat(badChannel.statusCode()).isEqualTo(400);
        assertThat(json(badChannel.body()).get("detail").asString()).contains("FAX", "QR, KIOSK");
        assertThat(browser()
                        .get("/api/v1/ratings?cursor=garbage!", "honggai.lanhdao", PASSWORD)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theListGoesOnPastAThousandRatingsAndCountsThemAll() {
        JsonNode first = list("from=2020-01-01&limit=1000", "quangninh");
        long total = first.get("total").asLong();
        assertThat(total).as("the demo province holds more than a page").isGreaterThan(1000);
        assertThat(first.get("items").size()).isEqualTo(1000);
        JsonNode second = list(
                "from=2020-01-01&limit=1000&cursor=" + first.get("nextCursor").asString(), "quangninh");
        assertThat(second.get("items").size()).isEqualTo((int) Math.min(1000, total - 1000));
        assertThat(new HashSet<>(field(second, "id"))).doesNotContainAnyElementsOf(field(first, "id"));
    }

    @Test
    void anotherUnitsRatingsNeverAppear() {
        String[] mine = rated(4);
        assertThat(list("q=" + mine[0], "halong.motcua").get("total").asLong()).isZero();
        assertThat(list("agency=" + hongGai(), "halong.motcua").get("total").asLong())
                .as("asking for another unit's agency gives nothing")
                .isZero();
        list("limit=1000", "halong.motcua")
                .get("items")
                .forEach(i -> assertThat(i.get("agencyId").asLong()).isNotEqualTo(hongGai()));
        Browser other = browser();
        other.signIn("halong.motcua", PASSWORD);
        assertThat(other.get("/danh-gia/danh-sach?q=" + mine[0]).body())
                .contains("0 kết quả")
                .doesNotContain("href=\"/ho-so/" + mine[0]);
    }

    @Test
    void thePageSearchesFiltersAndKeepsThemAcrossPagesAndTheLanguageSwitch() {
        String[] mine = rated(2);
        rated(2);
        rated(2);
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PASSWORD);
        String found = leader.get("/danh-gia/danh-sach?q=" + mine[0] + "&moment=RECEPTION")
                .body();
        assertThat(found).contains(mine[0], "1 kết quả", "Việc tiếp nhận hồ sơ", "Mã QR trên giấy hẹn");
        assertThat(found).contains("/danh-gia/danh-sach?q=" + mine[0] + "&amp;moment=RECEPTION&amp;lang=en");
        String first =
                leader.get("/danh-gia/danh-sach?low=true&channel=QR&limit=2").body();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("rel=\"next\" href=\"([^\"]+)\"")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String nextHref = next.group(1).replace("&amp;", "&");
        assertThat(nextHref).contains("low=true", "channel=QR", "cursor=");
        assertThat(leader.get(nextHref).statusCode()).isEqualTo(200);
    }

    @Test
    void theRatingsCsvSaysTheMoment() {
        String[] mine = rated(5);
        LocalDate today = LocalDate.now(clock);
        String csv =
                SystemActor.call("test", () -> export.ratingsCsv(today, today, vn.hailong.shared.Csv.Dialect.COMMA));
        String[] lines = csv.split("\\R");
        assertThat(lines[0]).contains("with_dossier", "moment");
        String row = java.util.Arrays.stream(lines)
                .filter(l -> l.matches("^\\D?" + mine[1] + "\\D.*"))
                .findFirst()
                .orElseThrow();
        assertThat(row).contains("RECEPTION");
        assertThat(SystemActor.call("test", () -> export.codebookCsv(vn.hailong.shared.Csv.Dialect.COMMA)))
                .contains("moment", "RECEPTION=");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
