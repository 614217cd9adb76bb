package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;
import vn.hailong.support.Words;

/**
 * The public answers list ({@code /cong-khai/gop-y}) with the list mechanism: search by tracking code and by the
 * question's words without diacritics, unit / kind / topic filters that survive the pages, keyset pages and the
 * total, and never the citizen's personal data.
 */
class PublicAnswersListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";
    static final String LEADER = "honggai.lanhdao";
    static final AtomicInteger SERIAL = new AtomicInteger();
    static final Pattern CODE = Pattern.compile("<span class=\"nowrap tracking\">(GY-[0-9A-Z-]+)</span>");

    @Autowired
    Agencies agencies;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Browser anyone;
    long hongGai;
    /** A word no other case has, so that each test sees its own cases only. */
    String marker;

    @BeforeEach
    void setUp() {
        anyone = browser();
        hongGai = agencies.byCode("22-06685").orElseThrow().id();
        marker = Words.unique("zq");
    }

    /** A case received, answered and published by the unit's leader (no consent: the public version is masked). */
    String published(FeedbackCategory kind, String text, String name, String phone) {
        int n = SERIAL.incrementAndGet();
        String code = intake.submit(
                        new NewFeedback(kind, hongGai, null, text, name, phone, null),
                        List.of(),
                        "10.88." + (int) (Math.random() * 200) + "." + n,
                        SubmissionGuard.Answer.NONE)
                .trackingCode();
        long id = jdbc.sql("select id from feedback_case where tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        for (String[] step : new String[][] {
            {"accept", "{}"}, {"answer", "{\"text\": \"Đơn vị đã tiếp thu và khắc phục.\"}"}, {"publish", "{}"}
        }) {
            HttpResponse<String> r =
                    anyone.postJson("/api/v1/feedback/" + id + "/" + step[0], step[1], LEADER, PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return code;
    }

    String page(String query) {
        HttpResponse<String> r = anyone.get("/cong-khai/gop-y?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    static List<String> codes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void findsByCodeWithOrWithoutDashesAndByWordsWithoutDiacriticsButNeverByTheCitizen() {
        String waiting = published(
                FeedbackCategory.COMPLAINT,
                "Tôi là Trần Văn Bình, phải chờ lâu ở bộ phận một cửa phường khi nộp hồ sơ " + marker
                        + ". Gọi lại cho tôi: 0912 345 678.",
                "Trần Văn Bình",
                "0912 345 678");
        String conduct =
                published(FeedbackCategory.SUGGESTION, "Đề nghị cán bộ giữ thái độ niềm nở hơn " + marker, null, null);

        String byCode = page("q=" + enc(waiting));
        assertThat(codes(byCode)).containsExactly(waiting);
        assertThat(byCode).contains("1 kết quả").contains("chờ lâu");
        assertThat(codes(page("q=" + waiting.replace("-", "").toLowerCase()))).containsExactly(waiting);

        assertThat(codes(page("q=" + enc("CHO LAU " + marker)))).containsExactly(waiting);
        assertThat(codes(page("q=" + enc("thái độ " + marker)))).containsExactly(conduct);
        assertThat(codes(page("q=" + enc(marker)))).containsExactlyInAnyOrder(waiting, conduct);
        assertThat(page("q=" + enc(marker))).contains("2 kết quả");

        String all = page("q=" + enc(marker));
        assertThat(all).doesNotContain("Trần Văn Bình", "0912 345 678", "0912345678");
        assertThat(codes(page("q=" + enc("tran van binh " + marker))))
                .as("the citizen's name is masked in the public version: no search finds it")
                .isEmpty();
        assertThat(codes(page("q=" + enc("345678")))).doesNotContain(waiting);
    }

    @Test
    void topicKindAndUnitFiltersNarrowTheList() {
        String waiting =
                published(FeedbackCategory.COMPLAINT, "Giải quyết chậm, trễ hẹn hai lần " + marker, null, null);
        String fees = published(FeedbackCategory.PETITION, "Đề nghị công khai lệ phí chứng thực " + marker, null, null);

        assertThat(codes(page("q=" + marker + "&topic=WAITING"))).containsExactly(waiting);
        assertThat(codes(page("q=" + marker + "&topic=FEES"))).containsExactly(fees);
        assertThat(codes(page("q=" + marker + "&topic=CONDUCT"))).isEmpty();
        assertThat(codes(page("q=" + marker + "&category=PETITION"))).containsExactly(fees);
        assertThat(codes(page("q=" + marker + "&agency=" + hongGai))).containsExactlyInAnyOrder(waiting, fees);
        long other = agencies.byCode("22-06673").orElseThrow().id();
        assertThat(codes(page("q=" + marker + "&agency=" + other))).isEmpty();
        assertThat(page("q=" + marker + "&topic=WAITING"))
                .as("the filter is shown as chosen")
                .contains("<option value=\"WAITING\" selected=\"selected\"");
    }

    @Test
    void keysetPagesKeepTheFilterAndTheTotal() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(published(FeedbackCategory.SUGGESTION, "Góp ý về xếp hàng số " + i + " " + marker, null, null));
        }
        published(FeedbackCategory.PRAISE, "Khen cán bộ tận tình " + marker, null, null);
        for (String sort : List.of("", "&sort=code&dir=asc")) {
            String html = page("q=" + marker + "&category=SUGGESTION&limit=2" + sort);
            List<String> seen = new ArrayList<>(codes(html));
            int pages = 1;
            Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(html);
            while (next.find()) {
                String href = next.group(1).replace("&amp;", "&");
                assertThat(href)
                        .contains("category=SUGGESTION")
                        .contains("q=" + marker)
                        .contains("cursor=");
                html = anyone.get(href).body();
                assertThat(html).as("the total on every page").contains("5 kết quả");
                seen.addAll(codes(html));
                pages++;
                next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(html);
            }
            assertThat(pages).isEqualTo(3);
            assertThat(seen).as(sort).containsExactlyInAnyOrderElementsOf(made);
            assertThat(new HashSet<>(seen)).hasSize(5);
            if (!sort.isEmpty()) {
                assertThat(seen).isSorted();
            } else {
                assertThat(seen).as("newest published first").isEqualTo(reversed(made));
            }
        }
        assertThat(anyone.get("/cong-khai/gop-y?cursor=garbage!").statusCode()).isEqualTo(400);
    }
}
