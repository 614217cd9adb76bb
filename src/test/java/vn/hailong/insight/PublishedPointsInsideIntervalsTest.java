package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.support.AppTest;

/**
 * The property an official checks first, over every report type the demo publishes: each point lies inside its own
 * interval (counter ratings by every grouping and item, rankings of units and officers by both measures, the SIPAS
 * figures of every campaign), an effective n never exceeds the answers behind it, and no rate exceeds 100%.
 */
class PublishedPointsInsideIntervalsTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublishedPointLiesInsideItsInterval() {
        int checked = 0;
        for (String unit : List.of("22", "22-06685")) {
            for (String by : List.of("unit", "officer", "desk", "procedure", "channel", "month")) {
                for (String item : List.of("", "&item=RESULT")) {
                    for (JsonNode i : get("/api/v1/insight/satisfaction?unit=" + unit + "&groupBy=" + by + item)
                            .get("items")) {
                        String as = unit + " " + by + item + " " + i;
                        if (i.get("n").asLong() == 0) {
                            continue;
                        }
                        double rate = i.get("rate").asDouble();
                        assertThat(rate)
                                .as(as)
                                .isBetween(
                                        i.get("ciLow").asDouble(),
                                        i.get("ciHigh").asDouble());
                        assertThat(rate).as(as).isBetween(0.0, 1.0);
                        assertThat(i.get("effectiveN").asDouble()).as(as).isBetween(0.0, (double)
                                i.get("n").asLong());
                        assertThat(i.get("ratings").asLong())
                                .as(as)
                                .isBetween(1L, i.get("n").asLong());
                        checked++;
                    }
                }
            }
            JsonNode rr = get("/api/v1/insight/response-rate?unit=" + unit);
            if (!rr.get("rate").isNull()) {
                assertThat(rr.get("rate").asDouble())
                        .as("response rate " + unit)
                        .isBetween(0.0, 1.0);
            }
        }
        for (String measure : List.of("satisfaction", "timeliness")) {
            for (String query : List.of(
                    "level=unit&parent=22&period=2026-10",
                    "level=unit&parent=22&period=2026",
                    "level=officer&parent=22-06685&period=2026")) {
                for (JsonNode e : get("/api/v1/insight/ranking?measure=" + measure + "&" + query)
                        .get("entries")) {
                    if (e.get("value").isNull()) {
                        continue;
                    }
                    assertThat(e.get("value").asDouble())
                            .as(measure + " " + query + " " + e)
                            .isBetween(
                                    e.get("ciLow").asDouble(), e.get("ciHigh").asDouble());
                    checked++;
                }
            }
        }
        for (long campaign :
                jdbc.sql("select id from survey_campaign").query(Long.class).list()) {
            var r = browser().get("/api/v1/campaigns/" + campaign + "/figures.csv", "quangninh", PW);
            assertThat(r.statusCode()).isEqualTo(200);
            for (var row : AuditDataTest.rows(r.body().replace("\uFEFF", ""))) {
                if (row.get("index_pct").isEmpty()) {
                    continue;
                }
                assertThat(Double.parseDouble(row.get("index_pct")))
                        .as(campaign + " " + row)
                        .isBetween(Double.parseDouble(row.get("low_pct")), Double.parseDouble(row.get("high_pct")));
                checked++;
            }
        }
        assertThat(checked).as("figures checked").isGreaterThan(200);
    }

    private JsonNode get(String path) {
        var r = browser().get(path, "quangninh", PW);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json(r.body());
    }
}
