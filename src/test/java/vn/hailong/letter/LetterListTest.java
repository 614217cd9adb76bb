package vn.hailong.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The letter list with the list mechanism: search, filters across keyset pages, totals, masking and scope. */
class LetterListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";
    static final String OFFICER = "honggai.motcua";
    static final Pattern ROW = Pattern.compile("href=\"/thu/(\\d+)\"");
    static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");
    static final Pattern TOTAL = Pattern.compile("<span>([\\d.]+) kết quả</span>");

    @Autowired
    Letters letters;

    @Autowired
    Agencies agencies;

    /** A returned birth registration of Hồng Gai, and so a congratulation letter: the dossier's code. */
    String congratulated(String applicant, String phone) {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        String dossier =
                "{\"agencyId\": %d, \"procedureCode\": \"HT-001\", \"applicantName\": \"%s\", \"applicantPhone\": \"%s\"}";
        String code = json(api.postJson(
                                "/api/v1/dossiers", dossier.formatted(hongGai, applicant, phone), OFFICER, PASSWORD)
                        .body())
                .get("code")
                .asString();
        List.of("RESOLVED", "RETURNED")
                .forEach(type -> api.postJson(
                        "/api/v1/dossiers/" + code + "/events",
                        "{\"eventId\": \"%1$s\", \"type\": \"%1$s\"}".formatted(type),
                        OFFICER,
                        PASSWORD));
        SystemActor.run(
                "test",
                () -> letters.proposeLifeEventLetters(
                        java.time.LocalDate.now(clock).minusDays(1)));
        return code;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Browser signedIn(Browser b, String user) {
        b.signIn(user, PASSWORD);
        return b;
    }

    static long total(String html) {
        Matcher m = TOTAL.matcher(html);
        assertThat(m.find()).as("the page says how many letters match").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    static List<Long> rows(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void findsALetterByDossierCodeWithOrWithoutDashesByRecipientWithoutDiacriticsAndByPhoneDigits() {
        String code = congratulated("Trịnh Thị Bích Ngọc", "0977 413 209");
        congratulated("Trịnh Văn Bình", "0911 000 111");
        Browser leader = signedIn(browser(), "honggai.lanhdao");

        for (String q : List.of(code, code.replace("-", "").toLowerCase(), "bich ngoc", "TRỊNH THỊ BÍCH", "413209")) {
            String html = leader.get("/thu?q=" + enc(q)).body();
            assertThat(total(html)).as(q).isEqualTo(1);
            assertThat(html).as(q).contains("href=\"/ho-so/" + code).contains("Trịnh Thị Bích Ngọc");
        }
        assertThat(total(leader.get("/thu?q=" + enc("trinh")).body())).isGreaterThanOrEqualTo(2);

        Browser province = signedIn(browser(), "quangninh");
        assertThat(total(province.get("/thu?q=" + enc("bich ngoc")).body()))
                .as("who may not read personal data cannot find a letter by the recipient's name")
                .isZero();
        String masked = province.get("/thu?q=" + code.replace("-", "")).body();
        assertThat(total(masked)).isEqualTo(1);
        assertThat(masked).contains("href=\"/ho-so/" + code).doesNotContain("Bích Ngọc");
    }

    @Test
    void kindAndStateSurviveKeysetPagesWithARealTotal() {
        congratulated("Lê Thị Mai", "0912 111 222");
        congratulated("Lê Văn Tùng", "0912 111 333");
        Browser leader = signedIn(browser(), "honggai.lanhdao");
        for (String sort : List.of("", "&sort=recipient&dir=asc", "&sort=created&dir=asc")) {
            String first = "/thu?kind=CONGRATULATION&status=DRAFT&limit=2" + sort;
            String html = leader.get(first).body();
            long total = total(html);
            assertThat(total).as("more than one page").isGreaterThan(2);
            List<Long> seen = new ArrayList<>(rows(html));
            Matcher next;
            while ((next = NEXT.matcher(html)).find()) {
                String href = next.group(1).replace("&amp;", "&");
                assertThat(href).contains("kind=CONGRATULATION", "status=DRAFT", "cursor=");
                html = leader.get(href).body();
                assertThat(total(html)).isEqualTo(total);
                seen.addAll(rows(html));
            }
            assertThat(seen).as(sort).hasSize((int) total);
            assertThat(new HashSet<>(seen)).as("no letter twice").hasSize((int) total);
        }
        String drafts =
                leader.get("/thu?kind=CONGRATULATION&status=DRAFT&limit=1000").body();
        List<Long> ids = rows(drafts);
        for (Long id : ids.subList(0, Math.min(ids.size(), 5))) {
            Letter l = SystemActor.call("test", () -> letters.get(id));
            assertThat(l.kind()).isEqualTo(LetterKind.CONGRATULATION);
            assertThat(l.status()).isEqualTo(LetterStatus.DRAFT);
        }
        assertThat(drafts).contains("/thu?kind=CONGRATULATION&amp;status=DRAFT&amp;limit=1000&amp;lang=en");
        assertThat(leader.get("/thu?sort=created&cursor=garbage!").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherUnitsLettersNeverAppear() {
        String code = congratulated("Đào Thị Hương", "0988 765 432");
        Browser other = signedIn(browser(), "halong.motcua");
        assertThat(total(other.get("/thu?q=" + code).body())).isZero();
        assertThat(total(other.get("/thu?q=" + enc("dao thi huong")).body())).isZero();
        Browser leader = signedIn(browser(), "honggai.lanhdao");
        List<Long> hongGai = rows(leader.get("/thu?limit=1000").body());
        List<Long> theirs = rows(other.get("/thu?limit=1000").body());
        assertThat(hongGai).isNotEmpty();
        assertThat(theirs).doesNotContainAnyElementsOf(hongGai);
    }
}
