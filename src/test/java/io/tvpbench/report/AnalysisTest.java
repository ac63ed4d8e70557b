package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.Outcome;
import io.tvpbench.stats.UslFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTest {

    @TempDir
    Path dir;

    private Report report(JmhJson json) throws IOException {
        return Report.of(List.of(LoadedRun.load(json.write(dir.resolve("jmh-result.json")))), Optional.empty());
    }

    private static Verdict at(Report report, int cores) {
        return report.analysis().verdicts().stream().filter(v -> v.cores() == cores).findFirst().orElseThrow();
    }

    @Test
    void clearWinnerNeedsSeparatedForks() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 2, 2000, 2010, 1990)
                .thrpt("FIXED_POOL", "CPU", 2, 1500, 1510, 1490)
                .thrpt("VIRTUAL", "CPU", 2, 1999, 2012, 1985));
        Verdict v = at(report, 2);
        assertEquals("FORK_JOIN", v.winner().strategy());
        assertFalse(v.clear(), "VIRTUAL is within noise of FORK_JOIN");
        assertEquals(Outcome.EQUIVALENT, v.outcome(), "and demonstrably within 5% of it: " + v.marginInterval());
        assertEquals(List.of("VIRTUAL"), v.tied().stream().map(Contender::strategy).toList());
        assertEquals(List.of("FORK_JOIN", "VIRTUAL", "FIXED_POOL"), v.contenders().stream().map(Contender::strategy).toList());
        assertFalse(v.paired(), "a JMH file without rounds is unpaired");
        assertTrue(v.method().startsWith("Welch"), v.method());
    }

    @Test
    void clearWinnerReportsItsMargin() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 2, 2000, 2010, 1990)
                .thrpt("FIXED_POOL", "CPU", 2, 1000, 1010, 990));
        Verdict v = at(report, 2);
        assertTrue(v.clear());
        assertEquals(Outcome.CLEAR, v.outcome());
        assertEquals(2.0, v.margin(), 1e-3);
        assertTrue(v.marginInterval().low() < 2 && v.marginInterval().high() > 2 && v.marginInterval().low() > 1.9,
                v.marginInterval().toString());
        assertEquals("FIXED_POOL", v.runnerUp().strategy());
    }

    @Test
    void singleForksFallBackToIntervalOverlap() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 1, 2000)
                .thrpt("FIXED_POOL", "CPU", 1, 1000));
        Verdict v = at(report, 1);
        assertEquals(Outcome.UNDECIDED, v.outcome(), "without an interval nothing can be decided");
        assertTrue(VerdictSection.sentence(v).startsWith("undecided: FORK_JOIN 2× over FIXED_POOL, unpaired (0 forks)"),
                VerdictSection.sentence(v));
        assertTrue(report.analysis().warnings().stream().anyMatch(w -> w.contains("fewer than 2 forks")));
    }

    @Test
    void aRowMissingAStrategyMeasuredElsewhereIsPartialNotCrowned() throws IOException {
        JmhJson json = new JmhJson()
                .add("x.CpuThroughputBenchmark.tasks", "thrpt", "ops/s", Map.of("strategy", "FIXED_POOL", "workload", "CPU",
                        "cores", "2", "grain", "10us"), new double[] {100}, new double[] {101})
                .add("x.CpuPerTaskThroughputBenchmark.tasks", "thrpt", "ops/s", Map.of("strategy", "THREAD_PER_TASK",
                        "workload", "CPU", "cores", "2", "grain", "1ms"), new double[] {10}, new double[] {11})
                .add("x.CpuPerTaskThroughputBenchmark.tasks", "thrpt", "ops/s", Map.of("strategy", "PROCESS_PER_TASK",
                        "workload", "CPU", "cores", "2", "grain", "1ms"), new double[] {1}, new double[] {1.1});
        List<Verdict> verdicts = report(json).analysis().verdicts();
        Verdict coarse = verdicts.stream().filter(v -> v.scenario().label().contains("1ms")).findFirst().orElseThrow();
        assertEquals(Outcome.PARTIAL, coarse.outcome());
        assertEquals("partial: 2 of 3 strategies", VerdictSection.sentence(coarse));
        Verdict fine = verdicts.stream().filter(v -> v.scenario().label().contains("10us")).findFirst().orElseThrow();
        assertEquals("only contender", VerdictSection.sentence(fine));
    }

    @Test
    void loneContenderIsNamedWithoutRunnerUp() throws IOException {
        Verdict v = at(report(new JmhJson().thrpt("SEQUENTIAL", "CPU", 1, 100, 101)), 1);
        assertNull(v.runnerUp());
        assertEquals("only contender", VerdictSection.sentence(v));
    }

    @Test
    void speedupIsOverSequentialAtOneCoreAndEfficiencyOverOwnOneCore() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("SEQUENTIAL", "CPU", 1, 1000, 1000)
                .thrpt("FORK_JOIN", "CPU", 1, 800, 800)
                .thrpt("FORK_JOIN", "CPU", 2, 1200, 1200));
        Series fj = report.analysis().series().stream().filter(s -> s.contender().strategy().equals("FORK_JOIN")).findFirst().orElseThrow();
        Series.Step two = fj.steps().get(1);
        assertEquals(1.2, two.speedup(), 1e-9);
        assertEquals(0.75, two.efficiency(), 1e-9);
        assertTrue(fj.usl().isEmpty());
    }

    @Test
    void machinesWithDisjointCoreCountsFormOneCurveWithUslFit() throws IOException {
        UslFit truth = new UslFit(1000, 0.1, 0.01, 1);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new JmhJson().thrpt("FORK_JOIN", "CPU", 1, truth.predict(1), truth.predict(1))
                .thrpt("FORK_JOIN", "CPU", 2, truth.predict(2), truth.predict(2)).write(a.resolve("jmh-result.json"));
        new JmhJson().thrpt("FORK_JOIN", "CPU", 4, truth.predict(4), truth.predict(4))
                .thrpt("FORK_JOIN", "CPU", 8, truth.predict(8), truth.predict(8)).write(b.resolve("jmh-result.json"));
        JmhJson.env(a, "small", true);
        JmhJson.env(b, "big", true);
        Report report = Report.of(List.of(LoadedRun.load(a), LoadedRun.load(b)), Optional.empty());
        assertEquals(1, report.analysis().series().size());
        Series s = report.analysis().series().get(0);
        assertEquals("big + small", s.machine());
        assertEquals(0.1, s.usl().orElseThrow().sigma(), 1e-6);
        assertEquals(0.01, s.usl().orElseThrow().kappa(), 1e-7);
        assertTrue(report.analysis().warnings().stream().anyMatch(w -> w.contains("2 machines")));
    }

    @Test
    void twoRunsOfOneMachinePoolTheirForks() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new JmhJson().thrpt("FORK_JOIN", "CPU", 2, 100, 102).write(a.resolve("jmh-result.json"));
        new JmhJson().thrpt("FORK_JOIN", "CPU", 2, 104, 106).write(b.resolve("jmh-result.json"));
        JmhJson.env(a, "same", true);
        JmhJson.env(b, "same", true);
        Report report = Report.of(List.of(LoadedRun.load(a), LoadedRun.load(b)), Optional.empty());
        Series.Step step = report.analysis().series().get(0).steps().get(0);
        assertEquals(103, step.tasksPerSecond().estimate(), 1e-9);
        assertTrue(report.analysis().warnings().stream().noneMatch(w -> w.contains("machines")));
    }

    @Test
    void breakEvenFromStartupAndThroughputs() throws IOException {
        // threads 1000/s, pool 2000/s, start-up 100 ms: n = 0.1 / (1/1000 - 1/2000) = 200 tasks
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 2, 1000, 1000)
                .thrpt("PROCESS_POOL", "CPU", 2, 2000, 2000)
                .add("io.tvpbench.bench.StartupCostBenchmark.childJvmReady", "ss", "ms/op",
                        java.util.Map.of("variant", "DEFAULT", "cores", "2"), new double[]{100}, new double[]{100}));
        BreakEven b = report.analysis().breakEvens().get(0);
        assertEquals(100_000, b.startupMicros(), 1e-6);
        assertTrue(b.startupSource().contains("one child JVM"), b.startupSource());
        assertEquals(200, b.tasks(), 1e-6);
        assertEquals(200 * 10e-6, b.workSeconds(), 1e-12);
        assertFalse(b.never());
    }

    @Test
    void breakEvenUsesTheSameCoreCountsParallelPoolStartAndNeverAnotherCoreCounts() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 2, 1000, 1000)
                .thrpt("PROCESS_POOL", "CPU", 2, 2000, 2000)
                .thrpt("FORK_JOIN", "CPU", 1, 1000, 1000)
                .thrpt("PROCESS_POOL", "CPU", 1, 2000, 2000)
                .add("io.tvpbench.bench.StartupCostBenchmark.childJvmReady", "ss", "ms/op",
                        java.util.Map.of("variant", "DEFAULT", "cores", "2"), new double[]{100}, new double[]{100})
                .add("io.tvpbench.bench.StartupCostBenchmark.processPoolReady", "ss", "ms/op",
                        java.util.Map.of("cores", "2"), new double[]{150}, new double[]{150}));
        BreakEven twoCores = report.analysis().breakEvens().stream().filter(b -> b.cores() == 2).findFirst().orElseThrow();
        BreakEven oneCore = report.analysis().breakEvens().stream().filter(b -> b.cores() == 1).findFirst().orElseThrow();
        assertEquals(150_000, twoCores.startupMicros(), 1e-6, "the pool's parallel start, not one child's");
        assertTrue(twoCores.startupSource().contains("2 child JVMs started in parallel"), twoCores.startupSource());
        assertTrue(Double.isNaN(oneCore.startupMicros()), "2 cores' start-up is not borrowed for 1 core");
        assertTrue(BreakEvenSection.verdict(oneCore).contains("not measured at 1 core"), BreakEvenSection.verdict(oneCore));
    }

    @Test
    void slowerPoolNeverPaysOff() throws IOException {
        Report report = report(new JmhJson()
                .thrpt("FORK_JOIN", "CPU", 2, 1000, 1000)
                .thrpt("PROCESS_POOL", "CPU", 2, 900, 900));
        assertTrue(report.analysis().breakEvens().get(0).never());
        assertTrue(BreakEvenSection.verdict(report.analysis().breakEvens().get(0)).startsWith("never"));
    }

    @Test
    void missingStartupVariantSaysNotAvailableAndSavingIsOverDefault() throws IOException {
        Report report = report(new JmhJson()
                .add("io.tvpbench.bench.StartupCostBenchmark.childJvmReady", "sample", "us/op",
                        java.util.Map.of("variant", "DEFAULT"), new double[]{50_000}, new double[]{50_000})
                .add("io.tvpbench.bench.StartupCostBenchmark.childJvmReady", "sample", "us/op",
                        java.util.Map.of("variant", "C1_ONLY"), new double[]{40_000}, new double[]{40_000}));
        List<Rung> ladder = report.analysis().ladder();
        assertEquals(List.of("DEFAULT", "C1_ONLY", "NO_CDS", "AOT_CACHE"), ladder.stream().map(Rung::variant).toList());
        assertEquals(10_000, ladder.get(1).saving(), 1e-9);
        assertEquals("not available on this JDK", ladder.get(3).note());
    }

    @Test
    void dispatchRatioIsOverTheMatchingFloor() throws IOException {
        Report report = report(roundTripAndParkingFloor("FIXED_POOL", "1")
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.floorSpinning", "sample", "us/op",
                        java.util.Map.of("cores", "1"), new double[]{1}, new double[]{1}));
        Floor f = report.analysis().floors().get(0);
        assertEquals(4, f.ratio(), 1e-9);
        assertEquals("floorParking", f.floorName());
        assertEquals(1, f.limit().estimate(), 1e-9, "the spinning floor stands beside as the limit");
        assertNull(f.unreliable());
    }

    @Test
    void strategiesOnForkJoinWorkersMeetTheSpinThenParkFloor() throws IOException {
        Report report = report(roundTripAndParkingFloor("VIRTUAL", "1")
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.floorSpinThenPark", "sample", "us/op",
                        java.util.Map.of("cores", "1"), new double[]{2}, new double[]{2})
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.floorSpinning", "sample", "us/op",
                        java.util.Map.of("cores", "1"), new double[]{1}, new double[]{1}));
        Floor f = report.analysis().floors().get(0);
        assertEquals("floorSpinThenPark", f.floorName());
        assertEquals(10, f.ratio(), 1e-9, "over the spin-then-park floor, not the parking floor beside it");
        assertEquals(1, f.limit().estimate(), 1e-9, "the spinning floor stands beside as the limit");
    }

    @Test
    void aFloorReadsAsItsLowestForkSinceAForkAboveItPaidForMoreThanTheHandOff() throws IOException {
        Report report = report(new JmhJson()
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.roundTrip", "sample", "us/op",
                        java.util.Map.of("strategy", "FIXED_POOL", "cores", "1"), new double[]{6.2}, new double[]{6.1},
                        new double[]{6.0})
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.floorParking", "sample", "us/op",
                        java.util.Map.of("cores", "1"), new double[]{5.8}, new double[]{8.0}, new double[]{5.7}));
        Floor f = report.analysis().floors().get(0);
        assertEquals(5.7, f.floor().estimate(), 1e-9, "the e5b771a run's forks at 1 core: 5.8, 8.0 and 5.7 µs");
        assertTrue(f.ratio() > 1.05, "FIXED_POOL, two switches and a queue, above its floor: " + f.ratio());
        assertNull(f.unreliable());
    }

    @Test
    void aFloorFromAnotherCoreCountIsNeverBorrowed() throws IOException {
        Floor f = report(roundTripAndParkingFloor("VIRTUAL", "2")).analysis().floors().get(0);
        assertNull(f.floor());
        assertTrue(Double.isNaN(f.ratio()));
    }

    /** A 20 µs round trip at 1 core and a 5 µs parking floor measured at {@code floorCores}. */
    private static JmhJson roundTripAndParkingFloor(String strategy, String floorCores) {
        return new JmhJson()
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.roundTrip", "sample", "us/op",
                        java.util.Map.of("strategy", strategy, "cores", "1"), new double[]{20}, new double[]{20})
                .add("io.tvpbench.bench.DispatchLatencyBenchmark.floorParking", "sample", "us/op",
                        java.util.Map.of("cores", floorCores), new double[]{5}, new double[]{5});
    }

    @Test
    void aRoundTripBelowItsFloorIsFlaggedWithWhy() {
        Interval floor = new Interval(9, 10, 11);
        assertEquals("below floorSpinThenPark: the strategy spins where the floor parks, so only the spinning floor bounds it",
                Floor.unreliable(Vocabulary.FLOOR_SPIN_THEN_PARK, new Interval(4, 5, 6), floor, new Interval(0.4, 0.5, 0.6)));
        assertTrue(Floor.unreliable(Vocabulary.FLOOR_PARKING, new Interval(0.1, 0.2, 0.3), floor, new Interval(0.4, 0.5, 0.6))
                .contains("did not measure a floor"));
        assertNull(Floor.unreliable(Vocabulary.FLOOR_PARKING, new Interval(9, 9.6, 10), floor, null), "within 5% below is no flag");
    }

    @Test
    void unknownBenchmarksAndModesAreTabulatedAsTheyAre() throws IOException {
        Report report = report(new JmhJson()
                .add("org.example.Parser.parse", "weird", "widgets/op", java.util.Map.of("size", "10"),
                        new double[]{3, 3}, new double[]{4, 4}));
        String md = ReportFormat.MD.renderer().render(report);
        assertTrue(md.contains("| org.example.Parser.parse | size=10 | weird | 3.5 widgets/op |"), md);
        assertTrue(md.contains("widgets/op"));
        assertTrue(md.contains("No throughput results"));
    }
}
