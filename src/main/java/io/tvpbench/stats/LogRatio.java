package io.tvpbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * The ratio of two positive quantities (a over b) estimated on the log scale, where a ratio's interval is exact
 * and never reaches zero. Paired: from within-round log ratios of fork means, so a slow round slows both sides
 * and cancels. Unpaired (forks not measured in the same rounds): Welch on the log fork means.
 *
 * @param ratio         a/b with its two-sided interval at the level it was computed at
 * @param pValue        two-sided p-value of "no difference"
 * @param paired        whether the ratio came from rounds
 * @param n             rounds (paired) or the smaller side's forks (unpaired)
 * @param standardError of the log ratio
 * @param df            degrees of freedom of the t distribution behind the interval
 */
public record LogRatio(Interval ratio, double pValue, boolean paired, int n, double standardError, double df) {

    /**
     * The paired ratio: {@code a[i]} and {@code b[i]} were measured in round i; NaN marks a round a side missed,
     * and such rounds are left out. Needs two complete rounds.
     */
    public static LogRatio paired(double[] a, double[] b, double level) {
        double[] d = logDifferences(a, b);
        if (d.length < 2) {
            return none(a, b, true);
        }
        double mean = StatUtils.mean(d);
        double se = Math.sqrt(StatUtils.variance(d) / d.length);
        return of(mean, se, d.length - 1, d.length, true, level);
    }

    /**
     * The paired ratio with its spread moderated toward a prior (empirical Bayes, as limma's moderated t): the
     * rounds' variance of log ratios is pooled with {@code priorVariance} weighted as {@code priorDf} rounds, and
     * the t distribution gets their degrees of freedom too. With three pairs a sample variance is often far too
     * small by luck (three nearly equal ratios under a noisy neighbour); a matrix of comparisons knows better what
     * spread to expect ({@link #typicalVariance}). A NaN prior, or {@code priorDf} 0, gives {@link #paired}.
     */
    public static LogRatio pairedModerated(double[] a, double[] b, double level, double priorVariance, double priorDf) {
        double[] d = logDifferences(a, b);
        if (d.length < 2) {
            return none(a, b, true);
        }
        if (Double.isNaN(priorVariance) || priorDf <= 0) {
            return paired(a, b, level);
        }
        double df = d.length - 1 + priorDf;
        double variance = (priorDf * priorVariance + (d.length - 1) * StatUtils.variance(d)) / df;
        return of(StatUtils.mean(d), Math.sqrt(variance / d.length), df, d.length, true, level);
    }

    /**
     * The median of the rounds' variances of log ratios over several comparisons with at least {@code minPairs}
     * pairs each: the spread a matrix of them typically shows, the prior of {@link #pairedModerated}. NaN when no
     * comparison has enough pairs.
     */
    public static double typicalVariance(List<double[]> as, List<double[]> bs, int minPairs) {
        double[] variances = IntStream.range(0, as.size()).mapToObj(i -> logDifferences(as.get(i), bs.get(i)))
                .filter(d -> d.length >= Math.max(2, minPairs)).mapToDouble(StatUtils::variance).toArray();
        return variances.length == 0 ? Double.NaN : new Median().evaluate(variances);
    }

    /**
     * The prior variance of each class of comparisons ({@link #pairedModerated}): the {@link #typicalVariance} of the
     * class's own comparisons where it has {@code minClassSize} or more (start-up rows are far noisier than
     * throughput rows, so one spread for a whole matrix would drown the quiet ones), else the whole matrix's.
     *
     * @param classes per comparison, the class it belongs to; {@code as} and {@code bs} its two sides by round
     */
    public static Map<String, Double> classVariances(List<String> classes, List<double[]> as, List<double[]> bs,
                                                     int minPairs, int minClassSize) {
        double matrix = typicalVariance(as, bs, minPairs);
        Map<String, Double> variances = new HashMap<>();
        for (String owner : new TreeSet<>(classes)) {
            List<Integer> same = IntStream.range(0, classes.size()).filter(j -> classes.get(j).equals(owner)).boxed().toList();
            double own = same.size() < minClassSize ? Double.NaN
                    : typicalVariance(same.stream().map(as::get).toList(), same.stream().map(bs::get).toList(), minPairs);
            variances.put(owner, Double.isNaN(own) ? matrix : own);
        }
        return variances;
    }

    /** The within-round log ratios log(a[i]) − log(b[i]) of the rounds where both sides have a positive value. */
    private static double[] logDifferences(double[] a, double[] b) {
        return IntStream.range(0, Math.min(a.length, b.length))
                .filter(i -> a[i] > 0 && b[i] > 0)
                .mapToDouble(i -> Math.log(a[i]) - Math.log(b[i])).toArray();
    }

    /** Welch's unpaired ratio on the logs of the fork means; needs two forks a side. */
    public static LogRatio welch(double[] a, double[] b, double level) {
        double[] la = logs(a);
        double[] lb = logs(b);
        if (la.length < 2 || lb.length < 2) {
            return none(a, b, false);
        }
        double va = StatUtils.variance(la) / la.length;
        double vb = StatUtils.variance(lb) / lb.length;
        double se = Math.sqrt(va + vb);
        double df = se == 0 ? la.length + lb.length - 2
                : (va + vb) * (va + vb) / (va * va / (la.length - 1) + vb * vb / (lb.length - 1));
        return of(StatUtils.mean(la) - StatUtils.mean(lb), se, df, Math.min(la.length, lb.length), false, level);
    }

