package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The dossier list at volume: search by code, name without diacritics and phone digits; keyset pages; totals. */
class DossierListTest extends AppTest {

    static final String OFFICER = "honggai.motcua";
    static final String PROVINCE = "quangninh";
    static final String PASSWORD = "hailong-demo";

    @Autowired
    Agencies agencies;

    Browser api;
    long hongGai;

    @BeforeEach
    void setUp() {
        api = browser();
        hongGai = agencies.byCode("22-06685").orElseThrow().id();
    }

    String receive(String name, String phone) {
        HttpResponse<String> r =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "channel": "IN_PERSON", "applicantName": "%s",
                 "applicantPhone": "%s", "documents": [{"name": "Tờ khai", "form": "ORIGINAL", "count": 1}],
                 "receivedAt": "2026-11-17T09:00:00"}""".formatted(hongGai, name, phone), OFFICER, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("code").asString();
    }

    JsonNode list(String query, String user) {
        HttpResponse<String> r = api.get("/api/v1/dossiers?" + query, user, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void findsByCodeWithOrWithoutDashesByNameWithoutDiacriticsAndByPhoneDigits() {
        String code = receive("Trần Thị Ánh Nguyệt", "0987 654 329");
        receive("Trần Văn Bình", "0911000111");

        JsonNode byCode = list("q=" + enc(code), OFFICER);
        assertThat(codes(byCode)).containsExactly(code);
        assertThat(byCode.get("total").asLong()).isEqualTo(1);
        assertThat(byCode.get("totalExact").asBoolean()).isTrue();
        assertThat(codes(list("q=" + code.replace("-", ""), OFFICER))).containsExactly(code);

        JsonNode byName = list("q=" + enc("anh nguyet"), OFFICER);
        assertThat(codes(byName)).containsExactly(code);
        assertThat(byName.get("items").get(0).get("applicantName").asString()).isEqualTo("Trần Thị Ánh Nguyệt");
        assertThat(codes(list("q=" + enc("TRẦN THỊ ÁNH"), OFFICER))).containsExactly(code);
        assertThat(codes(list("q=4329", OFFICER))).containsExactly(code);
        assertThat(codes(list("q=" + enc("654 329"), OFFICER))).containsExactly(code);

        assertThat(list("q=" + enc("anh nguyet"), PROVINCE).get("total").asLong())
                .as("who may not read personal data cannot find a dossier by the applicant's name")
                .isZero();
        assertThat(codes(list("q=" + code.replace("-", ""), PROVINCE))).containsExactly(code);
    }

    @Test
    void keysetPagesVisitEveryMatchOnceWithARealTotal() {
        for (int i = 0; i < 3; i++) {
            receive("Người nộp " + i, "09000000" + i);
        }
        for (String sort : List.of("received&dir=desc", "due&dir=asc", "code&dir=asc")) {
            String filter = "agency=" + hongGai + "&sort=" + sort + "&limit=7";
            JsonNode page = list(filter, OFFICER);
            long total = page.get("total").asLong();
            assertThat(total).as("more than one page").isGreaterThan(7);
            List<String> seen = new ArrayList<>(codes(page));
            int pages = 1;
            while (!page.get("nextCursor").isNull()) {
                page = list(filter + "&cursor=" + page.get("nextCursor").asString(), OFFICER);
                assertThat(page.get("total").asLong()).isEqualTo(total);
                seen.addAll(codes(page));
                pages++;
            }
            assertThat(seen).as(sort).hasSize((int) total);
            assertThat(new HashSet<>(seen)).as("no row twice").hasSize((int) total);
            assertThat(pages).isEqualTo((int) ((total + 6) / 7));
            if (sort.startsWith("code")) {
                assertThat(seen).isSorted();
            }
        }
    }

    @Test
    void aCursorOfAnotherSortOrGarbageIsAClearError() {
        String cursor = list("agency=" + hongGai + "&limit=1", OFFICER)
                .get("nextCursor")
                .asString();
        HttpResponse<String> other =
                api.get("/api/v1/dossiers?agency=" + hongGai + "&sort=due&cursor=" + cursor, OFFICER, PASSWORD);
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.get("/api/v1/dossiers?cursor=xyz!", OFFICER, PASSWORD).statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/dossiers?sort=applicant", OFFICER, PASSWORD).statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePageSearchesPagesAndKeepsItsFiltersAcrossTheLanguageSwitch() {
        String code = receive("Lê Thị Hằng", "0977123456");
        Browser page = browser();
        page.signIn(OFFICER, PASSWORD);
        String html =
                page.get("/ho-so?q=" + enc("le thi hang") + "&status=RECEIVED").body();
        assertThat(html).contains(code).contains("1 kết quả");
        assertThat(html).contains("/ho-so?q=le+thi+hang&amp;status=RECEIVED&amp;lang=en");
        String all = page.get("/ho-so?agency=" + hongGai).body();
        assertThat(all).contains("rel=\"next\"").contains("kết quả");
    }

    @Test
    void aSearchMatchesFromTheStartFirstAndAnywhereOnlyWhenThatFindsNothing() {
        String hoaFirst = receive("Hoa Văn Tân", "0911000222");
        String hoaLast = receive("Nguyễn Thị Hoa", "0911000333");
        String hoaLast2 = receive("Phạm Thị Hoa", "0911000444");

        assertThat(codes(list("q=" + enc("hoa van"), OFFICER)))
                .as("a name that starts with the words hides those that only contain them")
                .containsExactly(hoaFirst);
        assertThat(codes(list("q=hoa", OFFICER)))
                .as("one word: a given name as much as a family name, anywhere")
                .contains(hoaFirst, hoaLast, hoaLast2);
        JsonNode anywhere = list("q=" + enc("thị hoa") + "&limit=1", OFFICER);
        assertThat(anywhere.get("total").asLong())
                .as("no name starts with it: anywhere")
                .isEqualTo(2);
        List<String> seen = new ArrayList<>(codes(anywhere));
        JsonNode next = list(
                "q=" + enc("thị hoa") + "&limit=1&cursor="
                        + anywhere.get("nextCursor").asString(),
                OFFICER);
        assertThat(next.get("total").asLong())
                .as("a later page stays with its first page's form")
                .isEqualTo(2);
        seen.addAll(codes(next));
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(seen).containsExactlyInAnyOrder(hoaLast, hoaLast2);

        String tail = hoaLast.substring(hoaLast.lastIndexOf('-') + 1);
        assertThat(codes(list("q=" + hoaLast.substring(0, hoaLast.lastIndexOf('-')), OFFICER)))
                .as("the beginning of a code")
                .contains(hoaFirst, hoaLast, hoaLast2);
        assertThat(codes(list("q=" + enc(hoaLast.substring(hoaLast.indexOf('-') + 1)), OFFICER)))
                .as("the date and number of a code, found anywhere in it")
                .contains(hoaLast);
        assertThat(tail).isNotEmpty();
    }

    @Test
    void aUnitsListHoldsWhatItResolvesAndWhatItReceivedForAnotherAgencyInOneOrder() {
        long centre = agencies.byCode("22-06685-TTPVHCC").orElseThrow().id();
        long justice = agencies.byCode("22-STP").orElseThrow().id();
        List<String> forJustice = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = api.postJson(
                    "/api/v1/dossiers", """
                    {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-009", "applicantName": "Người %d",
                     "receivedAt": "2026-11-1%dT08:15:00"}""".formatted(justice, centre, i, 2 + 2 * i), "honggai.trungtam", PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            forJustice.add(json(r.body()).get("code").asString());
        }
        for (String who : List.of("honggai.trungtam", PROVINCE)) {
            String filter = "agency=" + centre + "&limit=2";
            JsonNode page = list(filter, who);
            long total = page.get("total").asLong();
            List<JsonNode> seen = new ArrayList<>();
            page.get("items").forEach(seen::add);
            while (!page.get("nextCursor").isNull()) {
                page = list(filter + "&cursor=" + page.get("nextCursor").asString(), who);
                page.get("items").forEach(seen::add);
            }
            assertThat(seen).as(who).hasSize((int) total);
            assertThat(seen.stream().map(i -> i.get("code").asString()).toList())
                    .as(who + ": the centre received them for the Department of Justice")
                    .containsAll(forJustice)
                    .doesNotHaveDuplicates();
            assertThat(seen.stream().map(i -> i.get("receivedAt").asString()).toList())
                    .as("newest first across both")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        assertThat(codes(list("agency=" + justice + "&limit=200", PROVINCE))).containsAll(forJustice);
    }
}
