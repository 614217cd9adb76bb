package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The case list with the list mechanism: search, filters across pages, keyset pages, totals and scope. */
class FeedbackListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";
    static final String LEADER = "honggai.lanhdao";
    static final String PROVINCE = "quangninh";
    static final String OTHER_COMMUNE = "halong.motcua";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Agencies agencies;

    @Autowired
    FeedbackIntake intake;

    Browser api;
    long hongGai;

    @BeforeEach
    void setUp() {
        api = browser();
        hongGai = agencies.byCode("22-06685").orElseThrow().id();
    }

    String submit(FeedbackCategory kind, String name, String phone) {
        int n = SERIAL.incrementAndGet();
        String address = "10.77." + (int) (Math.random() * 200) + "." + n;
        return intake.submit(
                        new NewFeedback(
                                kind,
                                hongGai,
                                null,
                                "Ý kiến số " + n + " về giờ làm việc " + address,
                                name,
                                phone,
                                null),
                        List.of(),
                        address,
                        SubmissionGuard.Answer.NONE)
                .trackingCode();
    }

    JsonNode list(String query, String user) {
        HttpResponse<String> r = api.get("/api/v1/feedback?" + query, user, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("trackingCode").asString()));
        return codes;
    }

    @Test
    void findsByTrackingCodeWithOrWithoutDashesBySenderWithoutDiacriticsAndByPhoneDigits() {
        String code = submit(FeedbackCategory.COMPLAINT, "Phạm Thị Ngọc Điệp", "0983 214 657");
        submit(FeedbackCategory.COMPLAINT, "Phạm Văn Đông", "0911 000 222");

        JsonNode byCode = list("q=" + enc(code), LEADER);
        assertThat(codes(byCode)).containsExactly(code);
        assertThat(byCode.get("total").asLong()).isEqualTo(1);
        assertThat(byCode.get("totalExact").asBoolean()).isTrue();
        assertThat(codes(list("q=" + code.replace("-", "").toLowerCase(), LEADER)))
                .containsExactly(code);

        JsonNode byName = list("q=" + enc("ngoc diep"), LEADER);
        assertThat(codes(byName)).containsExactly(code);
        assertThat(byName.get("items").get(0).get("contactName").asString()).isEqualTo("Phạm Thị Ngọc Điệp");
        assertThat(codes(list("q=" + enc("PHẠM THỊ NGỌC"), LEADER))).containsExactly(code);
        assertThat(codes(list("q=4657", LEADER))).containsExactly(code);
        assertThat(codes(list("q=" + enc("214 657"), LEADER))).containsExactly(code);

        assertThat(list("q=" + enc("ngoc diep"), PROVINCE).get("total").asLong())
                .as("who may not read personal data cannot find a case by the sender's name")
                .isZero();
        JsonNode masked = list("q=" + code.replace("-", ""), PROVINCE);
        assertThat(codes(masked)).containsExactly(code);
        assertThat(masked.get("items").get(0).get("contactName").isNull()).isTrue();
        assertThat(masked.get("items").get(0).get("contactPhone").isNull()).isTrue();
    }

    @Test
    void theKindFilterSurvivesKeysetPagesWithARealTotal() {
        for (int i = 0; i < 8; i++) {
            submit(FeedbackCategory.PETITION, null, null);
        }
        submit(FeedbackCategory.PRAISE, null, null);
        for (String sort : List.of("received&dir=desc", "code&dir=asc")) {
            String filter = "agency=" + hongGai + "&category=PETITION&status=RECEIVED&sort=" + sort + "&limit=3";
            JsonNode page = list(filter, LEADER);
            long total = page.get("total").asLong();
            assertThat(total).as("more than one page").isGreaterThanOrEqualTo(8);
            List<String> seen = new ArrayList<>(codes(page));
            List<String> kinds = new ArrayList<>();
            page.get("items").forEach(i -> kinds.add(i.get("category").asString()));
            int pages = 1;
            while (!page.get("nextCursor").isNull()) {
                page = list(filter + "&cursor=" + page.get("nextCursor").asString(), LEADER);
                assertThat(page.get("total").asLong()).isEqualTo(total);
                seen.addAll(codes(page));
                page.get("items").forEach(i -> kinds.add(i.get("category").asString()));
                pages++;
            }
            assertThat(seen).as(sort).hasSize((int) total);
            assertThat(new HashSet<>(seen)).as("no case twice").hasSize((int) total);
            assertThat(new HashSet<>(kinds)).containsExactly("PETITION");
            assertThat(pages).isEqualTo((int) ((total + 2) / 3));
            if (sort.startsWith("code")) {
                assertThat(seen).isSorted();
            }
        }
        assertThat(api.get("/api/v1/feedback?sort=code&cursor=garbage!", LEADER, PASSWORD)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anotherUnitsCasesNeverAppear() {
        String code = submit(FeedbackCategory.COMPLAINT, "Vũ Minh Tâm", "0988 777 666");
        assertThat(list("q=" + enc(code), OTHER_COMMUNE).get("total").asLong()).isZero();
        assertThat(list("q=" + enc("vu minh tam"), OTHER_COMMUNE).get("total").asLong())
                .isZero();
        JsonNode theirs = list("limit=1000", OTHER_COMMUNE);
        theirs.get("items").forEach(i -> assertThat(i.get("agencyId").asLong()).isNotEqualTo(hongGai));
        assertThat(list("agency=" + hongGai, OTHER_COMMUNE).get("total").asLong())
                .as("asking for another unit's agency gives nothing")
                .isZero();
    }

    @Test
    void thePageSearchesAndKeepsItsFiltersAcrossPagesAndTheLanguageSwitch() {
        String code = submit(FeedbackCategory.PETITION, "Hoàng Thu Hà", "0904 555 818");
        for (int i = 0; i < 3; i++) {
            submit(FeedbackCategory.PETITION, null, null);
        }
        Browser page = browser();
        page.signIn(LEADER, PASSWORD);
        String html = page.get("/phan-anh?q=" + enc("hoang thu ha") + "&category=PETITION")
                .body();
        assertThat(html).contains(code).contains("1 kết quả").contains("Hoàng Thu Hà");
        assertThat(html).contains("/phan-anh?q=hoang+thu+ha&amp;category=PETITION&amp;lang=en");
        String first = page.get("/phan-anh?category=PETITION&limit=2").body();
        assertThat(first).contains("rel=\"next\"").contains("kết quả");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("rel=\"next\" href=\"([^\"]+)\"")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String nextHref = next.group(1).replace("&amp;", "&");
        assertThat(nextHref).contains("category=PETITION").contains("cursor=");
        assertThat(page.get(nextHref).statusCode()).isEqualTo(200);
    }
}
