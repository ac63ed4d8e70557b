package io.tvpbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A group-sequential design with a fixed maximum number of looks and a Bonferroni-corrected level per look:
 * however often a run looks at its verdicts (at most {@code looks.length} times) and stops early when they are
 * decided, the chance of any false verdict stays at or below {@code alpha}. Rounds between looks are run
 * without looking.
 *
 * @param looks the rounds after which the verdicts are looked at, increasing; the last is the maximum
 * @param alpha the family-wise error rate the run claims over all its looks
 */
public record SequentialDesign(int[] looks, double alpha) {

    /** The error rate every verdict of a run claims. */
    public static final double ALPHA = 0.05;

    public SequentialDesign {
        if (looks.length == 0 || Arrays.stream(looks).anyMatch(r -> r < 1)) {
            throw new IllegalArgumentException("a sequential design needs at least one look after round 1 or later");
        }
        looks = looks.clone();
    }

    /**
     * The same design with further looks, each half as many rounds again as the last (rounded up), up to
     * {@code maxRounds}: for runs whose undecided rows cost so little a round that they can go on longer. The looks
     * are fixed before any data, so the level per look still holds.
     */
    public SequentialDesign extendedTo(int maxRounds) {
        List<Integer> all = new ArrayList<>(Arrays.stream(looks).boxed().toList());
        for (int next = (int) Math.ceil(maxRounds() * 1.5); next <= maxRounds; next = (int) Math.ceil(next * 1.5)) {
            all.add(next);
        }
        return new SequentialDesign(all.stream().mapToInt(Integer::intValue).toArray(), alpha);
    }

    /** The level of each look's tests. */
    public double lookAlpha() {
        return alpha / looks.length;
    }

    /** The confidence level of each look's intervals. */
    public double confidence() {
        return 1 - lookAlpha();
    }

    public int minRounds() {
        return looks[0];
    }

    public int maxRounds() {
        return looks[looks.length - 1];
    }

    /** Whether the verdicts are looked at after {@code round}. */
    public boolean isLook(int round) {
        return Arrays.stream(looks).anyMatch(r -> r == round);
    }

    /** The rule in words, for the plan and the report's method note. */
    public String describe() {
        return String.format(Locale.ROOT, "looks after rounds %s (or earlier when the budget ends), each at "
                        + "alpha %.2g/%d = %.4f (Bonferroni over looks, so early stopping keeps the %.0f%% error rate)",
                Arrays.stream(looks).mapToObj(Integer::toString).collect(Collectors.joining(", ")), alpha,
                looks.length, lookAlpha(), alpha * 100);
    }

    @Override
    public int[] looks() {
        return looks.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequentialDesign d && Arrays.equals(looks, d.looks) && alpha == d.alpha;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(looks) + Double.hashCode(alpha);
    }

    @Override
    public String toString() {
        return describe();
    }
}
