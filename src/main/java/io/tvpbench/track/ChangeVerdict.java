package io.tvpbench.track;

/** What a comparison concluded for one benchmark. Only {@link #REGRESSION} can fail a build. */
public enum ChangeVerdict {
    /** Significant after correction, beyond the threshold, in the bad direction. */
    REGRESSION("regression"),
    /** Significant after correction, beyond the threshold, in the good direction. */
    IMPROVEMENT("improvement"),
    /** Significant and beyond the threshold, but the unit does not say which way is better. */
    CHANGED("changed (direction unknown)"),
    /** The whole simultaneous interval of the change lies inside ±threshold: a demonstrated absence of change. */
    EQUIVALENT("equivalent"),
    /** Neither beyond nor inside the threshold yet; read it with the smallest detectable change beside it. */
    UNDECIDED("undecided"),
    /** A side has fewer than two forks, so there is no fork-level variance to test against. */
    UNTESTABLE("undecided (< 2 forks)");

    private final String label;

    ChangeVerdict(String label) {
        this.label = label;
    }

    /** The words reports print. */
    public String label() {
        return label;
    }

    /**
     * Decides from the corrected p-value, the relative change and its simultaneous interval ({@code low},
     * {@code high}; NaN without one): equivalence when the interval lies inside ±threshold (on the ratio scale,
     * 1/(1+t) − 1 to t), a change only when significant and beyond the threshold, else undecided.
     */
    static ChangeVerdict decide(double adjustedP, double change, double low, double high, Direction direction,
                                CompareOptions options) {
        if (Double.isNaN(adjustedP)) {
            return UNTESTABLE;
        }
        double t = options.threshold();
        if (low >= 1 / (1 + t) - 1 && high <= t) {
            return EQUIVALENT;
        }
        if (adjustedP > options.alpha() || Math.abs(change) <= t) {
            return UNDECIDED;
        }
        if (direction.isWorse(change)) {
            return REGRESSION;
        }
        return direction.isBetter(change) ? IMPROVEMENT : CHANGED;
    }
}
