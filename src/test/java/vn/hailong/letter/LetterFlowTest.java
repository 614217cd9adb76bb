package vn.hailong.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.SystemActor;
import vn.hailong.notify.OutboxSender;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** An apology drafted for a late dossier, approved by the leader, extends the dossier and reaches the citizen by e-mail. */
class LetterFlowTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Letters letters;

    @Autowired
    OutboxSender sender;

    @Autowired
    Agencies agencies;

    @Test
    void apologyFromDraftToTheCitizensMailbox() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        String received = LocalDateTime.now(clock)
                .minusDays(6)
                .withHour(9)
                .withMinute(0)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        JsonNode d = json(
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Vũ Thị Hạnh", "applicantEmail": "hanh@example.vn",
                 "receivedAt": "%s"}""".formatted(hongGai, received), "honggai.motcua", "hailong-demo")
                        .body());
        String code = d.get("code").asString();

        SystemActor.run("test", () -> letters.proposeApologies(1));
        Letter draft = SystemActor.call("test", () -> letters.list(LetterStatus.DRAFT, LetterKind.APOLOGY)).stream()
                .filter(l -> code.equals(l.dossierCode()))
                .findFirst()
                .orElseThrow();
        assertThat(draft.body()).contains("Vũ Thị Hạnh", code, "{reason}");

        Browser officer = browser();
        officer.signIn("honggai.motcua", "hailong-demo");
        String page = officer.get("/thu/" + draft.id()).body();
        assertThat(page).contains("Thư xin lỗi");
        String newDue = LocalDateTime.now(clock)
                .plusDays(7)
                .withHour(16)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        officer.postForm(
                "/thu/" + draft.id(),
                "reason=" + enc("cần xác minh thông tin tại Sở Tư pháp") + "&newDueAt=" + newDue + "&body="
                        + enc(draft.body()) + "&_csrf=" + enc(Browser.csrf(page)));
        var refused = officer.postForm(
                "/thu/" + draft.id() + "/duyet",
                "_csrf=" + enc(Browser.csrf(officer.get("/thu/" + draft.id()).body())));
        assertThat(refused.statusCode()).as("officers may not approve").isEqualTo(403);
        assertThat(refused.body()).contains("Chỉ lãnh đạo đơn vị được duyệt thư");
        assertThat(officer.get("/thu/" + draft.id()).body()).contains("Bản nháp");

        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        leader.postForm(
                "/thu/" + draft.id() + "/duyet",
                "_csrf=" + enc(Browser.csrf(leader.get("/thu/" + draft.id()).body())));
        assertThat(leader.get("/thu/" + draft.id()).body()).contains("Đã gửi", "gửi qua thư điện tử");

        JsonNode extended = json(api.get("/api/v1/dossiers/" + code, "honggai.motcua", "hailong-demo")
                .body());
        assertThat(extended.get("extensionCount").asInt()).isEqualTo(1);
        assertThat(extended.get("dueAt").asString()).isEqualTo(newDue);
        assertThat(extended.get("flags").toString())
                .as("approved after the due date (Decree 118/2025 Art. 19(6)): flagged, still sent")
                .isEqualTo("[\"APOLOGY_LATE\"]");

        // Other tests in this context queue messages too (invitations, reminders, alerts): send until the letter is
        // out.
        MimeMessage mail = null;
        for (int round = 0; round < 50 && mail == null; round++) {
            sender.sendPending();
            smtp.waitForIncomingEmail(200, 1);
            mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> sentTo(m, "hanh@example.vn"))
                    .findFirst()
                    .orElse(null);
        }
        assertThat(mail).as("the apology reached the citizen's mailbox").isNotNull();
        assertThat(mail.getSubject())
                .as("the subject names the apology with its extension request and the dossier")
                .isEqualTo("Xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ " + code);
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("cần xác minh thông tin tại Sở Tư pháp", code);
    }

    @Test
    void birthRegistrationGetsACongratulationLetterForTheLeaderToApprove() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        String code = json(api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Đỗ Văn Long", "applicantPhone": "0977000111"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        api.postJson(
                "/api/v1/dossiers/" + code + "/events",
                "{\"eventId\": \"r\", \"type\": \"RESOLVED\"}",
                "honggai.motcua",
                "hailong-demo");
        api.postJson(
                "/api/v1/dossiers/" + code + "/events",
                "{\"eventId\": \"t\", \"type\": \"RETURNED\"}",
                "honggai.motcua",
                "hailong-demo");

        SystemActor.run(
                "test",
                () -> letters.proposeLifeEventLetters(
                        java.time.LocalDate.now(clock).minusDays(1)));
        Letter letter = SystemActor.call("test", () -> letters.list(null, LetterKind.CONGRATULATION)).stream()
                .filter(l -> code.equals(l.dossierCode()))
                .findFirst()
                .orElseThrow();
        assertThat(letter.body()).contains("Đỗ Văn Long", "đăng ký khai sinh");
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        leader.postForm(
                "/thu/duyet",
                "ids=" + letter.id() + "&_csrf="
                        + enc(Browser.csrf(leader.get("/thu").body())));
        assertThat(leader.get("/thu").body()).contains("Cần ghi tên người được nhắc đến");
        String page = leader.get("/thu/" + letter.id()).body();
        leader.postForm(
                "/thu/" + letter.id(),
                "personName=" + enc("Đỗ Minh An") + "&body=" + enc(letter.body()) + "&_csrf="
                        + enc(Browser.csrf(page)));
        leader.postForm(
                "/thu/duyet",
                "ids=" + letter.id() + "&_csrf="
                        + enc(Browser.csrf(leader.get("/thu").body())));
        Letter approved = SystemActor.call("test", () -> letters.get(letter.id()));
        assertThat(approved.status()).isEqualTo(LetterStatus.SENT);
        assertThat(approved.sentBy()).isEqualTo("SMS");
        assertThat(approved.body()).contains("cháu Đỗ Minh An");
        assertThat(leader.get("/thu/" + letter.id() + "/thu.pdf").statusCode()).isEqualTo(200);
    }

    /** Provincial officials and viewers see letters' names masked, as they see applicants on dossiers; staff see them in full. */
    @Test
    void provincialOfficialsSeeLettersWithMaskedNames() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        String code = json(api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Hoàng Thị Thu Trang", "applicantPhone": "0977000222"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        api.postJson(
                "/api/v1/dossiers/" + code + "/events",
                "{\"eventId\": \"r\", \"type\": \"RESOLVED\"}",
                "honggai.motcua",
                "hailong-demo");
        api.postJson(
                "/api/v1/dossiers/" + code + "/events",
                "{\"eventId\": \"t\", \"type\": \"RETURNED\"}",
                "honggai.motcua",
                "hailong-demo");
        SystemActor.run(
                "test",
                () -> letters.proposeLifeEventLetters(
                        java.time.LocalDate.now(clock).minusDays(1)));
        Letter letter = SystemActor.call("test", () -> letters.list(null, LetterKind.CONGRATULATION)).stream()
                .filter(l -> code.equals(l.dossierCode()))
                .findFirst()
                .orElseThrow();
        assertThat(letter.body()).contains("Hoàng Thị Thu Trang");

        Browser province = browser();
        province.signIn("quangninh", "hailong-demo");
        assertThat(province.get("/thu").body()).contains("H. T. T. Trang").doesNotContain("Hoàng Thị Thu Trang");
        String page = province.get("/thu/" + letter.id()).body();
        assertThat(page).contains("H. T. T. Trang").doesNotContain("Hoàng Thị Thu Trang", "name=\"body\"");
        province.postForm(
                "/thu/" + letter.id(),
                "personName=x&body=" + enc("Kính gửi H. T. T. Trang") + "&_csrf=" + enc(Browser.csrf(page)));
        assertThat(SystemActor.call("test", () -> letters.get(letter.id())).body())
                .as("a masked copy never overwrites the letter")
                .contains("Hoàng Thị Thu Trang");

        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        assertThat(leader.get("/thu/" + letter.id()).body()).contains("Hoàng Thị Thu Trang");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients() != null && address.equals(m.getAllRecipients()[0].toString());
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
