package vn.hailong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person in a browser meets 403, 404, 429 and 500 as a Vietnamese page in the application's frame (no Whitelabel,
 * no JSON); the same errors on the API stay RFC 9457 problem details.
 */
@TestPropertySource(properties = "hailong.public-rate-limit.per-minute=10")
class ErrorPagesBrowserTest extends BrowserTest {

    /** A page that fails as an unforeseen bug would: the only way to see the 500 page on purpose. */
    @TestConfiguration
    static class FailingPage {
        @Bean
        Breaks breaks() {
            return new Breaks();
        }
    }

    @Controller
    static class Breaks {
        @GetMapping("/thu-nghiem/loi-he-thong")
        String fail() {
            throw new IllegalStateException("a bug, on purpose");
        }
    }

    @Test
    void errorsAreVietnamesePagesForPeopleAndProblemDetailsForPrograms() {
        Page page = page(390, 844);
        signIn(page, "honggai.motcua");
        expect(page, "/khong-co-trang-nay", 404, "Không tìm thấy", "Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
        expect(page, "/quan-tri/nguoi-dung", 403, "Không có quyền", "Bạn không có quyền truy cập trang này.");
        expect(
                page,
                "/thu-nghiem/loi-he-thong",
                500,
                "Lỗi hệ thống",
                "Đã có lỗi không mong muốn; thao tác chưa được thực hiện.");

        Page citizen = page(390, 844);
        Response last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = citizen.navigate(base() + "/gop-y");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers()).containsKey("retry-after");
        assertPage(citizen, "429", "Quá nhiều yêu cầu", "Có quá nhiều yêu cầu trong thời gian ngắn.");

        var api = browser().get("/api/v1/khong-co");
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    void expect(Page page, String path, int status, String title, String detail) {
        Response response = page.navigate(base() + path);
        assertThat(response.status()).as(path).isEqualTo(status);
        assertPage(page, String.valueOf(status), title, detail);
    }

    static void assertPage(Page page, String name, String title, String detail) {
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(page.locator("h1").textContent()).contains(title);
        assertThat(page.locator("main").textContent()).contains(detail).doesNotContain("Whitelabel");
        assertThat(page.content()).doesNotContain("\"status\"");
        screenshot(page, "error-" + name);
    }
}
