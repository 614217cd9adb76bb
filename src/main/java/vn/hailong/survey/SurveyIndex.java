package vn.hailong.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SIPAS index (domain §5): a criterion's index is its satisfaction rate (answers 4–5 ÷ valid
 * answers, "not applicable" and blanks excluded); a factor's is the mean of its criteria; the overall
 * index is the mean of the factors (rounded to two decimals only at the end). Above a unit the index is
 * either pooled or the mean of the units. Every index carries the 95% interval of its own estimator
 * ({@link IndexEstimate}, docs/statistics.md): Wilson's for a criterion's rate, and for a mean of indices
 * Wilson's at the effective sample size of a variance linearised over respondents (units as strata for a
 * mean of units).
 */
final class SurveyIndex {

    private SurveyIndex() {}

    /** An index's estimates: criteria and factors in questionnaire order, and the overall one. */
    private record Estimates(List<IndexEstimate> criteria, List<IndexEstimate> factors, IndexEstimate overall) {}

    /** The index of one unit from its respondents (also the pooled index of several units' respondents together). */
    public static UnitIndex of(Questionnaire q, Long agencyId, String name, List<Respondent> respondents) {
        Estimates e = estimate(q, respondents, 0, RespondentDesign.single(respondents.size()));
        Rate overallItem = Rate.of(0, 0);
        List<Rate> factorItems = new ArrayList<>();
        for (Section s : q.sections()) {
            Rate factorItem = null;
            for (SurveyItem item : s.items()) {
                if (item.role() == IndexRole.FACTOR) {
                    factorItem = rate(item.code(), respondents);
                } else if (item.role() == IndexRole.OVERALL) {
                    overallItem = rate(item.code(), respondents);
                }
            }
            if (hasCriteria(s)) {
                factorItems.add(factorItem);
            }
        }
        return index(q, agencyId, name, respondents.size(), e, factorItems, overallItem, true);
    }

    /** All units together, pooled (every answer counted once) or as the mean of the units' indices. */
    public static UnitIndex above(Questionnaire q, String name, List<Respondent> respondents, Aggregation aggregation) {
        if (aggregation == Aggregation.POOLED) {
            return of(q, null, name, respondents);
        }
        Map<Long, List<Respondent>> byUnit = new LinkedHashMap<>();
        respondents.forEach(r ->
                byUnit.computeIfAbsent(r.agencyId(), k -> new ArrayList<>()).add(r));
        List<List<Respondent>> units = new ArrayList<>(byUnit.values());
        RespondentDesign design = RespondentDesign.byUnit(units);
        List<Estimates> perUnit = new ArrayList<>();
        int offset = 0;
        for (List<Respondent> unit : units) {
            perUnit.add(estimate(q, unit, offset, design));
            offset += unit.size();
        }
        int criteria = criterionCount(q);
        int factors =
                (int) q.sections().stream().filter(SurveyIndex::hasCriteria).count();
        List<IndexEstimate> criterionMeans = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            int at = c;
            criterionMeans.add(IndexEstimate.mean(
                    perUnit.stream().map(u -> u.criteria().get(at)).toList(), design));
        }
        List<IndexEstimate> factorMeans = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            int at = f;
            factorMeans.add(IndexEstimate.mean(
                    perUnit.stream().map(u -> u.factors().get(at)).toList(), design));
        }
        IndexEstimate overall =
                IndexEstimate.mean(perUnit.stream().map(Estimates::overall).toList(), design);
        List<Rate> noItems = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            noItems.add(null);
        }
        return index(
                q,
                null,
                name,
                respondents.size(),
                new Estimates(criterionMeans, factorMeans, overall),
                noItems,
                null,
                false);
    }

    /** Criteria, factors (mean of their criteria) and overall (mean of the factors) of respondents numbered from offset. */
    private static Estimates estimate(
            Questionnaire q, List<Respondent> respondents, int offset, RespondentDesign design) {
        List<IndexEstimate> criteria = new ArrayList<>();
        List<IndexEstimate> factors = new ArrayList<>();
        for (Section s : q.sections()) {
            List<IndexEstimate> own = new ArrayList<>();
            for (SurveyItem item : s.items()) {
                if (item.role() == IndexRole.CRITERION) {
                    own.add(IndexEstimate.criterion(item.code(), respondents, offset));
                }
            }
            if (!own.isEmpty()) {
                criteria.addAll(own);
                factors.add(IndexEstimate.mean(own, design));
            }
        }
        return new Estimates(criteria, factors, IndexEstimate.mean(factors, design));
    }

    /** {@code pooled}: the criteria are rates of their own answers (a unit, or all units pooled), so their numerators are shown. */
    private static UnitIndex index(
            Questionnaire q,
            Long agencyId,
            String name,
            long respondents,
            Estimates e,
            List<Rate> factorItems,
            Rate overallItem,
            boolean pooled) {
        List<CriterionIndex> criteria = new ArrayList<>();
        List<FactorIndex> factors = new ArrayList<>();
        int c = 0;
        int f = 0;
        for (Section s : q.sections()) {
            if (!hasCriteria(s)) {
                continue;
            }
            for (SurveyItem item : s.items()) {
                if (item.role() == IndexRole.CRITERION) {
                    IndexEstimate x = e.criteria().get(c++);
                    criteria.add(new CriterionIndex(
                            item.code(),
                            s.code(),
                            item.text(),
                            percent(x),
                            answers(x),
                            low(x),
                            high(x),
                            pooled && x != null ? Math.round(x.share() * x.answers()) : null,
                            effective(x)));
                }
            }
            IndexEstimate x = e.factors().get(f);
            factors.add(new FactorIndex(
                    s.code(), s.title(), percent(x), answers(x), low(x), high(x), factorItems.get(f), effective(x)));
            f++;
        }
        IndexEstimate o = e.overall();
        return new UnitIndex(
                agencyId, name, respondents, criteria, factors, percent(o), low(o), high(o), overallItem, effective(o));
    }

    private static Double effective(IndexEstimate e) {
        return e == null ? null : Math.round(e.effectiveN() * 100) / 100.0;
    }

    private static Double percent(IndexEstimate e) {
        return e == null ? null : e.percent();
    }

    private static long answers(IndexEstimate e) {
        return e == null ? 0 : e.answers();
    }

    private static Double low(IndexEstimate e) {
        return e == null ? null : e.low();
    }

    private static Double high(IndexEstimate e) {
        return e == null ? null : e.high();
    }

    private static boolean hasCriteria(Section s) {
        return s.items().stream().anyMatch(i -> i.role() == IndexRole.CRITERION);
    }

    private static int criterionCount(Questionnaire q) {
        return (int) q.items().filter(i -> i.role() == IndexRole.CRITERION).count();
    }

    static Rate rate(String item, List<Respondent> respondents) {
        long valid = 0;
        long satisfied = 0;
        for (Respondent r : respondents) {
            Integer score = r.scores().get(item);
            if (score != null) {
                valid++;
                if (score >= 4) {
                    satisfied++;
                }
            }
        }
        return Rate.of(satisfied, valid);
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    /** Rounded down to two decimals: an interval's lower end, so that the rounded point never falls below it. */
    static Double down(double value) {
        return Math.floor(value * 100 + 1e-9) / 100.0;
    }

    /** Rounded up to two decimals: an interval's upper end. */
    static Double up(double value) {
        return Math.ceil(value * 100 - 1e-9) / 100.0;
    }
}
