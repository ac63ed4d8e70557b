package io.tvpbench.stats;

/**
 * A point estimate with a two-sided confidence interval. NaN bounds mean there was not enough data for an
 * interval; such an interval overlaps everything, so it can never make a difference look real.
 */
public record Interval(double low, double estimate, double high) {

    /** An estimate without an interval. */
    public static Interval pointOnly(double estimate) {
        return new Interval(Double.NaN, estimate, Double.NaN);
    }

    public boolean hasBounds() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Whether the two intervals share a value; without bounds on either side the answer is yes. */
    public boolean overlaps(Interval other) {
        if (!hasBounds() || !other.hasBounds()) {
            return true;
        }
        return low <= other.high && other.low <= high;
    }

    /** The same interval in another unit. */
    public Interval times(double factor) {
        double a = low * factor;
        double b = high * factor;
        return new Interval(Math.min(a, b), estimate * factor, Math.max(a, b));
    }
}
