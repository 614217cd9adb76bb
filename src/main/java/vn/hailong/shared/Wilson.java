package vn.hailong.shared;

/** The Wilson score interval for a proportion: honest for small n and for rates near 0 or 100%. */
public record Wilson(double low, double high) {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /** The 95% interval for {@code successes} out of {@code n}; (0, 1) when n is 0. */
    public static Wilson of(long successes, long n) {
        return of(successes, n, Z95);
    }

    public static Wilson of(long successes, long n, double z) {
        if (n <= 0) {
            return new Wilson(0, 1);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must lie in 0.." + n);
        }
        return ofShare((double) successes / n, n, z);
    }

    /**
     * The 95% interval for a share {@code p} (0..1) observed on an effective sample of {@code n} (not
     * necessarily whole: Korn and Graubard's n* = p(1 − p) ÷ v for an estimate of variance v); (0, 1) when n is not positive.
     */
    public static Wilson ofShare(double p, double n) {
        return ofShare(p, n, Z95);
    }

    public static Wilson ofShare(double p, double n, double z) {
        if (!(n > 0)) {
            return new Wilson(0, 1);
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a share lies in 0..1");
        }
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denominator = 1 + z2 / n;
        // in exact arithmetic the interval holds p; floating point can leave 1 - 2^-52 above an all-satisfied unit
        return new Wilson(
                Math.max(0, Math.min(p, (centre - spread) / denominator)),
                Math.min(1, Math.max(p, (centre + spread) / denominator)));
    }
}
