package vn.hailong.support;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The whole application on a random port, with the demo loaded (H2 in memory unless a subclass says otherwise). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class AppTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    /** The application's clock (Asia/Ho_Chi_Minh): "today" as the application sees it, whatever the machine's zone. */
    @Autowired
    protected Clock clock;

    protected Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    protected JsonNode json(String body) {
        return json.readTree(body);
    }
}
