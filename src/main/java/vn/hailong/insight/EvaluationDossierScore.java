package vn.hailong.insight;

import java.time.LocalDateTime;
import java.util.List;

/** A finished dossier's nine indicators (points and source each) and its score out of 18. */
public record EvaluationDossierScore(
        String code,
        String procedure,
        LocalDateTime finishedAt,
        List<Integer> points,
        List<EvaluationSource> sources,
        int total,
        int computable,
        double score) {}
