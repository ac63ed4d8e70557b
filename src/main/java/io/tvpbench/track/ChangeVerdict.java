package io.tvpbench.track;

/** What a comparison concluded for one benchmark. Only {@link #REGRESSION} can fail a build. */
public enum ChangeVerdict {
    /** Significant after correction, beyond the threshold, in the bad direction. */
    REGRESSION("regression"),
    /** Significant after correction, beyond the threshold, in the good direction. */
    IMPROVEMENT("improvement"),
    /** Significant and beyond the threshold, but the unit does not say which way is better. */
    CHANGED("changed (direction unknown)"),
    /** Significant after correction but smaller than the minimum practical effect. */
    BELOW_THRESHOLD("significant, below threshold"),
    /** Not significant after correction; read it with the smallest detectable change beside it. */
    NO_CHANGE("no change"),
    /** A side has fewer than two forks, so there is no fork-level variance to test against. */
    UNTESTABLE("untestable (< 2 forks)");

    private final String label;

    ChangeVerdict(String label) {
        this.label = label;
    }

    /** The words reports print. */
    public String label() {
        return label;
    }

    /** Decides from the corrected p-value and the relative change. */
    static ChangeVerdict decide(double adjustedP, double change, Direction direction, CompareOptions options) {
        if (Double.isNaN(adjustedP)) {
            return UNTESTABLE;
        }
        if (adjustedP > options.alpha()) {
            return NO_CHANGE;
        }
        if (Math.abs(change) <= options.threshold()) {
            return BELOW_THRESHOLD;
        }
        if (direction.isWorse(change)) {
            return REGRESSION;
        }
        return direction.isBetter(change) ? IMPROVEMENT : CHANGED;
    }
}
