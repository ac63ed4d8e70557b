package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.UslFit;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Throughput against cores per strategy, speed-up, efficiency and the Universal Scalability Law fit. */
final class ScalingSection {

    private static final int CURVE_SAMPLES = 40;

    private ScalingSection() {
    }

    static Section build(Throughputs throughputs, List<Series> allSeries) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("One chart per scenario: a line per strategy, whiskers are 95% confidence intervals "
                + "over forks, dashed lines the Universal Scalability Law fit. Speed-up is over SEQUENTIAL at 1 core; "
                + "efficiency is throughput at k cores over k times the strategy's own 1-core throughput (100% = ideal)."));
        for (ScenarioKey scenario : throughputs.scenarios()) {
            List<Series> series = allSeries.stream().filter(s -> s.scenario().equals(scenario)).toList();
            if (series.isEmpty()) {
                continue;
            }
            List<String> machines = series.stream().map(Series::machine).distinct().toList();
            boolean withMachine = machines.size() > 1;
            List<Contender> contenders = List.copyOf(throughputs.contenders(scenario));
            for (int i = 0; i < machines.size(); i++) {
                String machine = machines.get(i);
                String title = "Scaling: " + scenario.label() + (withMachine ? " on " + machine : "");
                List<Series> own = series.stream().filter(s -> s.machine().equals(machine)).toList();
                blocks.add(new Block.Chart("scaling-" + scenario.slug() + (withMachine ? "-" + (i + 1) : ""), title,
                        chart(title, own, contenders)));
            }
            blocks.add(table(series, withMachine));
            blocks.add(usl(scenario, series, withMachine));
        }
        return new Section("scaling", "Scaling", "How does throughput grow with cores, and where does it stop?", blocks);
    }

    /** One machine's curves; a contender keeps its colour in every chart of the scenario. */
    private static String chart(String title, List<Series> series, List<Contender> contenders) {
        List<LineChart.Series> lines = new ArrayList<>();
        for (Series s : series) {
            List<double[]> points = s.steps().stream().map(st -> new double[]{st.cores(),
                    st.tasksPerSecond().estimate(), st.tasksPerSecond().low(), st.tasksPerSecond().high()}).toList();
            lines.add(new LineChart.Series(s.label(false), contenders.indexOf(s.contender()), points,
                    s.usl().map(fit -> curve(fit, s)).orElse(List.of())));
        }
        return LineChart.render(title, Vocabulary.CORES_PARAM, "tasks per second", lines);
    }

    private static List<double[]> curve(UslFit fit, Series s) {
        double from = s.steps().get(0).cores();
        double to = s.steps().get(s.steps().size() - 1).cores();
        List<double[]> curve = new ArrayList<>();
        for (int i = 0; i <= CURVE_SAMPLES; i++) {
            double n = from * Math.pow(to / from, (double) i / CURVE_SAMPLES);
            curve.add(new double[]{n, fit.predict(n)});
        }
        return curve;
    }

    private static Block table(List<Series> series, boolean withMachine) {
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            for (Series.Step st : s.steps()) {
                rows.add(List.of(s.label(withMachine), Integer.toString(st.cores()), Fmt.si(st.tasksPerSecond().estimate(), ""),
                        Cells.interval(st.tasksPerSecond()), Fmt.times(st.speedup()), Fmt.percent(st.efficiency()),
                        Cells.count(st.peakThreads()) + " / " + Cells.count(st.peakProcesses())));
            }
        }
        return new Block.Table(List.of("strategy", Vocabulary.CORES_PARAM, "tasks/s", "95% CI", "speed-up", "efficiency",
                "peak threads / processes"), rows);
    }

    private static Block usl(ScenarioKey scenario, List<Series> series, boolean withMachine) {
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            s.usl().ifPresent(fit -> rows.add(List.of(s.label(withMachine), Fmt.sig(fit.sigma()), Fmt.sig(fit.kappa()),
                    fit.peakCores().map(n -> Fmt.sig(n) + " cores, " + Fmt.si(fit.predict(n), "") + " tasks/s")
                            .orElse("none (no coherency cost)"),
                    Fmt.sig(fit.rSquared()))));
        }
        if (!rows.isEmpty()) {
            return new Block.Table(List.of("USL fit: " + scenario.label(), "σ contention", "κ coherency",
                    "predicted peak", "R²"), rows);
        }
        Set<Integer> cores = new TreeSet<>();
        series.forEach(s -> s.steps().forEach(st -> cores.add(st.cores())));
        if (cores.size() >= UslFit.MIN_POINTS) {
            return new Block.Text(scenario.label() + ": no strategy has a Universal Scalability Law fit (SEQUENTIAL "
                    + "is not fitted, it ignores the cores; other curves have fewer than " + UslFit.MIN_POINTS
                    + " core counts or did not converge).");
        }
        return new Block.Text(scenario.label() + ": measured at " + cores.size() + " core count(s) ("
                + cores.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "); the Universal Scalability "
                + "Law fit needs at least " + UslFit.MIN_POINTS + ". Measure more core counts (--cores 1,2,4,8) or merge "
                + "runs from machines with more cores (tvp report RUN_A RUN_B).");
    }
}
