package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The address printed in QR codes must be set outside demo mode; the demo falls back to localhost. */
class PublicUrlTest {

    @Test
    void requiredOutsideDemoMode() {
        assertThatThrownBy(() -> new PublicUrl(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HAILONG_PUBLIC_URL");
        MockEnvironment production =
                new MockEnvironment().withProperty("hailong.public-url", "https://hailong.quangninh.gov.vn/");
        assertThat(new PublicUrl(production).to("/r/abc")).isEqualTo("https://hailong.quangninh.gov.vn/r/abc");
        assertThatThrownBy(() -> new PublicUrl(new MockEnvironment().withProperty("hailong.public-url", "hailong.vn")))
                .hasMessageContaining("http(s)");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(new PublicUrl(demo).base()).isEqualTo("http://localhost:8080");
    }
}
