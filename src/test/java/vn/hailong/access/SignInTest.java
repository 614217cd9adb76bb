package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** Pages need a signed-in user; the form has CSRF; repeated failures lock the account; changes are audited. */
class SignInTest extends AppTest {

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @Test
    void pagesRedirectToTheSignInFormAndOpenAfterSigningIn() {
        Browser b = browser();
        HttpResponse<String> before = b.get("/don-vi");
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location")).get().asString().endsWith("/dang-nhap");
        assertThat(b.get("/dang-nhap").body()).contains("Đăng nhập", "Tên đăng nhập");

        HttpResponse<String> signedIn = b.signIn("quangninh", "hailong-demo");
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(b.get("/").body())
                .contains("Xin chào Nguyễn Thị Thanh Hương", "Cán bộ cấp tỉnh", "Ủy ban nhân dân Phường Hồng Gai");
        assertThat(b.get("/don-vi").body()).contains("Tỉnh Quảng Ninh");
        assertThat(b.get("/don-vi/22/con?at=2026-01-01").body()).contains("Phường Hồng Gai");
        assertThat(b.get("/thu-tuc?q=chung%20thuc").body()).contains("Chứng thực");
        assertThat(b.get("/lich?year=2026").body()).contains("Tết Nguyên đán", "Giỗ Tổ Hùng Vương");
        assertThat(b.get("/lich?year=2026&lang=en").body())
                .contains("Working calendar", "Vietnamese Culture Day")
                .doesNotContain("data-provisional");
        assertThat(b.get("/lich?year=2027").body()).contains("data-provisional", "The 2027 calendar is provisional");
        assertThat(b.get("/lich?year=2026").body()).contains("9441/TB-BNV", "Make-up working day (working-day swap)");
        assertThat(b.get("/").body()).as("the language choice is remembered").contains("Hello Nguyễn Thị Thanh Hương");
    }

    /** The suite's clock stands in November 2026 and no decision for 2027 has been entered. */
    @Test
    void administratorsAreRemindedFromOctoberToEnterNextYearsDaysOff() {
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        assertThat(admin.get("/").body())
                .contains("calendar-reminder", "Chưa nhập quyết định lịch nghỉ năm 2027", "/lich?year=2027");
        Browser official = browser();
        official.signIn("quangninh", "hailong-demo");
        assertThat(official.get("/").body()).doesNotContain("calendar-reminder");
    }

    @Test
    void dossierAndBallotPagesRenderWithTheProvisionalMarks() {
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        HttpResponse<String> dossiers = leader.get("/ho-so");
        assertThat(dossiers.statusCode()).isEqualTo(200);
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("/ho-so/(22-[0-9-]+)\"").matcher(dossiers.body());
        assertThat(code.find()).isTrue();
        assertThat(leader.get("/ho-so/" + code.group(1)).statusCode()).isEqualTo(200);
        assertThat(leader.get("/hom-phieu?month=2027-01").statusCode()).isEqualTo(200);
        assertThat(leader.get("/hom-phieu").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Browser b = browser();
        b.signIn("admin", "hailong-demo");
        HttpResponse<String> forged = b.postForm("/lich/dieu-chinh", "day=2026-12-31&kind=EXTRA_DAY_OFF&name=x");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aProvincialOfficialIssuesAnApiKeyShownOnceAndRevokesIt() {
        Browser official = browser();
        official.signIn("quangninh", "hailong-demo");
        String page = official.get("/quan-tri/khoa-api").body();
        HttpResponse<String> created = official.postForm(
                "/quan-tri/khoa-api",
                "name=Ph%E1%BA%A7n+m%E1%BB%81m+m%E1%BB%99t+c%E1%BB%ADa&provinceCode=22&_csrf=" + Browser.csrf(page));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<code>(hl_[A-Za-z0-9_-]+)</code>")
                .matcher(created.body());
        assertThat(m.find()).isTrue();
        String key = m.group(1);
        assertThat(official.get("/quan-tri/khoa-api").body()).doesNotContain(key);
        assertThat(json(browser().getWithKey("/api/v1/me", key).body())
                        .get("scope")
                        .get("provinceCode")
                        .asString())
                .isEqualTo("22");
        HttpResponse<String> foreign = official.postForm(
                "/quan-tri/khoa-api",
                "name=x&provinceCode=01&_csrf="
                        + Browser.csrf(official.get("/quan-tri/khoa-api").body()));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Tỉnh 01 nằm ngoài phạm vi bạn được quản lý");
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        SystemActor.run(
                "test",
                () -> users.create(new UserForm(
                        "thu.khoa",
                        "Người thử khóa",
                        null,
                        Role.PROVINCIAL_OFFICIAL,
                        "22",
                        null,
                        "mat-khau-dung-1",
                        true)));
        Browser b = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(b.signIn("thu.khoa", "sai-" + i).headers().firstValue("Location"))
                    .get()
                    .asString()
                    .contains("error");
        }
        assertThat(b.signIn("thu.khoa", "mat-khau-dung-1").headers().firstValue("Location"))
                .get()
                .asString()
                .as("locked even with the right password")
                .contains("error");
        assertThat(b.get("/api/v1/me", "thu.khoa", "mat-khau-dung-1").statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageUsersAndEveryChangeIsAudited() {
        Browser officer = browser();
        officer.signIn("honggai.motcua", "hailong-demo");
        assertThat(officer.get("/quan-tri/nguoi-dung").statusCode()).isEqualTo(403);

        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String page = admin.get("/quan-tri/nguoi-dung/moi").body();
        HttpResponse<String> tooShort = admin.postForm(
                "/quan-tri/nguoi-dung/moi",
                "username=moi.nguoi&fullName=Ng%C6%B0%E1%BB%9Di+m%E1%BB%9Bi&role=VIEWER&provinceCode=22&password=ngan&enabled=true&_csrf="
                        + Browser.csrf(page));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Vai trò này cần được gán cho một cơ quan");

        long before = audit.latest(1000).stream()
                .filter(e -> e.entity().equals("user"))
                .count();
        // user administration is fail-closed: without a caller (here, the system itself) nothing is created
        assertThatThrownBy(() -> users.create(new UserForm(
                        "nguoi.xem", "Người xem", null, Role.PROVINCIAL_OFFICIAL, "22", null, "mat-khau-dai-du", true)))
                .isInstanceOf(vn.hailong.shared.ForbiddenException.class);
        SystemActor.run(
                "test",
                () -> users.create(new UserForm(
                        "nguoi.xem",
                        "Người xem",
                        null,
                        Role.PROVINCIAL_OFFICIAL,
                        "22",
                        null,
                        "mat-khau-dai-du",
                        true)));
        assertThat(audit.latest(1000).stream()
                        .filter(e -> e.entity().equals("user"))
                        .count())
                .isEqualTo(before + 1);
        assertThat(audit.latest(1).get(0).after()).contains("nguoi.xem").doesNotContain("mat-khau");
    }
}
