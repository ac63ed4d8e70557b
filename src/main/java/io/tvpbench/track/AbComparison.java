package io.tvpbench.track;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.PairsFile;
import io.tvpbench.results.RoundsFile;
import io.tvpbench.stats.HistogramQuantile;
import io.tvpbench.stats.Holm;
import io.tvpbench.stats.LogRatio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The verdicts of a same-run A/B ({@code tvp ab}): per configuration the paired log ratio of head over base from the
 * rounds both sides ran (of fork means, of fork medians for SampleTime results), a minimum-effect test per row (is it worse, or better, by more than the threshold?) with
 * Holm's step-down over the matrix, and intervals at each row's Holm level. Each row's spread is moderated toward
 * the typical spread of its benchmark class ({@link #PRIOR_PAIRS}), so that three lucky rounds cannot decide a row
 * alone. A
 * regression is a row whose interval lies entirely beyond the threshold in the bad direction, so identical code
 * essentially never fails; equivalent is an interval inside ±threshold; anything else is undecided, with the
 * change its pairs could have detected.
 *
 * @param pairs   the run's pairs.json (the sides and the order of each round)
 * @param options the family-wise α and threshold as the user gave them
 * @param looks   how many looks the run's sequential design allows: each is judged at α / looks (Bonferroni), so
 *                stopping early for decided rows keeps the family-wise rate
 * @param tests   rows with at least two pairs, the size of the Holm family
 */
public record AbComparison(PairsFile pairs, CompareOptions options, int looks, List<AbRow> rows, int tests) {

    /**
     * Pairs a row needs before it is tested: with two, Student's t has one degree of freedom (its 97.5% quantile is
     * 12.7) and a pair of lucky rounds under a noisy neighbour decides; three is the least that holds up.
     */
    public static final int MIN_PAIRS = 3;
    /**
     * How many rounds' worth of weight the matrix's typical spread gets in each row's variance
     * ({@link LogRatio#pairedModerated}): enough that three lucky, nearly equal ratios do not pass for a precise
     * change, little enough that a row measured over eight rounds speaks mostly for itself.
     */
    public static final double PRIOR_PAIRS = 4;
    /** Rows a benchmark class needs before its own typical spread is its rows' prior. */
    public static final int MIN_CLASS_ROWS = 3;

    /** Compares the two sides of the A/B run directory {@code dir}, at one of {@code looks} looks. */
    public static AbComparison of(Path dir, CompareOptions options, int looks) {
        double alpha = options.alpha() / looks;
        PairsFile pairs = PairsFile.read(dir);
        Side base = Side.load(dir.resolve(PairsFile.BASE), "base");
        Side head = Side.load(dir.resolve(PairsFile.HEAD), "head");
        List<String> keys = base.input.results().keySet().stream().filter(head.input.results()::containsKey).toList();
        List<double[]> heads = keys.stream().map(head::byRound).toList();
        List<double[]> bases = keys.stream().map(base::byRound).toList();
        List<String> classes = keys.stream().map(k -> head.input.results().get(k).simpleClassName()).toList();
        Map<String, Double> variances = LogRatio.classVariances(classes, heads, bases, MIN_PAIRS, MIN_CLASS_ROWS);
        double[] priors = classes.stream().mapToDouble(variances::get).toArray();
        List<LogRatio> ratios = IntStream.range(0, keys.size())
                .mapToObj(i -> LogRatio.pairedModerated(heads.get(i), bases.get(i), 0.95, priors[i], PRIOR_PAIRS)).toList();
        List<Direction> directions = keys.stream().map(k -> Direction.of(head.input.results().get(k))).toList();
        double logThreshold = Math.log1p(options.threshold());
        double[] p = IntStream.range(0, keys.size())
                .mapToDouble(i -> minimumEffect(ratios.get(i), directions.get(i), logThreshold)).toArray();
        double[] adjusted = Holm.adjust(p);
        double[] levels = holmLevels(p, alpha);
        int tests = (int) Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        List<AbRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JmhResult b = base.input.results().get(keys.get(i));
            JmhResult h = head.input.results().get(keys.get(i));
            rows.add(row(b, h, bases.get(i), heads.get(i), directions.get(i), adjusted[i], levels[i], alpha, priors[i], options));
        }
        rows.sort(Comparator.comparing(AbRow::outcome).thenComparing(AbRow::key));
        return new AbComparison(pairs, options, looks, rows, tests);
    }

    /** Whether any row is a regression: the A/B's exit code 1. */
    public boolean hasRegression() {
        return rows.stream().anyMatch(r -> r.outcome() == ChangeVerdict.REGRESSION);
    }

    /** 0 without a regression (undecided rows included), 1 with one. */
    public int exitCode() {
        return hasRegression() ? 1 : 0;
    }

    /** How many rows have an outcome. */
    public long count(ChangeVerdict outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /**
     * The row's p-value: the smaller one-sided p of "not worse than the threshold" and "not better than it" (only
     * one of the two can be false, so their minimum keeps the row's error at the level).
     */
    private static double minimumEffect(LogRatio ratio, Direction direction, double logThreshold) {
        if (ratio.n() < MIN_PAIRS) {
            return Double.NaN;
        }
        double above = ratio.pAbove(logThreshold);
        double below = ratio.pBelow(-logThreshold);
        return Math.min(above, below);
    }

    /**
     * Each row's Holm level: α/(m − r) for the row of rank r (0-based) in ascending p; a two-sided interval at
     * 1 − 2·level then lies beyond the threshold exactly when the row's one-sided test rejects at that step.
     */
    private static double[] holmLevels(double[] p, double alpha) {
        double[] levels = new double[p.length];
        Arrays.fill(levels, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        for (int rank = 0; rank < order.length; rank++) {
            levels[order[rank]] = alpha / (order.length - rank);
        }
        return levels;
    }

    private static AbRow row(JmhResult base, JmhResult head, double[] baseRounds, double[] headRounds,
                             Direction direction, double adjustedP, double level, double alpha, double prior,
                             CompareOptions options) {
        String unit = Objects.requireNonNullElse(head.primaryMetric().scoreUnit(), "");
        if (Double.isNaN(level)) {
            LogRatio point = LogRatio.paired(headRounds, baseRounds, 0.95);
            return new AbRow(head.key(), head.benchmark(), head.params(), head.mode(), unit, direction,
                    base.primaryMetric().score(), head.primaryMetric().score(), ChangeVerdict.UNTESTABLE,
                    point.ratio().estimate() - 1, Double.NaN, Double.NaN, point.n(), Double.NaN, Double.NaN);
        }
        LogRatio ratio = LogRatio.pairedModerated(headRounds, baseRounds, 1 - 2 * level, prior, PRIOR_PAIRS);
        double change = ratio.ratio().estimate() - 1;
        double low = ratio.ratio().low() - 1;
        double high = ratio.ratio().high() - 1;
        double t = options.threshold();
        ChangeVerdict outcome;
        if (adjustedP <= alpha) {
            outcome = direction.isWorse(change) ? ChangeVerdict.REGRESSION
                    : direction.isBetter(change) ? ChangeVerdict.IMPROVEMENT : ChangeVerdict.CHANGED;
        } else if (low >= 1 / (1 + t) - 1 && high <= t) {
            outcome = ChangeVerdict.EQUIVALENT;
        } else {
            outcome = ChangeVerdict.UNDECIDED;
        }
        return new AbRow(head.key(), head.benchmark(), head.params(), head.mode(), unit, direction,
                base.primaryMetric().score(), head.primaryMetric().score(), outcome, change, low, high, ratio.n(),
                adjustedP, ratio.detectable(level, options.power()));
    }

    /** One side's results with its rounds; both are needed to pair. */
    private record Side(RunInput input, RoundsFile rounds) {

        static Side load(Path dir, String role) {
            RunInput input = RunInput.load(dir, role);
            RoundsFile rounds = RoundsFile.near(dir).orElseThrow(() -> new IllegalArgumentException(
                    role + " " + dir + " has no " + RoundsFile.FILE_NAME + ", so its forks cannot be paired"));
            return new Side(input, rounds);
        }

        /**
         * The key's fork values at their rounds (NaN where the side has no fork of that round): each fork's mean,
         * or its median for a SampleTime result, whose mean a handful of samples above a millisecond decide.
         */
        double[] byRound(String key) {
            JmhMetric metric = input.results().get(key).primaryMetric();
            double[] values = metric.rawDataHistogram().isEmpty() ? metric.forkMeans()
                    : metric.rawDataHistogram().stream().filter(fork -> !fork.isEmpty())
                    .mapToDouble(fork -> HistogramQuantile.of(fork.stream().flatMap(List::stream).toList(), 0.5)).toArray();
            return rounds.byRound(key, values).orElseGet(() -> new double[0]);
        }
    }
}
