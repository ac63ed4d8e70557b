package io.tvpbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Decides a row of contenders, the best first: clear when the best is faster than every other (Holm over the
 * comparisons), equivalent when the best and the runner-up lie within the threshold of each other (two one-sided
 * tests, each at alpha: the {@code 1 - 2 alpha} interval inside ±threshold, as Schuirmann's TOST reads; this wins over
 * clear), undecided otherwise. The other intervals are at {@code 1 - alpha}, where alpha is the sequential design's
 * level per look. Paired rows have
 * their spread moderated toward the typical spread of their class of rows ({@link Prior}), as an A/B's rows are.
 *
 * @param margin      the best over the runner-up, the interval the decision used
 * @param moreRounds  for an undecided row, the rounds the observed spread would still need
 * @param slower      per other contender (in the order given), whether it is shown slower than the best
 * @param open        per other contender, whether more rounds could still change what is known of it: neither
 *                    shown slower nor shown equivalent to the best
 */
public record Contest(Outcome outcome, LogRatio margin, int moreRounds, List<Boolean> slower, List<Boolean> open) {

    /** The practical threshold: contenders within ±5% of each other are equivalent. */
    public static final double THRESHOLD = 0.05;
    /** Rounds a comparison needs before its spread counts toward its class's prior. */
    public static final int MIN_PAIRS = 3;
    /** Comparisons a class (a workload) needs before its own typical spread is its prior. */
    public static final int MIN_CLASS_COMPARISONS = 3;
    /**
     * The prior's weight in rounds. Three rounds' variance of a log ratio is itself uncertain by a factor of ten
     * (a χ² with two degrees of freedom), so one row alone can neither trust three nearly equal ratios nor a
     * wild one; the same weight as an A/B's rows (track.AbComparison.PRIOR_PAIRS), little enough that a row
     * measured over eight rounds speaks mostly for itself.
     */
    public static final double PRIOR_ROUNDS = 4;

    /**
     * The spread a paired row is moderated toward (empirical Bayes, as limma's moderated t): the typical variance
     * of within-round log ratios in its class, weighted as {@code df} rounds. {@link #NONE} leaves the row alone.
     */
    public record Prior(double variance, double df) {
        public static final Prior NONE = new Prior(Double.NaN, 0);
    }

    public Contest {
        slower = List.copyOf(slower);
        open = List.copyOf(open);
    }

    /**
     * The prior of each class of paired rows, from the comparisons every row makes (the best against each other
     * contender): the class's typical variance where it has {@link #MIN_CLASS_COMPARISONS}, else the matrix's.
     *
     * @param rowsByClass per class (e.g. workload), its rows: per contender, best first, fork means by round
     */
    public static Map<String, Prior> priors(Map<String, List<List<double[]>>> rowsByClass) {
        List<String> classes = new ArrayList<>();
        List<double[]> bests = new ArrayList<>();
        List<double[]> others = new ArrayList<>();
        rowsByClass.forEach((owner, rows) -> rows.forEach(row -> {
            for (int i = 1; i < row.size(); i++) {
                classes.add(owner);
                bests.add(row.get(0));
                others.add(row.get(i));
            }
        }));
        Map<String, Double> variances = LogRatio.classVariances(classes, bests, others, MIN_PAIRS, MIN_CLASS_COMPARISONS);
        return rowsByClass.keySet().stream().collect(Collectors.toMap(k -> k, k -> {
            Double v = variances.get(k);
            return v == null || Double.isNaN(v) ? Prior.NONE : new Prior(v, PRIOR_ROUNDS);
        }));
    }

    /** The same without a prior. */
    public static Contest decide(List<double[]> samples, boolean paired, double alpha) {
        return decide(samples, paired, alpha, Prior.NONE);
    }

    /**
     * @param samples per contender, best first: fork means by round index when {@code paired} (NaN where a round
     *                missed it), else the fork means in any order
     * @param prior   the spread paired rows are moderated toward; ignored for unpaired input
     */
    public static Contest decide(List<double[]> samples, boolean paired, double alpha, Prior prior) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a contest needs two contenders");
        }
        double level = 1 - alpha;
        double[] best = samples.get(0);
        LogRatio[] ratios = new LogRatio[samples.size() - 1];
        double[] p = new double[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            double[] other = samples.get(i + 1);
            ratios[i] = paired ? LogRatio.pairedModerated(best, other, level, prior.variance(), prior.df())
                    : LogRatio.welch(best, other, level);
            p[i] = ratios[i].hasInterval() && ratios[i].ratio().estimate() > 1 ? ratios[i].pValue() : 1;
        }
        boolean[] slower = Holm.reject(p, alpha);
        List<Boolean> shown = IntStream.range(0, slower.length).mapToObj(i -> slower[i]).toList();
        double tost = 1 - 2 * alpha;
        List<Boolean> open = IntStream.range(0, slower.length)
                .mapToObj(i -> !slower[i] && !ratios[i].atLevel(tost).equivalent(THRESHOLD)).toList();
        LogRatio margin = ratios[0];
        if (margin.atLevel(tost).equivalent(THRESHOLD)) {
            return new Contest(Outcome.EQUIVALENT, margin.atLevel(tost), 0, shown, open);
        }
        int more = 0;
        for (int i = 0; i < ratios.length; i++) {
            if (open.get(i)) {
                more = Math.max(more, Math.max(1, ratios[i].moreNeeded(level, THRESHOLD)));
            }
        }
        return new Contest(more == 0 ? Outcome.CLEAR : Outcome.UNDECIDED, margin, more, shown, open);
    }
}
