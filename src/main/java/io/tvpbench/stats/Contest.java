package io.tvpbench.stats;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Decides a row of contenders, the best first: clear when the best is faster than every other (Holm over the
 * comparisons), equivalent when the best and the runner-up lie within the threshold of each other (the whole
 * interval inside ±threshold: two one-sided tests at half the level, which wins over clear), undecided otherwise.
 * Every interval is at {@code 1 - alpha}, where alpha is the sequential design's level per look.
 *
 * @param margin      the best over the runner-up, the interval the decision used
 * @param moreRounds  for an undecided row, the rounds the observed spread would still need
 * @param slower      per other contender (in the order given), whether it is shown slower than the best
 */
public record Contest(Outcome outcome, LogRatio margin, int moreRounds, List<Boolean> slower) {

    /** The practical threshold: contenders within ±5% of each other are equivalent. */
    public static final double THRESHOLD = 0.05;

    /**
     * @param samples per contender, best first: fork means by round index when {@code paired} (NaN where a round
     *                missed it), else the fork means in any order
     */
    public static Contest decide(List<double[]> samples, boolean paired, double alpha) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a contest needs two contenders");
        }
        double level = 1 - alpha;
        double[] best = samples.get(0);
        LogRatio[] ratios = new LogRatio[samples.size() - 1];
        double[] p = new double[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            double[] other = samples.get(i + 1);
            ratios[i] = paired ? LogRatio.paired(best, other, level) : LogRatio.welch(best, other, level);
            p[i] = ratios[i].hasInterval() && ratios[i].ratio().estimate() > 1 ? ratios[i].pValue() : 1;
        }
        boolean[] slower = Holm.reject(p, alpha);
        List<Boolean> shown = IntStream.range(0, slower.length).mapToObj(i -> slower[i]).toList();
        LogRatio margin = ratios[0];
        if (margin.equivalent(THRESHOLD)) {
            return new Contest(Outcome.EQUIVALENT, margin, 0, shown);
        }
        int more = 0;
        for (int i = 0; i < ratios.length; i++) {
            if (!slower[i] && !ratios[i].equivalent(THRESHOLD)) {
                more = Math.max(more, Math.max(1, ratios[i].moreNeeded(level, THRESHOLD)));
            }
        }
        return new Contest(more == 0 ? Outcome.CLEAR : Outcome.UNDECIDED, margin, more, shown);
    }
}
