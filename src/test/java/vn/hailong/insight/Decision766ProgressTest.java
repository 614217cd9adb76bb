package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Decision 766 item 2.1 with open dossiers, worked at the suite's clock (Wed 18/11/2026 10:00), in November 2026 for
 * Hồng Gai: the figures before and after four dossiers of a 3-working-day procedure (HT-008) are received.
 */
class Decision766ProgressTest extends AppTest {

    private static final String OFFICER = "honggai.motcua";
    private static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Test
    void progressCountsDossiersBeingProcessedOnTimeAndTheLateOpenOnes() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        JsonNode before = item(api);

        // open, due Fri 20/11: being processed on time
        receive(api, hongGai, "2026-11-17T09:00:00");
        // open, due Thu 05/11: received in the period, late
        receive(api, hongGai, "2026-11-02T09:00:00");
        // received in October, still open and late on 18/11: handled in the period, late
        receive(api, hongGai, "2026-10-20T09:00:00");
        // received and resolved early in the period: processed on time
        String early = receive(api, hongGai, "2026-11-09T09:00:00");
        assertThat(api.postJson(
                                "/api/v1/dossiers/" + early + "/events",
                                "{\"eventId\": \"r1\", \"type\": \"RESOLVED\", \"at\": \"2026-11-10T10:00:00\"}",
                                OFFICER,
                                PW)
                        .statusCode())
                .isEqualTo(200);
        // received and resolved in October: not in November's figures
        String october = receive(api, hongGai, "2026-10-01T09:00:00");
        api.postJson(
                "/api/v1/dossiers/" + october + "/events",
                "{\"eventId\": \"r1\", \"type\": \"RESOLVED\", \"at\": \"2026-10-05T10:00:00\"}",
                OFFICER,
                PW);

        JsonNode after = item(api);
        assertThat(after.get("handled").asLong() - before.get("handled").asLong())
                .as("four dossiers received or handled in November")
                .isEqualTo(4);
        assertThat(after.get("handledOnTime").asLong()
                        - before.get("handledOnTime").asLong())
                .as("the open one not yet due and the early one")
                .isEqualTo(2);
        assertThat(after.get("finished").asLong() - before.get("finished").asLong())
                .isEqualTo(1);
        assertThat(after.get("progressPoints").asDouble())
                .isEqualTo(Math.round(2000.0
                                * after.get("handledOnTime").asLong()
                                / after.get("handled").asLong())
                        / 100.0);
        assertThat(after.get("averageWorkingDays").isNull()).isFalse();
    }

    private JsonNode item(Browser api) {
        JsonNode d = json(api.get("/api/v1/insight/decision766?unit=22-06685&period=2026-11", "quangninh", PW)
                .body());
        assertThat(d.get("approximate").toString()).contains("2.2", "5.2", "5.3");
        for (JsonNode item : d.get("items")) {
            if (item.get("key").asString().equals("22-06685")) {
                return item;
            }
        }
        throw new AssertionError("no item for 22-06685 in " + d);
    }

    private String receive(Browser api, long agency, String receivedAt) {
        HttpResponse<String> r = api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "channel": "IN_PERSON", "applicantName": "Trần Văn Bình",
                 "applicantPhone": "0912345679", "receivedAt": "%s"}""".formatted(agency, receivedAt), OFFICER, PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("code").asString();
    }
}
