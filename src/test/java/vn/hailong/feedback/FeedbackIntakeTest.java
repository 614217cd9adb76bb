package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The public form: attachments judged by their bytes, the challenge after repeated submissions, duplicates. */
class FeedbackIntakeTest extends AppTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    FeedbackIntake intake;

    @Autowired
    SubmissionGuard guard;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOfTheWrongTypeIsRefusedWithAClearMessage() throws Exception {
        String text = "Phòng chờ thiếu ghế ngồi, ảnh chụp kèm theo " + UUID.randomUUID();
        HttpResponse<String> refused = multipart(
                text, "anh-phong-cho.jpg", "MZ\u0090\u0000 not really a photo".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Tệp “anh-phong-cho.jpg” không được nhận: chỉ nhận ảnh (JPG, PNG, WebP) hoặc tệp PDF.")
                .contains(text);
        assertThat(count(text)).isZero();

        HttpResponse<String> accepted = multipart(text, "phong-cho.png", PNG);
        assertThat(accepted.statusCode()).isEqualTo(302);
        String code = accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/gop-y/([^?]+).*", "$1");
        assertThat(count(text)).isEqualTo(1);
        long id = jdbc.sql("select id from feedback_case where tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        String page = leader.get("/phan-anh/" + id).body();
        assertThat(page).contains("phong-cho.png", "image/png");
        String link = page.replaceAll("(?s).*href=\"(/phan-anh/" + id + "/tep/\\d+)\".*", "$1");
        HttpResponse<byte[]> file = leader.download(link);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(file.body()).isEqualTo(PNG);
        assertThat(browser().download(link).statusCode())
                .as("not for the public")
                .isIn(302, 401);
    }

    @Test
    void aPhotoOverTheServersLimitComesBackWithTheRule() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        HttpResponse<String> r = multipart("Ảnh chụp phòng chờ quá lớn " + UUID.randomUUID(), "lon.png", big);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/gop-y");
    }

    @Test
    void typesAreJudgedByTheirBytes() {
        assertThat(AttachmentCheck.type("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
        assertThat(AttachmentCheck.type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(AttachmentCheck.type("<svg xmlns=".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(AttachmentCheck.type(new byte[] {'P', 'K', 3, 4}))
                .as("a zip or docx")
                .isEmpty();
        assertThatThrownBy(() -> new AttachmentCheck(10, 3).check(List.of(new Upload("big.png", new byte[11]))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("feedback.attachment.tooLarge");
    }

    @Test
    void repeatedSubmissionsMeetTheChallengeAndDuplicatesAreRefused() {
        String address = "10.66.0." + (int) (Math.random() * 200);
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        assertThat(intake.challengeNeeded(address)).isFalse();
        for (int i = 0; i < guard.freeSubmissions(); i++) {
            intake.submit(
                    new NewFeedback(
                            FeedbackCategory.SUGGESTION,
                            hongGai,
                            null,
                            "Góp ý số " + i + " về chỗ để xe " + address,
                            null,
                            null,
                            null),
                    List.of(),
                    address,
                    SubmissionGuard.Answer.NONE);
        }
        assertThat(intake.challengeNeeded(address)).isTrue();
        NewFeedback next = new NewFeedback(
                FeedbackCategory.SUGGESTION,
                hongGai,
                null,
                "Thêm một góp ý về máy lấy số " + address,
                null,
                "0911222333",
                null);
        assertThatThrownBy(() -> intake.submit(next, List.of(), address, SubmissionGuard.Answer.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("feedback.challengeRequired");
        SubmissionGuard.Challenge challenge = guard.challenge();
        String[] terms = challenge.question().split(" \\+ ");
        int answer = Integer.parseInt(terms[0]) + Integer.parseInt(terms[1]);
        assertThat(guard.solved(challenge.token(), String.valueOf(answer + 1))).isFalse();
        assertThat(guard.solved(challenge.token().replaceFirst("^\\d", "9"), String.valueOf(answer)))
                .as("tampered")
                .isFalse();
        assertThat(guard.solved(challenge.token(), String.valueOf(answer))).isTrue();
        var solved = new SubmissionGuard.Answer(challenge.token(), String.valueOf(answer));
        assertThat(intake.submit(next, List.of(), address, solved).trackingCode())
                .startsWith("GY-");
        NewFeedback again = new NewFeedback(
                FeedbackCategory.SUGGESTION,
                hongGai,
                null,
                "  thêm một góp ý về MÁY LẤY SỐ " + address,
                null,
                "091 1222 333",
                null);
        SubmissionGuard.Challenge second = guard.challenge();
        String[] t2 = second.question().split(" \\+ ");
        var solvedAgain = new SubmissionGuard.Answer(
                second.token(), String.valueOf(Integer.parseInt(t2[0]) + Integer.parseInt(t2[1])));
        assertThatThrownBy(() -> intake.submit(again, List.of(), address, solvedAgain))
                .isInstanceOf(ConflictException.class)
                .hasMessage("feedback.duplicate");
    }

    @Test
    void aSolvedChallengeIsGoodForOneSubmissionOnly() {
        String address = "10.67.0." + (int) (Math.random() * 200);
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        for (int i = 0; i < guard.freeSubmissions(); i++) {
            intake.submit(
                    new NewFeedback(
                            FeedbackCategory.SUGGESTION,
                            hongGai,
                            null,
                            "Ý kiến thứ " + i + " về bãi đỗ xe " + address,
                            null,
                            null,
                            null),
                    List.of(),
                    address,
                    SubmissionGuard.Answer.NONE);
        }
        SubmissionGuard.Challenge challenge = guard.challenge();
        String[] terms = challenge.question().split(" \\+ ");
        var solved = new SubmissionGuard.Answer(
                challenge.token(), String.valueOf(Integer.parseInt(terms[0]) + Integer.parseInt(terms[1])));
        intake.submit(
                new NewFeedback(
                        FeedbackCategory.SUGGESTION,
                        hongGai,
                        null,
                        "Lần đầu dùng câu trả lời " + address,
                        null,
                        null,
                        null),
                List.of(),
                address,
                solved);
        for (int i = 0; i < 3; i++) {
            NewFeedback replay = new NewFeedback(
                    FeedbackCategory.SUGGESTION,
                    hongGai,
                    null,
                    "Dùng lại câu trả lời lần " + i + " " + address,
                    null,
                    null,
                    null);
            assertThatThrownBy(() -> intake.submit(replay, List.of(), address, solved))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("feedback.challengeRequired");
        }
    }

    @Test
    void oneNumberGetsAFewReceiptSmsADayWhateverIsSubmitted() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String phone = "09" + (10000000 + (int) (Math.random() * 89999999));
        for (int i = 0; i < 6; i++) {
            intake.submit(
                    new NewFeedback(
                            FeedbackCategory.SUGGESTION,
                            hongGai,
                            null,
                            "Góp ý thứ " + i + " gửi tin nhắn " + phone,
                            null,
                            phone,
                            null),
                    List.of(),
                    "10.68." + i + ".1",
                    SubmissionGuard.Answer.NONE);
        }
        assertThat(jdbc.sql("select count(*) from outbox_message where channel = 'SMS' and recipient = :p")
                        .param("p", phone)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theFormAsksTheChallengeQuestionWhenNeeded() {
        String page = browser().get("/gop-y?co=22-06685").body();
        assertThat(page)
                .contains(
                        "Góp ý, phản ánh, kiến nghị",
                        "value=\"Ủy ban nhân dân Phường Hồng Gai\"",
                        "Không rõ cơ quan nào");
        HttpResponse<String> bad = browser()
                .postForm(
                        "/gop-y",
                        "category=COMPLAINT&agency=" + enc("UBND sao Hỏa") + "&text=" + enc("Nội dung đủ dài để gửi"));
        assertThat(bad.body()).contains("Không tìm thấy cơ quan “UBND sao Hỏa”");
    }

    long count(String text) {
        return jdbc.sql("select count(*) from feedback_case where body = :t")
                .param("t", text)
                .query(Long.class)
                .single();
    }

    HttpResponse<String> multipart(String text, String fileName, byte[] content) throws Exception {
        String boundary = "----hailong" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "category", "COMPLAINT");
        field(body, boundary, "agency", "Ủy ban nhân dân Phường Hồng Gai");
        field(body, boundary, "text", text);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gop-y"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
