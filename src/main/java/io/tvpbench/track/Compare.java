package io.tvpbench.track;

import io.tvpbench.results.JmhResult;
import io.tvpbench.stats.DetectableChange;
import io.tvpbench.stats.ForkSignificance;
import io.tvpbench.stats.HierarchicalBootstrap;
import io.tvpbench.stats.Holm;
import io.tvpbench.stats.RelativeChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Statistical A/B of two JMH runs with the fork as the unit of replication: Welch t-test on fork means, Holm
 * correction over the whole matrix, hierarchical bootstrap intervals and a minimum practical effect. The runner
 * calls {@link #run} after a benchmark run when a baseline exists; {@code scripts/tvp compare} does the same.
 */
public final class Compare {

    private Compare() {
    }

    /**
     * Compares {@code current} with {@code baseline} (run directories or {@code jmh-result.json} files).
     *
     * @throws IllegalArgumentException when a side is missing or unreadable, or nothing was comparable
     */
    public static Comparison run(Path baseline, Path current, CompareOptions options) {
        RunInput base = RunInput.load(baseline, "baseline");
        RunInput cur = RunInput.load(current, "current run");
        List<String> common = new ArrayList<>(base.results().keySet());
        common.retainAll(cur.results().keySet());
        if (common.isEmpty()) {
            throw new IllegalArgumentException("nothing was comparable: the baseline's " + base.results().size()
                    + " and the current run's " + cur.results().size() + " benchmarks share no benchmark + params");
        }
        List<Sides> sides = common.stream().map(k -> new Sides(base.results().get(k), cur.results().get(k))).toList();
        double[] p = sides.stream().mapToDouble(s -> ForkSignificance.pValue(s.baseMeans, s.curMeans)).toArray();
        double[] adjusted = Holm.adjust(p);
        int tests = (int) Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(options.resamples(), options.seed());
        List<BenchmarkChange> changes = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            changes.add(sides.get(i).change(p[i], adjusted[i], Math.max(tests, 1), bootstrap, options));
        }
        changes.sort(Comparator.comparing(BenchmarkChange::verdict).thenComparing(BenchmarkChange::key));
        return new Comparison(baseline.toString(), current.toString(), base.environment(), cur.environment(), options,
                changes, onlyIn(base, cur), onlyIn(cur, base), EnvironmentCheck.of(base, cur), tests);
    }

    private static List<String> onlyIn(RunInput side, RunInput other) {
        return side.results().keySet().stream().filter(k -> !other.results().containsKey(k)).toList();
    }

    /** The two results of one key with their non-empty forks. */
    private static final class Sides {
        final JmhResult base;
        final JmhResult cur;
        final List<List<Double>> baseForks;
        final List<List<Double>> curForks;
        final double[] baseMeans;
        final double[] curMeans;

        Sides(JmhResult base, JmhResult cur) {
            this.base = base;
            this.cur = cur;
            this.baseForks = nonEmpty(base.primaryMetric().forkIterations());
            this.curForks = nonEmpty(cur.primaryMetric().forkIterations());
            this.baseMeans = base.primaryMetric().forkMeans();
            this.curMeans = cur.primaryMetric().forkMeans();
        }

        BenchmarkChange change(double p, double adjustedP, int tests, HierarchicalBootstrap bootstrap, CompareOptions options) {
            Direction direction = Direction.of(cur);
            double change;
            double low = Double.NaN;
            double high = Double.NaN;
            if (baseMeans.length == 0 || curMeans.length == 0) {
                change = cur.primaryMetric().score() / base.primaryMetric().score() - 1;
            } else {
                change = RelativeChange.ofForkMeans(baseMeans, curMeans);
            }
            if (ForkSignificance.testable(baseMeans, curMeans)) {
                double[] ratio = bootstrap.ratioInterval(baseForks, curForks, 1 - options.alpha() / tests, cur.key().hashCode());
                low = ratio[0] - 1;
                high = ratio[1] - 1;
            }
            double detectable = DetectableChange.of(baseMeans, curMeans, options.alpha() / tests, options.power());
            return new BenchmarkChange(cur.key(), cur.benchmark(), cur.params(), cur.mode(),
                    Objects.requireNonNullElse(cur.primaryMetric().scoreUnit(), ""), direction,
                    base.primaryMetric().score(), cur.primaryMetric().score(), baseMeans.length, curMeans.length,
                    change, low, high, p, adjustedP, detectable, ChangeVerdict.decide(adjustedP, change, low, high, direction, options));
        }

        private static List<List<Double>> nonEmpty(List<List<Double>> forks) {
            return forks.stream().filter(f -> !f.isEmpty()).toList();
        }
    }
}
