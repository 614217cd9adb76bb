package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The password policy, passwords over 72 bytes, the user's own change (page and API) and the administrator's reset. */
class PasswordTest extends AppTest {

    @Autowired
    Users users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void weakOrOverlongPasswordsAreRefusedWithAReason() {
        assertThat(refusal("pw.ngan", "ngan-qua")).isEqualTo("user.passwordTooShort");
        assertThat(refusal("pw.trung", "pw.trung.ten")).isNull();
        assertThat(refusal("pw.trungten1", "PW.TRUNGTEN1")).isEqualTo("user.passwordIsUsername");
        assertThat(refusal("pw.phobien", "Matkhau@123")).isEqualTo("user.passwordTooCommon");
        // 30 letters with diacritics: 30 characters but 90 bytes, beyond what BCrypt reads
        assertThat(refusal("pw.dai", "ệ".repeat(30))).isEqualTo("user.passwordTooLong");
    }

    @Test
    void anOverlongPasswordOnTheFormsIsA4xxNotA500() {
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String page = admin.get("/quan-tri/nguoi-dung/moi").body();
        HttpResponse<String> created = admin.postForm(
                "/quan-tri/nguoi-dung/moi",
                "username=pw.form&fullName=X&role=PROVINCIAL_OFFICIAL" + "&provinceCode=22&enabled=true&password="
                        + enc("ệ".repeat(30)) + "&_csrf=" + enc(Browser.csrf(page)));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Mật khẩu dài quá 72 byte");
        HttpResponse<String> signIn = browser().signIn("admin", "a".repeat(100));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/dang-nhap?error");
    }

    @Test
    void anAdministratorsResetForcesAChangeAtTheNextSignIn() {
        SystemActor.call(
                "test",
                () -> users.create(new UserForm(
                        "pw.reset",
                        "Người đổi mật khẩu",
                        null,
                        Role.PROVINCIAL_OFFICIAL,
                        "22",
                        null,
                        "mat-khau-ban-dau",
                        true)));
        long id = jdbc.sql("select id from app_user where username = 'pw.reset'")
                .query(Long.class)
                .single();
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String edit = admin.get("/quan-tri/nguoi-dung/" + id).body();
        HttpResponse<String> reset = admin.postForm(
                "/quan-tri/nguoi-dung/" + id,
                "username=pw.reset&fullName=X&role=PROVINCIAL_OFFICIAL"
                        + "&provinceCode=22&enabled=true&password=dat-lai-tam-thoi&_csrf=" + enc(Browser.csrf(edit)));
        assertThat(reset.statusCode()).isEqualTo(302);

        Browser user = browser();
        user.signIn("pw.reset", "dat-lai-tam-thoi");
        assertThat(user.get("/ho-so").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/tai-khoan/mat-khau");
        assertThat(user.get("/api/v1/me", "pw.reset", "dat-lai-tam-thoi").statusCode())
                .isEqualTo(403);
        String form = user.get("/tai-khoan/mat-khau").body();
        assertThat(form).contains("Quản trị viên đã đặt lại mật khẩu");
        HttpResponse<String> wrong = user.postForm(
                "/tai-khoan/mat-khau",
                "currentPassword=sai-mat-khau-roi&newPassword=mat-khau-cua-toi"
                        + "&confirmPassword=mat-khau-cua-toi&_csrf=" + enc(Browser.csrf(form)));
        assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng");
        HttpResponse<String> changed = user.postForm(
                "/tai-khoan/mat-khau",
                "currentPassword=dat-lai-tam-thoi&newPassword=mat-khau-cua-toi"
                        + "&confirmPassword=mat-khau-cua-toi&_csrf=" + enc(Browser.csrf(form)));
        assertThat(changed.headers().firstValue("Location")).get().asString().contains("/?passwordChanged");
        assertThat(user.get("/ho-so").statusCode()).isEqualTo(200);

        HttpResponse<String> api = user.postJson(
                "/api/v1/me/password",
                "{\"currentPassword\":\"mat-khau-cua-toi\",\"newPassword\":\"qua-api-mat-khau\"}",
                "pw.reset",
                "mat-khau-cua-toi");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(user.get("/api/v1/me", "pw.reset", "qua-api-mat-khau").statusCode())
                .isEqualTo(200);
        HttpResponse<String> common = user.postJson(
                "/api/v1/me/password",
                "{\"currentPassword\":\"qua-api-mat-khau\",\"newPassword\":\"1234567890\"}",
                "pw.reset",
                "qua-api-mat-khau");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(json(common.body()).get("detail").asString()).contains("quá phổ biến");
    }

    private String refusal(String username, String password) {
        try {
            SystemActor.call(
                    "test",
                    () -> users.create(new UserForm(
                            username, "Thử mật khẩu", null, Role.PROVINCIAL_OFFICIAL, "22", null, password, true)));
            return null;
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
