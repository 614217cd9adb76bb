package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The leaders' hotline directory (public, kept by administrators) and topic tagging without diacritics. */
class HotlinesAndTopicsTest extends AppTest {

    @Autowired
    Topics topics;

    @Autowired
    Agencies agencies;

    @Test
    void theDirectoryIsPublicAndOnlyAdministratorsChangeIt() {
        Browser anyone = browser();
        String page = anyone.get(
                        "/cong-khai/duong-day-nong?don-vi=" + URLEncoder.encode("hong gai", StandardCharsets.UTF_8))
                .body();
        assertThat(page)
                .contains("Ủy ban nhân dân Phường Hồng Gai", "Chủ tịch UBND", "tel:0912")
                .doesNotContain("Phường Hạ Long");

        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser officer = browser();
        String form = officer.signIn("honggai.motcua", "hailong-demo").body();
        String adminPage = officer.get("/quan-tri/duong-day-nong").body();
        var refused = officer.postForm(
                "/quan-tri/duong-day-nong",
                "agencyId=" + hongGai + "&fullName=X&position=Y&phone=0912345678&_csrf="
                        + URLEncoder.encode(Browser.csrf(adminPage), StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Chỉ quản trị hệ thống hoặc cán bộ cấp tỉnh");

        Browser province = browser();
        province.signIn("quangninh", "hailong-demo");
        String p = province.get("/quan-tri/duong-day-nong").body();
        province.postForm(
                "/quan-tri/duong-day-nong",
                "agencyId=" + hongGai + "&fullName=" + URLEncoder.encode("Đinh Văn Tiếp", StandardCharsets.UTF_8)
                        + "&position="
                        + URLEncoder.encode("Phó Chủ tịch UBND phụ trách cải cách hành chính", StandardCharsets.UTF_8)
                        + "&phone=0203123456&_csrf=" + URLEncoder.encode(Browser.csrf(p), StandardCharsets.UTF_8));
        assertThat(anyone.get("/cong-khai/duong-day-nong?don-vi=hong+gai").body())
                .contains("Đinh Văn Tiếp", "0203123456");
        assertThat(form).isNotNull();
    }

    @Test
    void topicsAreFoundWithoutDiacriticsOnWholeWords() {
        assertThat(topics.tag("Phai CHO LAU qua, can bo thai do khong tot")).containsExactly("CONDUCT", "WAITING");
        assertThat(topics.tag("Rất thuận tiện, cán bộ tận tình")).containsExactly("PRAISE");
        assertThat(topics.tag("Phòng chờ chật chội, thiếu ghế ngồi")).containsExactly("FACILITIES");
        assertThat(topics.tag("Thủ tục chăm sóc trẻ em")).as("chăm is not chậm").isEmpty();
    }

    @Test
    void countsPerUnitAndPeriodCoverFeedbackAndRatingComments() {
        LocalDate today = LocalDate.now(clock);
        List<TopicCount> counts =
                SystemActor.call("test", () -> topics.counts(today.minusMonths(12), today.plusDays(1), null));
        assertThat(counts).isNotEmpty();
        assertThat(counts).anySatisfy(c -> assertThat(c.feedbackTexts()).isPositive());
        assertThat(counts).anySatisfy(c -> assertThat(c.ratingComments()).isPositive());
        assertThat(SystemActor.call(
                        "test", () -> topics.counts(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 31), null)))
                .isEmpty();

        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        assertThat(leader.get("/phan-anh").body()).contains("12 tháng qua:", "đúng hạn", "hài lòng.");
        String page = leader.get("/phan-anh/chu-de").body();
        assertThat(page)
                .contains("Ủy ban nhân dân Phường Hồng Gai", "Chờ lâu, chậm trễ")
                .doesNotContain("Phường Hạ Long");

        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String adminPage = admin.get("/phan-anh/chu-de").body();
        admin.postForm(
                "/phan-anh/chu-de/tu-khoa",
                "topic=FACILITIES&keyword=" + URLEncoder.encode("điều hòa", StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(Browser.csrf(adminPage), StandardCharsets.UTF_8));
        assertThat(topics.tag("Phong cho khong co dieu hoa")).contains("FACILITIES");
    }
}