    /**
     * This ratio divided by {@code control} raised to {@code exponent} (1 or −1), the two estimated independently:
     * on the log scale the difference of the means, the standard errors added in quadrature and Welch–Satterthwaite
     * degrees of freedom, so the uncertainty of both is counted. Needs an interval on both.
     */
    public LogRatio dividedBy(LogRatio control, double exponent, double level) {
        if (!hasInterval() || !control.hasInterval()) {
            throw new IllegalArgumentException("both ratios need an interval to divide one by the other");
        }
        double v = standardError * standardError;
        double vc = control.standardError * control.standardError;
        double df = v + vc == 0 ? this.df + control.df : (v + vc) * (v + vc) / (v * v / this.df + vc * vc / control.df);
        return of(log() - exponent * control.log(), Math.sqrt(v + vc), df, Math.min(n, control.n), paired && control.paired,
                level);
    }

    /** The same estimate with its interval at another level. */
    public LogRatio atLevel(double level) {
        return hasInterval() ? of(log(), standardError, df, n, paired, level) : this;
    }

    private double log() {
        return Math.log(ratio.estimate());
    }

    private static LogRatio of(double mean, double se, double df, int n, boolean paired, double level) {
        if (se == 0) {
            double r = Math.exp(mean);
            return new LogRatio(new Interval(r, r, r), mean == 0 ? 1 : 0, paired, n, 0, df);
        }
        TDistribution t = new TDistribution(df);
        double half = Intervals.tQuantile(level, df) * se;
        double p = 2 * t.cumulativeProbability(-Math.abs(mean / se));
        return new LogRatio(new Interval(Math.exp(mean - half), Math.exp(mean), Math.exp(mean + half)), p, paired, n, se, df);
    }

    private static LogRatio none(double[] a, double[] b, boolean paired) {
        double ratio = Math.exp(mean(logs(a)) - mean(logs(b)));
        return new LogRatio(Interval.pointOnly(ratio), Double.NaN, paired, 0, Double.NaN, Double.NaN);
    }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : StatUtils.mean(v);
    }

    private static double[] logs(double[] v) {
        return DoubleStream.of(v).filter(x -> x > 0).map(Math::log).toArray();
    }

    /**
     * One-sided p-value of "the true ratio is at most e^{@code logBound}": small when the ratio clearly exceeds the
     * bound. With a bound of log(1+threshold) it is a minimum-effect test, which identical code essentially never
     * fails; NaN without an interval.
     */
    public double pAbove(double logBound) {
        return beyond(Math.log(ratio.estimate()) - logBound);
    }

    /** One-sided p-value of "the true ratio is at least e^{@code logBound}": small when it clearly lies below. */
    public double pBelow(double logBound) {
        return beyond(logBound - Math.log(ratio.estimate()));
    }

    /**
     * The change (ratio − 1) these pairs would find with {@code power} in a one-sided test at {@code level}: what an
     * undecided comparison could have detected, never a claim about smaller changes. NaN without an interval.
     */
    public double detectable(double level, double power) {
        if (Double.isNaN(standardError)) {
            return Double.NaN;
        }
        TDistribution t = new TDistribution(df);
        return Math.expm1((t.inverseCumulativeProbability(1 - level) + t.inverseCumulativeProbability(power)) * standardError);
    }

    private double beyond(double distance) {
        if (Double.isNaN(standardError) || Double.isNaN(distance)) {
            return Double.NaN;
        }
        if (standardError == 0) {
            return distance > 0 ? 0 : 1;
        }
        return 1 - new TDistribution(df).cumulativeProbability(distance / standardError);
    }

    public boolean hasInterval() {
        return ratio.hasBounds();
    }

    /** Whether the interval lies inside ±{@code threshold} (e.g. 0.05): a demonstrated tie. */
    public boolean equivalent(double threshold) {
        return hasInterval() && ratio.low() >= 1 / (1 + threshold) && ratio.high() <= 1 + threshold;
    }

    /** Whether the interval excludes 1. */
    public boolean different() {
        return hasInterval() && (ratio.low() > 1 || ratio.high() < 1);
    }

    /**
     * How many more rounds (or forks a side) the observed spread would need before the interval either excludes
     * 1 or fits inside ±{@code threshold}, whichever is nearer; at least one, and 0 without an interval to project
     * from.
     */
    public int moreNeeded(double level, double threshold) {
        if (!hasInterval() || standardError == 0) {
            return 0;
        }
        double m = Math.abs(Math.log(ratio.estimate()));
        double target = Math.max(m, Math.log1p(threshold) - m);
        double sd = standardError * Math.sqrt(n);
        double q = Intervals.tQuantile(level, df);
        int needed = (int) Math.ceil(Math.pow(q * sd / target, 2));
        return Math.max(1, needed - n);
    }
}
