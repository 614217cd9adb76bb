package vn.hailong.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.insight.EvaluationBands;
import vn.hailong.insight.EvaluationUnit;
import vn.hailong.insight.Evaluations;
import vn.hailong.insight.Period;
import vn.hailong.insight.Rulebook;
import vn.hailong.shared.InvalidInputException;

@RestController
@Tag(
        name = "Đánh giá việc giải quyết TTHC / Evaluation (Decree 118/2025)",
        description =
                "The citizen's evaluation of finished dossiers per unit and quarter, limited to the caller's agencies: the nine contents a-i of Decree 118/2025 Art. 33 from 2025-Q3 (points, totals and bands are the province's local rule, see localRule), Decree 61/2018's nine indicators CT1..CT9 up to 2025-Q2 (read-only). The /decree61 paths are the same endpoints under their first name.")
class EvaluationApi {

    private final Evaluations evaluations;

    EvaluationApi(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping({"/api/v1/insight/evaluation", "/api/v1/insight/decree61"})
    @Operation(
            summary =
                    "Per unit (agency) within unit = province, commune or agency code, for a quarter (2026-Q3; default the last whole one): finished dossiers n, average out of 18, per-indicator averages, self and appraised scores, classifications")
    Units units(@RequestParam(required = false) String unit, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        List<EvaluationUnit> items = evaluations.units(unit, q);
        Rulebook rulebook = Rulebook.of(q);
        return new Units(
                q,
                items,
                items.size(),
                evaluations.bands().bands(),
                rulebook,
                rulebook == Rulebook.DECREE_61
                        ? "not applicable: Decree 61/2018 period, read-only"
                        : "points, totals and bands are the province's local rule (configuration), not Decree 118/2025's");
    }

    /** A quarter's units with the bands and the rulebook that scored them. */
    record Units(
            Period quarter,
            List<EvaluationUnit> items,
            int total,
            List<EvaluationBands.Band> bands,
            Rulebook rulebook,
            String localRule) {}

    @GetMapping({"/api/v1/insight/evaluation/dossiers", "/api/v1/insight/decree61/dossiers"})
    @Operation(
            summary =
                    "The finished dossiers of a unit in a quarter with each indicator's points (null: not computable) and source, a page at a time")
    Evaluations.Page dossiers(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String quarter,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "200") int limit) {
        return evaluations.dossiers(unit, evaluations.quarter(quarter), offset, limit);
    }

    /** A score for a unit's quarter (unit = agency code); the self-score defaults to the computed average. */
    record Score(String unit, String quarter, Double score, String note) {}

    @PutMapping({"/api/v1/insight/evaluation/self-score", "/api/v1/insight/decree61/self-score"})
    @Operation(
            summary =
                    "The unit leader's self-score of a quarter (0–18; without a score: the computed average; a different score needs a note)")
    EvaluationUnit selfScore(@RequestBody Score in) {
        return evaluations.selfScore(unit(in), evaluations.quarter(required(in).quarter()), in.score(), in.note());
    }

    @PutMapping({"/api/v1/insight/evaluation/appraised-score", "/api/v1/insight/decree61/appraised-score"})
    @Operation(summary = "The province's appraised score of a unit's quarter (provincial officials; 0–18)")
    EvaluationUnit appraisedScore(@RequestBody Score in) {
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
