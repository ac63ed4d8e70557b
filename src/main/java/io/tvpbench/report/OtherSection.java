package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every result no other section explains, from this suite or any other JMH project: a table with rates and times
 * in readable units, and per benchmark class a bar chart (one bar per method and param combination, with its
 * interval), as a JMH user expects from jmh-visualizer.
 */
final class OtherSection {

    /** Values whose largest is at least this many times the smallest are drawn on a log scale. */
    private static final double LOG_SPAN = 10;

    /** What a score measures, so that only comparable values share an axis. */
    private enum Kind {
        RATE("operations per second"), TIME("time per operation"), OTHER("");

        private final String axis;

        Kind(String axis) {
            this.axis = axis;
        }

        static Kind of(Measurement m) {
            return Double.isFinite(m.perSecond().estimate()) ? RATE
                    : Double.isFinite(m.micros().estimate()) ? TIME : OTHER;
        }
    }

    private OtherSection() {
    }

    static Optional<Section> build(List<Measurement> measurements, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "benchmark", "params", "mode", "score", "95% CI", "forks");
        Map<String, List<Measurement>> charts = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (explained(m)) {
                continue;
            }
            JmhResult r = m.result();
            rows.add(m.machine(), r.benchmark(), Order.label("", new TreeMap<>(r.params())), Cells.text(r.mode()),
                    score(m), interval(m), Integer.toString(m.forkMeans().length));
            String unit = Kind.of(m) == Kind.OTHER ? Cells.text(r.primaryMetric().scoreUnit()) : Kind.of(m).name();
            charts.computeIfAbsent(m.machine() + '\n' + className(r) + '\n' + unit, k -> new ArrayList<>()).add(m);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("Results no other section explains, as JMH measured them: each bar is one method "
                + "and param combination, whiskers its 95% interval (across forks, or JMH's own over iterations with "
                + "one fork); an axis turns logarithmic when its values span a factor of " + Fmt.sig(LOG_SPAN) + "."));
        Set<String> names = new HashSet<>();
        for (List<Measurement> group : charts.values()) {
            blocks.add(chart(group, severalMachines, names));
        }
        blocks.add(rows.table());
        return Optional.of(new Section("other", "Other benchmarks", "What else was measured?", blocks));
    }

    /** One class's bars of one kind; its file is named by class and kind, numbered where two would collide. */
    private static Block.Chart chart(List<Measurement> group, boolean severalMachines, Set<String> names) {
        Measurement first = group.get(0);
        Kind kind = Kind.of(first);
        String unit = Cells.text(first.result().primaryMetric().scoreUnit());
        List<String> methods = group.stream().map(m -> m.result().method()).distinct().toList();
        List<LadderChart.Bar> bars = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Measurement m : group) {
            Interval i = value(m);
            bars.add(new LadderChart.Bar(Order.label(m.result().method(), new TreeMap<>(m.result().params())),
                    i.estimate(), i.low(), i.high(), methods.indexOf(m.result().method()), null));
            if (i.estimate() > 0) {
                min = Math.min(min, i.estimate());
                max = Math.max(max, i.hasBounds() ? Math.max(i.high(), i.estimate()) : i.estimate());
            }
        }
        boolean log = max / min >= LOG_SPAN;
        String axisLabel = (kind == Kind.OTHER ? unit : kind.axis) + (log ? " (log scale)" : "");
        LadderChart.Axis axis = new LadderChart.Axis(axisLabel, kind == Kind.TIME ? Fmt::micros : v -> Fmt.si(v, ""), log);
        String title = first.result().simpleClassName() + ": " + (kind == Kind.OTHER ? unit : kind.axis)
                + (severalMachines ? " on " + first.machine() : "");
        String base = ("other-" + first.result().simpleClassName() + "-" + (kind == Kind.OTHER ? unit : kind.name())
                .toLowerCase(Locale.ROOT)).replaceAll("[^A-Za-z0-9_-]", "_");
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        return new Block.Chart(name, title, LadderChart.render(title, bars, axis));
    }

    /**
     * JMH's score, as JMH printed it (sample mode weighs forks by their sample counts), with the interval across
     * forks, in the unit its kind is drawn in: operations per second, microseconds, or JMH's own unit.
     */
    private static Interval value(Measurement m) {
        String unit = m.result().primaryMetric().scoreUnit();
        double factor = switch (Kind.of(m)) {
            case RATE -> Units.perSecondFactor(unit);
            case TIME -> Units.microsFactor(unit);
            case OTHER -> 1;
        };
        Interval i = m.interval().times(factor);
        double score = m.result().primaryMetric().score() * factor;
        return i.hasBounds() ? new Interval(i.low(), score, i.high()) : Interval.pointOnly(score);
    }

    private static String score(Measurement m) {
        Interval i = value(m);
        return switch (Kind.of(m)) {
            case RATE -> Fmt.si(i.estimate(), "") + " ops/s";
            case TIME -> Fmt.micros(i.estimate());
            case OTHER -> Fmt.si(i.estimate(), "") + " " + Cells.text(m.result().primaryMetric().scoreUnit());
        };
    }

    private static String interval(Measurement m) {
        Interval i = value(m);
        return switch (Kind.of(m)) {
            case RATE -> Cells.interval(i);
            case TIME -> Cells.microsInterval(i);
            case OTHER -> Cells.plainInterval(m);
        };
    }

    private static String className(JmhResult r) {
        int dot = r.benchmark().lastIndexOf('.');
        return dot < 0 ? "" : r.benchmark().substring(0, dot);
    }

    private static boolean explained(Measurement m) {
        String owner = m.result().simpleClassName();
        return (m.isThroughput() && Double.isFinite(m.perSecond().estimate()))
                || (Rung.CLASSES.contains(owner) && Double.isFinite(m.micros().estimate()))
                || Vocabulary.FOOTPRINT_BENCHMARK.equals(owner)
                || (Vocabulary.TIMER_FLOOR_BENCHMARK.equals(owner) && Double.isFinite(m.micros().estimate()));
    }
}
