package io.tvpbench.track;

import io.tvpbench.results.JmhResult;

/**
 * Which way is better for a result, so that a faster throughput is never called a regression. Read from the unit
 * first (ops per time vs time per op), then from JMH's mode.
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    UNKNOWN;

    /** The direction of a JMH result's primary metric. */
    public static Direction of(JmhResult result) {
        Boolean higher = result.primaryMetric().higherIsBetter();
        if (higher != null) {
            return higher ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
        }
        return switch (result.mode() == null ? "" : result.mode()) {
            case "thrpt" -> HIGHER_IS_BETTER;
            case "avgt", "sample", "ss" -> LOWER_IS_BETTER;
            default -> UNKNOWN;
        };
    }

    /** Whether a relative change (current / baseline − 1) makes things worse. */
    public boolean isWorse(double change) {
        return switch (this) {
            case HIGHER_IS_BETTER -> change < 0;
            case LOWER_IS_BETTER -> change > 0;
            case UNKNOWN -> false;
        };
    }

    /** Whether a relative change makes things better. */
    public boolean isBetter(double change) {
        return this != UNKNOWN && change != 0 && !isWorse(change);
    }
}
