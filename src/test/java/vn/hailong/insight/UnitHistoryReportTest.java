package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.support.AppTest;

/**
 * History stays reportable across a merger: a report on Phường Hồng Gai (06685, since 1 July 2025) also counts what
 * was recorded under the wards it replaced (Phường Trần Hưng Đạo, 06691), and a report on the former ward counts
 * only its own.
 */
class UnitHistoryReportTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RatingDrain drain;

    @Test
    void aReportOnTheCurrentUnitIncludesItsPredecessors() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency (code, name, kind, unit_code, province_code) values"
                        + " ('22-06691-cu', 'UBND phường Trần Hưng Đạo (cũ)', 'COMMUNE_PC', '06691', '22')")
                .update(keys, "id");
        long former = keys.getKey().longValue();
        try {
            rateAndReport(former);
        } finally {
            // the application's context is shared with other tests: leave the demo as it was
            for (String table : List.of(
                    "insight_rating_day",
                    "insight_rating_sums_day",
                    "insight_rating_count",
                    "insight_rating_agency_day",
                    "insight_rating_month")) {
                jdbc.sql("delete from " + table + " where agency_id = ?")
                        .param(former)
                        .update();
            }
            jdbc.sql("delete from rating_answer where rating_id in (select id from rating where agency_id = ?)")
                    .param(former)
                    .update();
            jdbc.sql("delete from rating where agency_id = ?").param(former).update();
            jdbc.sql("delete from agency where id = ?").param(former).update();
        }
    }

    private void rateAndReport(long former) {
        GeneratedKeyHolder keys;
        PendingRatings pending = new PendingRatings(jdbc);
        for (int i = 0; i < 3; i++) {
            keys = new GeneratedKeyHolder();
            jdbc.sql(
                            "insert into rating (idempotency_key, form_code, channel, instrument, agency_id, unit_code, created_at)"
                                    + " values ('uh-" + i + "', 'QUICK', 'QR', 'FIVE_LEVEL', " + former
                                    + ", '06691', timestamp '2025-03-1" + i + " 09:00:00')")
                    .update(keys, "id");
            long rating = keys.getKey().longValue();
            jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, 'RESULT', ?)")
                    .params(rating, 3 + i)
                    .update();
            pending.addAll(java.util.List.of(rating));
        }
        drain.drain();

        String query = "/api/v1/insight/satisfaction?groupBy=unit&from=2025-01-01&to=2025-12-31&unit=";
        assertThat(keys(query + "06685")).contains("22-06691-cu");
        JsonNode old =
                json(browser().get(query + "06691", "quangninh", PW).body()).get("items");
        assertThat(keys(query + "06691")).containsExactly("22-06691-cu");
        assertThat(old.get(0).get("n").asLong()).isEqualTo(3);
        assertThat(old.get(0).get("satisfied").asLong()).isEqualTo(2);
        assertThat(keys(query + "06688")).as("a unit that did not take it over").doesNotContain("22-06691-cu");
    }

    private List<String> keys(String url) {
        var r = browser().get(url, "quangninh", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        json(r.body()).get("items").forEach(i -> out.add(i.get("key").asString()));
        return out;
    }
}
