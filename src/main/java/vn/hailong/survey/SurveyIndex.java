package vn.hailong.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The SIPAS index (domain §5): a criterion's index is its satisfaction rate (answers 4–5 ÷ valid
 * answers, "not applicable" and blanks excluded); a factor's is the mean of its criteria; the overall
 * index is the mean of the factors (rounded to two decimals only at the end). Above a unit the index is either pooled or the mean of the units.
 */
public final class SurveyIndex {

    private SurveyIndex() {
    }

    /** The index of one unit from its respondents (also the pooled index of several units' respondents together). */
    public static UnitIndex of(Questionnaire q, Long agencyId, String name, List<Respondent> respondents) {
        return rounded(raw(q, agencyId, name, respondents));
    }

    private static UnitIndex raw(Questionnaire q, Long agencyId, String name, List<Respondent> respondents) {
        List<CriterionIndex> criteria = new ArrayList<>();
        List<FactorIndex> factors = new ArrayList<>();
        long allSatisfied = 0;
        long allValid = 0;
        Rate overallItem = Rate.of(0, 0);
        for (Section s : q.sections()) {
            List<Double> rates = new ArrayList<>();
            long satisfied = 0;
            long valid = 0;
            Rate factorItem = null;
            for (SurveyItem item : s.items()) {
                Rate r = rate(item.code(), respondents);
                switch (item.role()) {
                    case CRITERION -> {
                        criteria.add(new CriterionIndex(item.code(), s.code(), item.text(),
                                r.valid() == 0 ? null : 100.0 * r.satisfied() / r.valid(), r.valid(), r.low(), r.high()));
                        satisfied += r.satisfied();
                        valid += r.valid();
                        if (r.valid() > 0) {
                            rates.add(100.0 * r.satisfied() / r.valid());
                        }
                    }
                    case FACTOR -> factorItem = r;
                    case OVERALL -> overallItem = r;
                    case NONE -> {
                    }
                }
            }
            if (s.items().stream().anyMatch(i -> i.role() == IndexRole.CRITERION)) {
                Rate pooled = Rate.of(satisfied, valid);
                factors.add(new FactorIndex(s.code(), s.title(), mean(rates), valid, pooled.low(), pooled.high(), factorItem));
                allSatisfied += satisfied;
                allValid += valid;
            }
        }
        Rate pooled = Rate.of(allSatisfied, allValid);
        return new UnitIndex(agencyId, name, respondents.size(), criteria, factors,
                mean(factors.stream().map(FactorIndex::index).toList()),
                pooled.low(), pooled.high(), overallItem);
    }

    /** All units together, pooled (every answer counted once) or as the mean of the units' indices. */
    public static UnitIndex above(Questionnaire q, String name, List<Respondent> respondents, Aggregation aggregation) {
        if (aggregation == Aggregation.POOLED) {
            return of(q, null, name, respondents);
        }
        Map<Long, List<Respondent>> byUnit = new LinkedHashMap<>();
        respondents.forEach(r -> byUnit.computeIfAbsent(r.agencyId(), k -> new ArrayList<>()).add(r));
        List<UnitIndex> units = byUnit.entrySet().stream().map(e -> raw(q, e.getKey(), "", e.getValue())).toList();
        List<CriterionIndex> criteria = new ArrayList<>();
        List<FactorIndex> factors = new ArrayList<>();
        UnitIndex shape = raw(q, null, name, List.of());
        for (int c = 0; c < shape.criteria().size(); c++) {
            int at = c;
            CriterionIndex first = shape.criteria().get(c);
            criteria.add(new CriterionIndex(first.code(), first.factor(), first.text(),
                    meanOf(units, u -> u.criteria().get(at).index()), units.stream().mapToLong(u -> u.criteria().get(at).n()).sum(), null, null));
        }
        for (int f = 0; f < shape.factors().size(); f++) {
            int at = f;
            FactorIndex first = shape.factors().get(f);
            factors.add(new FactorIndex(first.code(), first.title(), meanOf(units, u -> u.factors().get(at).index()),
                    units.stream().mapToLong(u -> u.factors().get(at).n()).sum(), null, null, null));
        }
        return rounded(new UnitIndex(null, name, units.stream().mapToLong(UnitIndex::respondents).sum(), criteria, factors,
                meanOf(units, UnitIndex::overall), null, null, null));
    }

    private static UnitIndex rounded(UnitIndex u) {
        return new UnitIndex(u.agencyId(), u.name(), u.respondents(),
                u.criteria().stream().map(c -> new CriterionIndex(c.code(), c.factor(), c.text(), round(c.index()), c.n(), c.low(), c.high())).toList(),
                u.factors().stream().map(f -> new FactorIndex(f.code(), f.title(), round(f.index()), f.n(), f.low(), f.high(), f.satisfaction())).toList(),
                round(u.overall()), u.overallLow(), u.overallHigh(), u.overallSatisfaction());
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

    private static Double meanOf(List<UnitIndex> units, Function<UnitIndex, Double> value) {
        return mean(units.stream().map(value).toList());
    }

    static Double mean(List<Double> values) {
        var average = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average();
        return average.isPresent() ? average.getAsDouble() : null;
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
