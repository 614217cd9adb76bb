package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** An opening held before its day needs a reason (and moves the session); its minutes say DỰ THẢO until closed. */
class BallotEarlyOpeningTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    Ballots ballots;

    @Autowired
    Agencies agencies;

    @Test
    void anEarlyOpeningNeedsItsReasonAndTheMinutesAreADraftUntilClosed() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        long desk =
                SystemActor.call("test", () -> agencies.desks(hongGai).get(0).id());
        long box = SystemActor.call("test", () -> ballots.registerBox(hongGai, desk, "Quầy mở sớm", "EARLY/001", null));
        BallotSession session = SystemActor.call(
                "test",
                () -> ballots.sessions(hongGai, YearMonth.now(clock)).stream()
                        .filter(s -> s.boxId() == box)
                        .findFirst()
                        .orElseThrow());
        LocalDate today = LocalDate.now(clock);
        assertThat(session.scheduledOn()).isAfter(today);

        Browser secretary = browser();
        secretary.signIn("honggai.thuky", PW);
        String page = "/hom-phieu/phien/" + session.id();
        assertThat(secretary.get(page).body()).contains("Hôm nay trước ngày mở hòm theo lịch", "Lý do mở hòm sớm");

        String path = "/api/v1/ballot/sessions/" + session.id() + "/tally";
        String tally = """
                {"heldOn": "%s", "place": "Sảnh Trung tâm Phục vụ hành chính công Phường Hồng Gai",
                 "members": [{"role": "LEADER", "name": "Trần Văn Minh"}, {"role": "MTTQ", "name": "Nguyễn Văn Thịnh"},
                             {"role": "UNION", "name": "Vũ Thị Thu"}, {"role": "ONE_STOP", "name": "Phạm Thị Lan"},
                             {"role": "SECRETARY", "name": "Lê Thị Hoa"}],
                 "sealFound": "EARLY/001", "sealIntact": true, "newSeal": "EARLY/002",
                 "found": 12, "valid": 12, "invalid": 0,
                 "items": [{"item": "RESULT", "counts": [0, 0, 1, 1, 3]}, {"item": "CONDUCT", "counts": [0, 0, 0, 2, 3]}],
                 "comments": []}""".formatted(today);
        HttpResponse<String> silent = browser().postJson(path, tally, "honggai.thuky", PW);
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(json(silent.body()).get("detail").asString()).contains("sớm hơn lịch", "ghi lý do mở sớm");
        assertThat(SystemActor.call("test", () -> ballots.session(session.id())).status())
                .isEqualTo(SessionStatus.DUE);

        HttpResponse<String> ok = browser()
                .postJson(
                        path + "?earlyReason="
                                + URLEncoder.encode("Cả tổ đi tập huấn cuối tháng", StandardCharsets.UTF_8),
                        tally,
                        "honggai.thuky",
                        PW);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        BallotSession moved = SystemActor.call("test", () -> ballots.session(session.id()));
        assertThat(moved.scheduledOn()).isEqualTo(today);
        assertThat(moved.movedReason()).isEqualTo("Mở sớm: Cả tổ đi tập huấn cuối tháng");

        String minutes = minutes(secretary, session.id());
        assertThat(minutes).contains("DỰ THẢO", "tỷ lệ phiếu ghi mã hồ sơ").doesNotContain("300,0");
    }

    private static String minutes(Browser b, long id) throws Exception {
        byte[] pdf = b.download("/hom-phieu/phien/" + id + "/bien-ban.pdf").body();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/ballot-minutes-draft.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
