package vn.hailong.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.insight.Decree61Evaluations;
import vn.hailong.insight.Decree61Unit;
import vn.hailong.insight.Period;
import vn.hailong.shared.InvalidInputException;

@RestController
@Tag(
        name = "Nghị định 61 / Decree 61",
        description =
                "The 9-indicator evaluation of finished dossiers per unit and quarter, limited to the caller's agencies")
class Decree61Api {

    private final Decree61Evaluations evaluations;

    Decree61Api(Decree61Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/v1/insight/decree61")
    @Operation(
            summary =
                    "Per unit (agency) within unit = province, commune or agency code, for a quarter (2026-Q3; default the last whole one): finished dossiers n, average out of 18, per-indicator averages, self and appraised scores, classifications")
    Map<String, Object> units(
            @RequestParam(required = false) String unit, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        List<Decree61Unit> items = evaluations.units(unit, q);
        return Map.of(
                "quarter",
                q,
                "items",
                items,
                "total",
                items.size(),
                "bands",
                evaluations.bands().bands());
    }

    @GetMapping("/api/v1/insight/decree61/dossiers")
    @Operation(
            summary =
                    "The finished dossiers of a unit in a quarter with each indicator's points (null: not computable) and source, a page at a time")
    Decree61Evaluations.Page dossiers(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String quarter,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "200") int limit) {
        return evaluations.dossiers(unit, evaluations.quarter(quarter), offset, limit);
    }

    /** A score for a unit's quarter (unit = agency code); the self-score defaults to the computed average. */
    record Score(String unit, String quarter, Double score, String note) {}

    @PutMapping("/api/v1/insight/decree61/self-score")
    @Operation(
            summary =
                    "The unit leader's self-score of a quarter (0–18; without a score: the computed average; a different score needs a note)")
    Decree61Unit selfScore(@RequestBody Score in) {
        return evaluations.selfScore(unit(in), evaluations.quarter(required(in).quarter()), in.score(), in.note());
    }

    @PutMapping("/api/v1/insight/decree61/appraised-score")
    @Operation(summary = "The province's appraised score of a unit's quarter (provincial officials; 0–18)")
    Decree61Unit appraisedScore(@RequestBody Score in) {
        return evaluations.appraisedScore(
                unit(in), evaluations.quarter(required(in).quarter()), in.score(), in.note());
    }

    private static Score required(Score in) {
        if (in == null || in.quarter() == null || in.quarter().isBlank()) {
            throw new InvalidInputException("decree61.badQuarter", in == null ? null : in.quarter());
        }
        return in;
    }

    private static String unit(Score in) {
        if (in == null || in.unit() == null || in.unit().isBlank()) {
            throw new InvalidInputException("decree61.unitRequired");
        }
        return in.unit();
    }
}
