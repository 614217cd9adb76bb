package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The officer's month equals the raw rows; only a unit leader confirms the classification, which is stored. */
class OfficerScorecardTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HONG_GAI = "22-06685";

    @Autowired
    JdbcClient jdbc;

    @Test
    void scorecardCountsTheOfficersMonthAndTheLeaderConfirms() {
        Map<String, Object> busiest = jdbc.sql("""
                select d.handling_officer_id officer, cast(extract(year from d.resolved_at) as int) y, cast(extract(month from d.resolved_at) as int) m,
                  count(*) n from dossier d join agency a on a.id = d.agency_id
                where a.code = ? and d.handling_officer_id is not null and d.timeliness <> 'PENDING' and d.resolved_at is not null
                group by d.handling_officer_id, cast(extract(year from d.resolved_at) as int), cast(extract(month from d.resolved_at) as int)
                order by count(*) desc, 1 fetch first 1 rows only""").param(HONG_GAI).query().singleRow();
        long officer = ((Number) busiest.get("officer")).longValue();
        YearMonth month = YearMonth.of(((Number) busiest.get("y")).intValue(), ((Number) busiest.get("m")).intValue());
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Browser b = browser();
        String path = "/api/v1/insight/officer-scorecard?unit=" + HONG_GAI + "&officer=" + officer + "&month=" + month;
        JsonNode card = json(b.get(path, "quangninh", PW).body());
        assertThat(card.get("timeliness").get("finished").asLong()).isEqualTo(((Number) busiest.get("n")).longValue());
        assertThat(card.get("timeliness").get("late").asLong())
                .isEqualTo(jdbc.sql("""
                select count(*) from dossier d where d.handling_officer_id = ? and d.timeliness = 'LATE'
                and cast(d.resolved_at as date) between ? and ?""")
                        .params(officer, from, to)
                        .query(Long.class)
                        .single());
        assertThat(card.get("ratings").asLong())
                .isEqualTo(jdbc.sql("""
                select count(*) from rating r where r.officer_id = ? and cast(r.created_at as date) between ? and ?""")
                        .params(officer, from, to)
                        .query(Long.class)
                        .single());
        assertThat(card.get("satisfaction").get("n").asLong())
                .isEqualTo(jdbc.sql("""
                select count(*) from rating r join rating_answer x on x.rating_id = r.id where r.officer_id = ? and x.score is not null
                and cast(r.created_at as date) between ? and ?""")
                        .params(officer, from, to)
                        .query(Long.class)
                        .single());
        long comments =
                jdbc.sql("""
                select count(*) from rating r where r.officer_id = ? and r.comment is not null and trim(r.comment) <> ''
                and cast(r.created_at as date) between ? and ?""").params(officer, from, to).query(Long.class).single();
        assertThat(card.get("comments").size()).isEqualTo((int) Math.min(comments, 1000));
        assertThat(card.get("confirmation").isNull()).isTrue();
        // every case its ratings opened, or assigned to the officer in the month: all of them (no cap on the unit's
        // newest cases)
        assertThat(card.get("cases").size())
                .isEqualTo(jdbc.sql("""
                select count(*) from feedback_case f join agency a on a.id = f.agency_id
                where a.code = ? and (f.rating_id in (select r.id from rating r where r.officer_id = ?
                    and cast(r.created_at as date) between ? and ?)
                  or f.rating_id is null and lower(f.assigned_officer) = lower((select o.full_name from officer o
                    where o.id = ?)) and cast(f.received_at as date) between ? and ?)""")
                        .params(HONG_GAI, officer, from, to, officer, from, to)
                        .query(Long.class)
                        .single()
                        .intValue());

        String confirm = """
                {"unit": "%s", "officer": %d, "month": "%s", "classification": "GOOD", "note": "Họp giao ban tháng"}""".formatted(HONG_GAI, officer, month);
        assertThat(b.postJson("/api/v1/insight/officer-scorecard", confirm, "quangninh", PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(b.postJson("/api/v1/insight/officer-scorecard", confirm, "honggai.motcua", PW)
                        .statusCode())
                .isEqualTo(403);
        var bad =
                b.postJson("/api/v1/insight/officer-scorecard", confirm.replace("GOOD", "BEST"), "honggai.lanhdao", PW);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("không hợp lệ");
        var ok = b.postJson("/api/v1/insight/officer-scorecard", confirm, "honggai.lanhdao", PW);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode confirmed = json(b.get(path, "quangninh", PW).body()).get("confirmation");
        assertThat(confirmed.get("classification").asString()).isEqualTo("GOOD");
        assertThat(confirmed.get("by").asString()).isEqualTo("honggai.lanhdao");
        assertThat(confirmed.get("note").asString()).isEqualTo("Họp giao ban tháng");
        assertThat(jdbc.sql("select confirmed from insight_officer_classification where officer_id = ? and period = ?")
                        .params(officer, month.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("GOOD");

        // outside the caller's scope, and bad input
        assertThat(b.get(path, "halong.motcua", PW).statusCode()).isEqualTo(404);
        var badMonth = b.get(
                "/api/v1/insight/officer-scorecard?unit=" + HONG_GAI + "&officer=" + officer + "&month=2026-13",
                "quangninh",
                PW);
        assertThat(badMonth.statusCode()).isEqualTo(400);
        assertThat(badMonth.body()).contains("Tháng “2026-13” không hợp lệ");
    }

    @Test
    void classificationFollowsTheThresholds() {
        ClassificationRules rules =
                new ClassificationRules(new double[] {0.95, 0.90, 0.80}, new double[] {0.95, 0.90, 0.80}, 30);
        TimelinessItem allOnTime = TimelinessItem.of("u", "u", 0, 10, 0, 0);
        assertThat(rules.suggest(SatisfactionItem.of("u", "u", 100, 96), allOnTime))
                .isEqualTo(Classification.EXCELLENT);
        assertThat(rules.suggest(SatisfactionItem.of("u", "u", 100, 95), TimelinessItem.of("u", "u", 0, 9, 1, 0)))
                .isEqualTo(Classification.GOOD);
        assertThat(rules.suggest(SatisfactionItem.of("u", "u", 100, 85), allOnTime))
                .isEqualTo(Classification.DONE);
        assertThat(rules.suggest(SatisfactionItem.of("u", "u", 100, 79), allOnTime))
                .isEqualTo(Classification.NOT_DONE);
        assertThat(rules.suggest(SatisfactionItem.of("u", "u", 29, 29), allOnTime))
                .isNull();
    }
}
