package io.tvpbench.track;

import io.tvpbench.results.Families;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.DetectableChange;
import io.tvpbench.stats.ForkSignificance;
import io.tvpbench.stats.HierarchicalBootstrap;
import io.tvpbench.stats.Holm;
import io.tvpbench.stats.LogRatio;
import io.tvpbench.stats.RelativeChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Statistical A/B of two JMH runs with the fork as the unit of replication: Welch t-test on fork means, Holm
 * correction over the whole matrix, hierarchical bootstrap intervals and a minimum practical effect. Where both runs
 * measured the controls, each benchmark is judged after dividing by its family's control shift, so a machine that
 * drifted between the runs is named instead of read as a change of the code. The runner calls {@link #run} after a
 * benchmark run when a baseline exists; {@code scripts/tvp compare} does the same.
 */
public final class Compare {

    /** The level the adjusted log ratio is first estimated at; only its p-value is read before Holm's correction. */
    private static final double ALPHA_FOR_P = 0.05;

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
        Map<String, JmhResult> baseControls = controls(base);
        Map<String, JmhResult> curControls = controls(cur);
        List<ControlShift> shifts = shifts(baseControls, curControls, options);
        List<String> common = new ArrayList<>(base.results().keySet());
        common.retainAll(cur.results().keySet());
        common.removeIf(k -> Families.ofControl(base.results().get(k)).isPresent());
        if (common.isEmpty()) {
            throw new IllegalArgumentException("nothing was comparable: the baseline's " + base.results().size()
                    + " and the current run's " + cur.results().size() + " benchmarks share no benchmark + params");
        }
        Map<String, ControlShift> byFamily = new TreeMap<>();
        shifts.stream().filter(ControlShift::usable).forEach(c -> byFamily.put(c.family() + " " + c.cores(), c));
        List<Sides> sides = common.stream().map(k -> new Sides(base.results().get(k), cur.results().get(k), byFamily)).toList();
        double[] p = sides.stream().mapToDouble(Sides::pValue).toArray();
        double[] adjusted = Holm.adjust(p);
        int tests = (int) Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(options.resamples(), options.seed());
        List<BenchmarkChange> changes = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            changes.add(sides.get(i).change(p[i], adjusted[i], Math.max(tests, 1), bootstrap, options));
        }
        changes.sort(Comparator.comparing(BenchmarkChange::verdict).thenComparing(BenchmarkChange::key));
        return new Comparison(baseline.toString(), current.toString(), base.environment(), cur.environment(), options,
                changes, onlyIn(base, cur), onlyIn(cur, base), EnvironmentCheck.of(base, cur), tests, shifts,
                missingControls(baseControls, curControls));
    }

    /** A side's control results by family and core count. */
    private static Map<String, JmhResult> controls(RunInput side) {
        Map<String, JmhResult> controls = new TreeMap<>();
        side.results().values().forEach(r -> Families.ofControl(r).ifPresent(family -> controls.put(family + " "
                + Objects.requireNonNullElse(r.param(Vocabulary.CORES_PARAM), "0"), r)));
        return controls;
    }

    /** Every control measured on both sides, in family order, then by core count (shorter numbers first). */
    private static List<ControlShift> shifts(Map<String, JmhResult> base, Map<String, JmhResult> cur, CompareOptions options) {
        List<ControlShift> shifts = new ArrayList<>();
        for (String family : Vocabulary.CONTROL_FAMILIES) {
            base.keySet().stream().filter(k -> k.startsWith(family + " ") && cur.containsKey(k))
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .forEach(k -> {
                        JmhResult b = base.get(k);
                        JmhResult c = cur.get(k);
                        LogRatio shift = LogRatio.welch(c.primaryMetric().forkMeans(), b.primaryMetric().forkMeans(),
                                1 - options.alpha());
                        shifts.add(new ControlShift(family, k.substring(family.length() + 1),
                                Objects.requireNonNullElse(c.primaryMetric().scoreUnit(), ""), b.primaryMetric().score(),
                                c.primaryMetric().score(), b.primaryMetric().forkMeans().length,
                                c.primaryMetric().forkMeans().length, shift,
                                shift.different() && Math.abs(shift.ratio().estimate() - 1) > options.threshold()));
                    });
        }
        return shifts;
    }

    /** Which side measured no control at all, or empty when both did. */
    private static Optional<String> missingControls(Map<String, JmhResult> base, Map<String, JmhResult> cur) {
        if (base.isEmpty() && cur.isEmpty()) {
            return Optional.of("either run");
        }
        if (base.isEmpty() || cur.isEmpty()) {
            return Optional.of(base.isEmpty() ? "the baseline" : "the current run");
        }
        return Optional.empty();
    }

    private static List<String> onlyIn(RunInput side, RunInput other) {
        return side.results().entrySet().stream()
                .filter(e -> !other.results().containsKey(e.getKey()) && Families.ofControl(e.getValue()).isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The two results of one key with their non-empty forks and, where its family's control was measured on both
     * sides, the change divided by the control's shift.
     */
    private static final class Sides {
        final JmhResult base;
        final JmhResult cur;
        final List<List<Double>> baseForks;
        final List<List<Double>> curForks;
        final double[] baseMeans;
        final double[] curMeans;
        final ControlShift control;
        final LogRatio adjusted;

        Sides(JmhResult base, JmhResult cur, Map<String, ControlShift> controls) {
            this.base = base;
            this.cur = cur;
            this.baseForks = nonEmpty(base.primaryMetric().forkIterations());
            this.curForks = nonEmpty(cur.primaryMetric().forkIterations());
            this.baseMeans = base.primaryMetric().forkMeans();
            this.curMeans = cur.primaryMetric().forkMeans();
            Direction direction = Direction.of(cur);
            this.control = Families.of(cur).map(family -> controls.get(family + " "
                    + Objects.requireNonNullElse(cur.param(Vocabulary.CORES_PARAM), "0"))).orElse(null);
            LogRatio raw = LogRatio.welch(curMeans, baseMeans, 1 - ALPHA_FOR_P);
            this.adjusted = control == null || direction == Direction.UNKNOWN || !raw.hasInterval() ? null
                    : raw.dividedBy(control.shift(), direction == Direction.LOWER_IS_BETTER ? 1 : -1, 1 - ALPHA_FOR_P);
        }

        /** The test that decides: on the adjusted log ratio where there is one, else Welch on fork means. */
        double pValue() {
            return adjusted != null ? adjusted.pValue() : ForkSignificance.pValue(baseMeans, curMeans);
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
            String family = Families.of(cur).orElse(null);
            if (adjusted == null) {
                double detectable = DetectableChange.of(baseMeans, curMeans, options.alpha() / tests, options.power());
                return new BenchmarkChange(cur.key(), cur.benchmark(), cur.params(), cur.mode(),
                        Objects.requireNonNullElse(cur.primaryMetric().scoreUnit(), ""), direction,
                        base.primaryMetric().score(), cur.primaryMetric().score(), baseMeans.length, curMeans.length,
                        change, low, high, p, adjustedP, detectable,
                        ChangeVerdict.decide(adjustedP, change, low, high, direction, options), family,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            LogRatio at = adjusted.atLevel(1 - options.alpha() / tests);
            double net = at.ratio().estimate() - 1;
            double netLow = at.ratio().low() - 1;
            double netHigh = at.ratio().high() - 1;
            return new BenchmarkChange(cur.key(), cur.benchmark(), cur.params(), cur.mode(),
                    Objects.requireNonNullElse(cur.primaryMetric().scoreUnit(), ""), direction,
                    base.primaryMetric().score(), cur.primaryMetric().score(), baseMeans.length, curMeans.length,
                    change, low, high, p, adjustedP, DetectableChange.ofLogRatio(adjusted, options.alpha() / tests, options.power()),
                    ChangeVerdict.decide(adjustedP, net, netLow, netHigh, direction, options), family,
                    control.change(), net, netLow, netHigh);
        }

        private static List<List<Double>> nonEmpty(List<List<Double>> forks) {
            return forks.stream().filter(f -> !f.isEmpty()).toList();
        }
    }
}
