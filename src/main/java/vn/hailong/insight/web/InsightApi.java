package vn.hailong.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.insight.Classification;
import vn.hailong.insight.Decision766;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Measure;
import vn.hailong.insight.OfficerEvaluations;
import vn.hailong.insight.OfficerScorecard;
import vn.hailong.insight.Period;
import vn.hailong.insight.Ranking;
import vn.hailong.insight.ResponseRate;
import vn.hailong.insight.Rollups;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ItemList;

@RestController
@Tag(name = "Chỉ số / Insight", description = "Measures from the rollups, limited to the caller's agencies")
class InsightApi {

    private final Insights insights;
    private final Rollups rollups;
    private final OfficerEvaluations evaluations;

    InsightApi(Insights insights, Rollups rollups, OfficerEvaluations evaluations) {
        this.evaluations = evaluations;
        this.insights = insights;
        this.rollups = rollups;
    }

    @GetMapping("/api/v1/insight/satisfaction")
    @Operation(
            summary =
                    "Satisfaction (answers 4-5 ÷ valid answers) with n and a Wilson 95% interval; unit = province, commune or agency code; default the last 12 months")
    ItemList<SatisfactionItem> satisfaction(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "unit") String groupBy,
            @RequestParam(required = false) String item) {
        return ItemList.of(insights.satisfaction(unit, from, to, groupBy(groupBy), item));
    }

    @GetMapping("/api/v1/insight/timeliness")
    @Operation(summary = "Finished dossiers early / on time / late (and returned) by unit, month, officer or procedure")
    ItemList<TimelinessItem> timeliness(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "unit") String groupBy) {
        return ItemList.of(insights.timeliness(unit, from, to, groupBy(groupBy)));
    }

    @GetMapping("/api/v1/insight/response-rate")
    @Operation(
            summary =
                    "Response rate: returned dossiers that were rated ÷ dossiers returned (at most 100%), with ballot-box slips and ratings without a dossier counted beside it; unit = province, commune or agency code; default the last 12 months")
    ResponseRate responseRate(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return insights.responseRate(unit, from, to);
    }

    @GetMapping("/api/v1/insight/ranking")
    @Operation(
            summary =
                    "Ranking of provinces, units (parent = province) or officers (parent = agency code) by satisfaction or timeliness in a period (2026-10, 2026-Q4, 2026); under the minimum n: not ranked")
    Ranking ranking(
            @RequestParam(defaultValue = "unit") String level,
            @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "satisfaction") String measure,
            @RequestParam(required = false) String period) {
        return insights.ranking(level, parent, measure(measure), period);
    }

    @GetMapping("/api/v1/insight/officer-scorecard")
    @Operation(
            summary =
                    "An officer's month: dossiers handled, timeliness, satisfaction with n, ratings, comments, feedback cases, suggested and confirmed classification")
    OfficerScorecard officerScorecard(
            @RequestParam String unit, @RequestParam long officer, @RequestParam String month) {
        return evaluations.scorecard(unit, officer, OfficerEvaluations.month(month));
    }

    /** The leader's confirmation of an officer's monthly classification. */
    record Confirm(String unit, Long officer, String month, String classification, String note) {}

    @PostMapping("/api/v1/insight/officer-scorecard")
    @Operation(
            summary =
                    "Confirm (or override) an officer's monthly classification (unit leaders); EXCELLENT, GOOD, DONE, NOT_DONE")
    OfficerScorecard confirm(@RequestBody Confirm in) {
        if (in.unit() == null || in.officer() == null) {
            throw new InvalidInputException("insight.officerRequired");
        }
        return evaluations.confirm(
                in.unit(),
                in.officer(),
                OfficerEvaluations.month(in.month()),
                classification(in.classification()),
                in.note());
    }

    static Classification classification(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Classification.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("insight.badClassification", value);
        }
    }

    @GetMapping("/api/v1/insight/decision766")
    @Operation(
            summary =
                    "Decision 766 components per unit (agency) within unit = province, commune or agency code: progress 2.1 (open dossiers count) and 2.2, satisfaction 5.2, 5.3 (from HaiLong feedback cases) and 5.4; approximate ones are listed; transparency, online services, online payment and digitisation are not computable from HaiLong data")
    Decision766Units decision766(
            @RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        Period p = period == null || period.isBlank() ? insights.defaultPeriod() : Period.parse(period);
        return new Decision766Units(
                p, insights.decision766(unit, p), Decision766.NOT_COMPUTABLE, Decision766.APPROXIMATE);
    }

    /** Decision 766 per unit in a period, with the components HaiLong cannot compute and those it approximates. */
    record Decision766Units(
            Period period, List<Decision766> items, List<String> notComputable, List<String> approximate) {}

    @PostMapping("/api/v1/insight/rollups/rebuild")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Recompute every rollup from the raw ratings and dossiers (administrators)")
    ResponseEntity<Void> rebuild() {
        rollups.rebuild();
        return ResponseEntity.noContent().build();
    }

    static GroupBy groupBy(String value) {
        try {
            return GroupBy.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("insight.badGroupBy", value);
        }
    }

    static Measure measure(String value) {
        try {
            return Measure.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("insight.badMeasure", value);
        }
    }
}
