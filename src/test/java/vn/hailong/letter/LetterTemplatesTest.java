package vn.hailong.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Every life-event template, for every life-event procedure of the catalogue: the right wording, a name asked only
 * where the letter names someone, and no placeholder in a draft's or an approved letter's PDF.
 */
class LetterTemplatesTest extends AppTest {

    private static final String PW = "hailong-demo";

    /** The catalogue's life-event procedures: birth, marriage, death, the linked ones and the foreign ones. */
    private static final Map<String, String> PROCEDURES = Map.of(
            "HT-001", "BIRTH",
            "HT-002", "MARRIAGE",
            "HT-003", "DEATH",
            "HT-004", "BIRTH",
            "HT-005", "DEATH",
            "HT-011", "BIRTH",
            "HT-012", "MARRIAGE");

    @Autowired
    Letters letters;

    @Autowired
    Agencies agencies;

    @Test
    void everyTemplateTimesEveryEventPrintsWithoutAPlaceholder() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        Map<String, String> eventOf = new java.util.HashMap<>();
        for (var p : PROCEDURES.entrySet()) {
            String code = json(api.postJson(
                                    "/api/v1/dossiers", """
                    {"agencyId": %d, "procedureCode": "%s", "applicantName": "Lý Thị Mẫu", "applicantPhone": "0911222333"}""".formatted(hongGai, p.getKey()), "honggai.motcua", PW)
                            .body())
                    .get("code")
                    .asString();
            for (String type : List.of("RESOLVED", "RETURNED")) {
                api.postJson(
                        "/api/v1/dossiers/" + code + "/events",
                        "{\"eventId\": \"" + type + "\", \"type\": \"" + type + "\"}",
                        "honggai.motcua",
                        PW);
            }
            eventOf.put(code, p.getValue());
        }
        SystemActor.run(
                "test",
                () -> letters.proposeLifeEventLetters(
                        java.time.LocalDate.now(clock).minusDays(1)));
        List<Letter> drafts = SystemActor.call("test", () -> letters.list(LetterStatus.DRAFT, null)).stream()
                .filter(l -> eventOf.containsKey(l.dossierCode()))
                .toList();
        assertThat(drafts).hasSize(PROCEDURES.size());

        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PW);
        for (Letter l : drafts) {
            String event = eventOf.get(l.dossierCode());
            assertThat(l.needsPerson()).as(event).isEqualTo(!event.equals("MARRIAGE"));
            assertThat(l.kind()).isEqualTo(event.equals("DEATH") ? LetterKind.CONDOLENCE : LetterKind.CONGRATULATION);
            assertWellWritten(l.body().replace("{person}", "X").replace("{reason}", "X"));
            assertWellWritten(pdfText(leader, l.id(), "draft-" + event));
        }

        // the batch approves what is complete (the marriages) and names the drafts that still need a name
        String ids = drafts.stream().map(l -> "ids=" + l.id()).collect(Collectors.joining("&"));
        leader.postForm(
                "/thu/duyet",
                ids + "&_csrf=" + enc(Browser.csrf(leader.get("/thu").body())));
        String list = leader.get("/thu").body();
        assertThat(list).contains("5 thư chưa duyệt được", "Cần ghi tên người được nhắc đến");
        for (Letter l : drafts) {
            Letter now = SystemActor.call("test", () -> letters.get(l.id()));
            boolean marriage = eventOf.get(l.dossierCode()).equals("MARRIAGE");
            assertThat(now.status()).as(l.dossierCode()).isEqualTo(marriage ? LetterStatus.SENT : LetterStatus.DRAFT);
            if (!marriage) {
                assertThat(list).contains(l.dossierCode());
                leader.postForm(
                        "/thu/" + l.id(),
                        "personName=" + enc("Lý Văn Nhỏ") + "&body=" + enc(l.body()) + "&_csrf="
                                + enc(Browser.csrf(leader.get("/thu/" + l.id()).body())));
                leader.postForm(
                        "/thu/" + l.id() + "/duyet",
                        "_csrf=" + enc(Browser.csrf(leader.get("/thu/" + l.id()).body())));
            }
            Letter done = SystemActor.call("test", () -> letters.get(l.id()));
            assertThat(done.status()).isEqualTo(LetterStatus.SENT);
            assertThat(Letter.placeholders(done.body())).isEmpty();
            assertWellWritten(done.body());
            String printed = pdfText(leader, l.id(), "sent-" + eventOf.get(l.dossierCode()));
            assertWellWritten(printed);
            if (!marriage) {
                assertThat(printed).contains("Lý Văn Nhỏ");
            }
        }
    }

    @Test
    void aPlaceholderTheOfficerTypedIsRefusedAtApproval() {
        assertThat(Letter.placeholders("Kính gửi {applicant}, {person} và {person}"))
                .containsExactly("applicant", "person");
        assertThat(Letter.placeholders("Không còn gì")).isEmpty();
    }

    private static void assertWellWritten(String text) {
        assertThat(text).doesNotContain("{", "}", "đăng ký đăng ký", "Đăng ký đăng ký", "kết hôn cho");
    }

    private String pdfText(Browser b, long id, String name) throws Exception {
        byte[] pdf = b.download("/thu/" + id + "/thu.pdf").body();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/letter-" + name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
