package vn.hailong.survey;

import java.util.List;

/**
 * How the respondents behind an index were sampled, for its interval: each respondent is a cluster of
 * answers (answers of one person are correlated, so they are never treated as independent), and the
 * respondents of different units are independent strata when the index is a mean of units' indices.
 * Respondents are numbered 0..n−1 in the order the estimates use; {@code stratum[i]} is respondent i's stratum.
 */
final class RespondentDesign {

    private final int[] stratum;
    private final int[] stratumSize;

    private RespondentDesign(int[] stratum, int strata) {
        this.stratum = stratum;
        this.stratumSize = new int[Math.max(1, strata)];
        for (int s : stratum) {
            stratumSize[s]++;
        }
    }

    /** One sample of respondents (a unit, or all units pooled). */
    static RespondentDesign single(int respondents) {
        return new RespondentDesign(new int[respondents], 1);
    }

    /** One stratum per unit, the units' respondents numbered one unit after another. */
    static RespondentDesign byUnit(List<List<Respondent>> units) {
        int[] stratum = new int[units.stream().mapToInt(List::size).sum()];
        int at = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < units.get(u).size(); i++) {
                stratum[at++] = u;
            }
        }
        return new RespondentDesign(stratum, units.size());
    }

    /**
     * The linearised variance of an estimate whose influence on respondents offset.. is {@code z}:
     * Σ over strata h of n_h ÷ (n_h − 1) · Σ over respondents i in h of (z_i − z̄_h)², with respondents outside
     * the window contributing z = 0 (domain estimation); a stratum of one respondent adds nothing.
     */
    double variance(int offset, double[] z) {
        double[] sum = new double[stratumSize.length];
        double[] squares = new double[stratumSize.length];
        for (int j = 0; j < z.length; j++) {
            int h = stratum[offset + j];
            sum[h] += z[j];
            squares[h] += z[j] * z[j];
        }
        double variance = 0;
        for (int h = 0; h < stratumSize.length; h++) {
            int n = stratumSize[h];
            if (n > 1) {
                variance += n / (n - 1.0) * Math.max(0, squares[h] - sum[h] * sum[h] / n);
            }
        }
        return variance;
    }

    /**
     * Korn and Graubard's effective sample size of a share {@code p}, for its Wilson 95% interval:
     * n* = p(1 − p) ÷ variance, at most {@code answers} (the valid answers behind it, as if they were independent);
     * {@code answers} when the variance is zero (every criterion at 0 or 100%).
     */
    double effectiveSize(double p, int offset, double[] z, long answers) {
        double variance = variance(offset, z);
        double spread = p * (1 - p);
        return variance > 1e-15 && spread > 1e-12 ? Math.min(answers, spread / variance) : answers;
    }
}
