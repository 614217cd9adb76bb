package vn.hailong.insight;

import vn.hailong.shared.Wilson;

/**
 * Satisfaction of one group: {@code n} valid answers (1..5, "not applicable" excluded), {@code satisfied}
 * answers 4 or 5, {@code rate} = satisfied / n and its Wilson 95% interval (all as fractions 0..1;
 * rate is null when n is 0).
 */
public record SatisfactionItem(
        String key, String label, long n, long satisfied, Double rate, double ciLow, double ciHigh) {

    public static SatisfactionItem of(String key, String label, long n, long satisfied) {
        Wilson w = Wilson.of(satisfied, n);
        return new SatisfactionItem(
                key, label, n, satisfied, n == 0 ? null : (double) satisfied / n, w.low(), w.high());
    }
}
