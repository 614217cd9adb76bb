package vn.hailong.survey;

import java.util.List;
import java.util.Objects;
import vn.hailong.shared.Wilson;

/**
 * An index estimated from respondents: its value as a share (0..1), each respondent's influence on it
 * (the Taylor linearisation: respondents offset, offset + 1, … of the design), the valid answers behind it,
 * the effective sample size its interval uses, and that 95% interval. See docs/statistics.md.
 */
record IndexEstimate(double share, int offset, double[] influence, long answers, double effectiveN, Wilson interval) {

    /**
     * A criterion's rate p = satisfied ÷ valid among the given respondents (numbered from offset); its
     * influence on respondent i is (y_i − p·v_i) ÷ valid, and its interval Wilson's on the answers, which
     * come from distinct respondents. Null when no answer is valid.
     */
    static IndexEstimate criterion(String item, List<Respondent> respondents, int offset) {
        long valid = 0;
        long satisfied = 0;
        for (Respondent r : respondents) {
            Integer score = r.scores().get(item);
            if (score != null) {
                valid++;
                satisfied += score >= 4 ? 1 : 0;
            }
        }
        if (valid == 0) {
            return null;
        }
        double p = (double) satisfied / valid;
        double[] z = new double[respondents.size()];
        for (int i = 0; i < z.length; i++) {
            Integer score = respondents.get(i).scores().get(item);
            if (score != null) {
                z[i] = ((score >= 4 ? 1 : 0) - p) / valid;
            }
        }
        return new IndexEstimate(p, offset, z, valid, valid, Wilson.of(satisfied, valid));
    }

    /**
     * The plain mean of the indices present (null when none; the mean of one index is that index), its
     * influence the mean of theirs, its interval from the design's linearised variance.
     */
    static IndexEstimate mean(List<IndexEstimate> parts, RespondentDesign design) {
        List<IndexEstimate> present = parts.stream().filter(Objects::nonNull).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? null : present.get(0);
        }
        int from = present.stream().mapToInt(IndexEstimate::offset).min().orElseThrow();
        int to = present.stream()
                .mapToInt(e -> e.offset() + e.influence().length)
                .max()
                .orElseThrow();
        double[] z = new double[to - from];
        double share = 0;
        long answers = 0;
        int k = present.size();
        for (IndexEstimate e : present) {
            share += e.share() / k;
            answers += e.answers();
            for (int j = 0; j < e.influence().length; j++) {
                z[e.offset() - from + j] += e.influence()[j] / k;
            }
        }
        share = Math.max(0, Math.min(1, share));
        double effective = design.effectiveSize(share, from, z, answers);
        return new IndexEstimate(share, from, z, answers, effective, Wilson.ofShare(share, effective));
    }

    /** The index in percent, rounded to two decimals. */
    Double percent() {
        return SurveyIndex.round(100 * share);
    }

    /** The interval's lower end in percent, rounded down to two decimals, so the rounded index never falls outside it. */
    Double low() {
        return SurveyIndex.down(100 * interval.low());
    }

    Double high() {
        return SurveyIndex.up(100 * interval.high());
    }
}
