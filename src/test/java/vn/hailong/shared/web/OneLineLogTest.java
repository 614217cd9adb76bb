package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hailong.support.AppTest;

/** A CR/LF in a request value that ends up in the log stays inside its log line. */
@ExtendWith(OutputCaptureExtension.class)
class OneLineLogTest extends AppTest {

    @Test
    void aLoggedRequestValueCannotForgeALogLine(CapturedOutput output) {
        var b = browser();
        b.signIn("quangninh", "hailong-demo");
        assertThat(b.get("/bao-cao?period=GY-1%0D%0A2026-01-01T00:00:00Z%20INFO%20FORGED-LINE")
                        .statusCode())
                .isEqualTo(400);
        assertThat(output.getOut()).contains("FORGED-LINE");
        assertThat(Arrays.stream(output.getOut().split("\\R"))
                        .filter(l -> l.startsWith("2026-01-01T00:00:00Z INFO FORGED-LINE")))
                .isEmpty();
        assertThat(output.getOut()).contains("GY-1\\r\\n2026-01-01T00:00:00Z INFO FORGED-LINE");
    }
}
