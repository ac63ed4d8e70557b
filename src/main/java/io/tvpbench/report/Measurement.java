package io.tvpbench.report;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.HistogramQuantile;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.Intervals;

import java.util.List;
import java.util.stream.DoubleStream;

/**
 * One JMH result together with the environment it ran in. Its interval comes from the per-fork means (the fork
 * is the unit of replication); with a single fork it falls back to JMH's own interval over iterations.
 */
public record Measurement(JmhResult result, RunEnvironment environment, Point.Pairing pairing) {

    /** A measurement outside rounds. */
    public Measurement(JmhResult result, RunEnvironment environment) {
        this(result, environment, Point.Pairing.NONE);
    }

    /** Confidence level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    public String machine() {
        return environment.machine();
    }

    /** Whether this is a throughput result of the suite: mode thrpt with strategy, workload and cores. */
    public boolean isThroughput() {
        return "thrpt".equals(result.mode()) && result.param(Vocabulary.STRATEGY_PARAM) != null
                && result.param(Vocabulary.WORKLOAD_PARAM) != null && result.param(Vocabulary.CORES_PARAM) != null;
    }

    /** The enforced core count, 0 when not enforced or not given ({@code JmhResults} refuses a malformed one). */
    public int cores() {
        String cores = result.param(Vocabulary.CORES_PARAM);
        return cores == null ? 0 : Integer.parseInt(cores.trim());
    }

    /** Each fork's mean score in the result's unit. */
    public double[] forkMeans() {
        return result.primaryMetric().forkMeans();
    }

    /** The score with its confidence interval, in the result's unit. */
    public Interval interval() {
        JmhMetric metric = result.primaryMetric();
        double[] forks = forkMeans();
        if (forks.length >= 2) {
            return Intervals.positiveMean(forks, CONFIDENCE);
        }
        List<Double> conf = metric.scoreConfidence();
        if (conf.size() == 2 && Double.isFinite(conf.get(0)) && Double.isFinite(conf.get(1))) {
            return new Interval(conf.get(0), metric.score(), conf.get(1));
        }
        Double error = metric.scoreError();
        if (error != null && Double.isFinite(error)) {
            return new Interval(metric.score() - error, metric.score(), metric.score() + error);
        }
        return Interval.pointOnly(metric.score());
    }

    /** The interval in microseconds per operation, or NaN estimate when the unit is not a time per op. */
    public Interval micros() {
        return interval().times(Units.microsFactor(result.primaryMetric().scoreUnit()));
    }

    /** The interval in operations (tasks) per second, or NaN estimate when the unit is not a rate. */
    public Interval perSecond() {
        return interval().times(Units.perSecondFactor(result.primaryMetric().scoreUnit()));
    }

    /**
     * Per-fork quantile {@code q} in microseconds, the interval across forks (the fork is the unit of
     * replication), for SampleTime results; other results fall back to {@link #micros()}, which is their only
     * reading.
     */
    public Interval quantileMicros(double q) {
        List<List<List<List<Double>>>> histograms = result.primaryMetric().rawDataHistogram();
        if (histograms.isEmpty()) {
            return micros();
        }
        double[] forks = forkQuantilesMicros(histograms, q).toArray();
        if (forks.length >= 2) {
            return Intervals.positiveMean(forks, CONFIDENCE);
        }
        return forks.length == 1 ? Interval.pointOnly(forks[0]) : micros();
    }

    /**
     * The lowest fork's quantile {@code q} in microseconds, for a floor: what the hand-off costs at best here, since
     * a fork that reads higher paid for something beyond it. Results without histograms read each fork by its mean,
     * and without forks by their score.
     */
    public double lowestForkQuantileMicros(double q) {
        List<List<List<List<Double>>>> histograms = result.primaryMetric().rawDataHistogram();
        DoubleStream forks = histograms.isEmpty()
                ? result.primaryMetric().rawData().stream()
                        .mapToDouble(fork -> fork.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)
                                * Units.microsFactor(result.primaryMetric().scoreUnit()))
                        .filter(Double::isFinite)
                : forkQuantilesMicros(histograms, q);
        return forks.min().orElse(micros().estimate());
    }

    /** Each fork's quantile {@code q} of a SampleTime histogram, in microseconds. */
    private DoubleStream forkQuantilesMicros(List<List<List<List<Double>>>> histograms, double q) {
        double factor = Units.microsFactor(result.primaryMetric().scoreUnit());
        return histograms.stream()
                .mapToDouble(fork -> HistogramQuantile.of(fork.stream().flatMap(List::stream).toList(), q) * factor)
                .filter(Double::isFinite);
    }

    /** The per-fork median in microseconds with its interval across forks: what dispatch and start-up compare. */
    public Interval medianMicros() {
        return quantileMicros(0.5);
    }

    /** A secondary metric's score, NaN when absent. */
    public double secondary(String name) {
        JmhMetric metric = result.secondaryMetrics().get(name);
        return metric == null ? Double.NaN : metric.score();
    }
}
