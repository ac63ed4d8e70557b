package io.tvpbench.track;

/**
 * How strict a comparison is.
 *
 * @param threshold          minimum practical effect as a fraction (0.05 = 5%): smaller significant changes are
 *                           reported but never called a regression
 * @param alpha              family-wise error rate, controlled by Holm–Bonferroni over the whole matrix
 * @param power              the power at which the smallest detectable change is stated
 * @param resamples          hierarchical bootstrap resamples per benchmark
 * @param seed               bootstrap seed, so that the same inputs always print the same intervals
 * @param failOnEnvMismatch  whether a regression still fails when the two runs come from different environments
 */
public record CompareOptions(double threshold, double alpha, double power, int resamples, long seed,
                             boolean failOnEnvMismatch) {

    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_POWER = 0.8;
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final long DEFAULT_SEED = 20261122L;

    public CompareOptions {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0% and 100%, got " + threshold * 100 + "%");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), got " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be between 0 and 1 (exclusive), got " + power);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap resamples are needed, got " + resamples);
        }
    }

    /** 5% threshold, α = 0.05, 80% power, 2000 resamples, a fixed seed, environment mismatch does not fail. */
    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_THRESHOLD, DEFAULT_ALPHA, DEFAULT_POWER, DEFAULT_RESAMPLES, DEFAULT_SEED, false);
    }

    public CompareOptions withThreshold(double value) {
        return new CompareOptions(value, alpha, power, resamples, seed, failOnEnvMismatch);
    }

    public CompareOptions withAlpha(double value) {
        return new CompareOptions(threshold, value, power, resamples, seed, failOnEnvMismatch);
    }

    public CompareOptions withFailOnEnvMismatch(boolean value) {
        return new CompareOptions(threshold, alpha, power, resamples, seed, value);
    }
}
