package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPlanTest {

    private static final String PKG = "io.tvpbench.bench.";

    private static final BenchmarkList LIST = BenchmarkLists.of(
            entry(PKG + "IoThroughputBenchmark.run", Mode.Throughput, Map.of(
                    "cores", new String[]{"0"},
                    "strategy", new String[]{"FIXED_POOL", "VIRTUAL", "ASYNC"},
                    "latencyMs", new String[]{"1", "10"},
                    "concurrency", new String[]{"100", "1000"})),
            entry(PKG + "StartupCostBenchmark.virtualThread", Mode.SampleTime, Map.of("cores", new String[]{"0"})),
            entry(PKG + "StartupCostBenchmark.childJvmReady", Mode.SingleShotTime, Map.of(
                    "variant", new String[]{"DEFAULT", "C1_ONLY", "NO_CDS", "AOT_CACHE"})),
            entry(PKG + "FootprintBenchmark.platformThread", Mode.SingleShotTime, Map.of()));

    private static final CoreCounts ONE_AND_TWO = new CoreCounts(List.of(1, 2));

    @Test
    void countsEveryParamCombinationPerCoreCountWithTheProfileNarrowing() {
        BenchmarkPlan full = BenchmarkPlan.of(LIST, "", Profile.FULL, ONE_AND_TWO);
        assertEquals(3 * 2 * 2 + 1 + 4 + 1, full.configurationsPerCoreCount());
        assertEquals(2 * full.configurationsPerCoreCount(), full.configurations());
        assertTrue(full.narrowedParams().isEmpty());

        BenchmarkPlan smoke = BenchmarkPlan.of(LIST, "", Profile.SMOKE, ONE_AND_TWO);
        assertEquals(Map.of("latencyMs", Set.of("10"), "concurrency", Set.of("100"), "variant", Set.of("DEFAULT")),
                smoke.narrowedParams());
        assertEquals(3 + 1 + 1 + 1, smoke.configurationsPerCoreCount());
    }

    @Test
    void theNarrowedParamsBecomeOneConfigurationPerValueWithJmhArgumentsSelectingExactlyIt() {
        BenchmarkPlan plan = BenchmarkPlan.of(LIST, "IoThroughput", Profile.QUICK, ONE_AND_TWO);
        assertEquals(1, plan.invocations().size());
        List<Configuration> all = plan.configurationList();
        assertEquals(3 * 2, all.size());
        Configuration first = all.getFirst();
        List<String> args = first.jmhArgs();
        assertEquals(List.of("-bm", "thrpt", "-p", "cores=1"), args.subList(0, 4));
        assertTrue(args.containsAll(List.of("-p", "concurrency=100", "-p", "latencyMs=10")), args.toString());
        assertTrue(Pattern.compile(args.getLast()).matcher(PKG + "IoThroughputBenchmark.run").find());
        assertFalse(Pattern.compile(args.getLast()).matcher(PKG + "IoThroughputBenchmark.runner").find());
        assertEquals(PKG + "IoThroughputBenchmark.run:concurrency=100,cores=1,latencyMs=10,strategy="
                + first.params().get("strategy"), first.key(), "the key of its JMH result");
    }

    @Test
    void benchmarksThatDeclareDifferentValuesAreNarrowedSeparatelyNeverToAValueTheyLack() {
        BenchmarkList list = BenchmarkLists.of(
                entry(PKG + "CpuThroughputBenchmark.tasks", Mode.Throughput, Map.of("grain", new String[]{"10us", "1ms"})),
                entry(PKG + "CpuPerTaskThroughputBenchmark.tasks", Mode.Throughput, Map.of("grain", new String[]{"1ms"})),
                entry(PKG + "DispatchLatencyBenchmark.roundTrip", Mode.SampleTime, Map.of("cores", new String[]{"0"})));
        BenchmarkPlan plan = BenchmarkPlan.of(list, "", Profile.SMOKE, ONE_AND_TWO);

        Map<String, List<String>> grains = new TreeMap<>();
        plan.configurationList().stream().filter(c -> c.cores() == 1)
                .forEach(c -> grains.computeIfAbsent(c.benchmark(), b -> new java.util.ArrayList<>()).add(c.params().get("grain")));
        assertEquals(List.of("10us"), grains.get(PKG + "CpuThroughputBenchmark.tasks"));
        assertEquals(List.of("1ms"), grains.get(PKG + "CpuPerTaskThroughputBenchmark.tasks"));
        assertEquals(2, plan.invocations().size(), "benchmarks needing no narrowing share one invocation");
        assertEquals(3, plan.configurationsPerCoreCount());
    }

    @Test
    void theEstimateScalesWithCoreCountsAndIsPrintedWithThePlanAndItsRule() {
        BenchmarkPlan one = BenchmarkPlan.of(LIST, "", Profile.STANDARD, new CoreCounts(List.of(1)));
        BenchmarkPlan two = BenchmarkPlan.of(LIST, "", Profile.STANDARD, ONE_AND_TWO);
        assertEquals(one.estimate().multipliedBy(2), two.estimate());
        List<String> lines = two.describe(true);
        assertTrue(lines.get(0).startsWith("Plan: profile standard, 4 benchmark methods"), lines.get(0));
        assertTrue(lines.get(1).contains(two.configurations() + " configurations"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("at least 3 of every configuration")
                && l.contains("budget of 30m00s")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Bonferroni over looks")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("-f 1")), lines.toString());
    }

    @Test
    void theCrossProductOfStrategyAndSharingIsCutToValidPairsBeforeTheRun() {
        BenchmarkList list = BenchmarkLists.of(entry(PKG + "SharedStateThroughputBenchmark.tasks", Mode.Throughput, Map.of(
                "cores", new String[]{"0"},
                "strategy", new String[]{"SEQUENTIAL", "FIXED_POOL", "VIRTUAL", "ASYNC", "PROCESS_POOL"},
                "workload", new String[]{"SHARED_STATE"},
                "grain", new String[]{"1us", "10us"},
                "sharing", new String[]{"NONE", "LOCK", "ATOMIC", "CONFINED", "MESSAGE", "SHM_ATOMIC"},
                "updateEvery", new String[]{"1", "10", "100"})));
        BenchmarkPlan plan = BenchmarkPlan.of(list, "", Profile.STANDARD, ONE_AND_TWO);

        Map<String, String> argsByStrategies = new TreeMap<>();
        for (JmhInvocation invocation : plan.invocations()) {
            argsByStrategies.put(String.join(",", invocation.params().get("strategy")) + " / "
                    + String.join(",", invocation.params().get("sharing")), new TreeMap<>(invocation.params()).entrySet().stream()
                            .map(e -> "-p " + e.getKey() + "=" + String.join(",", e.getValue()))
                            .collect(java.util.stream.Collectors.joining(" "))
                            + " ^(" + invocation.benchmarks().stream().map(b -> "\\Q" + b.getUsername() + "\\E")
                            .collect(java.util.stream.Collectors.joining("|")) + ")$");
        }
        String regex = "^(\\Q" + PKG + "SharedStateThroughputBenchmark.tasks\\E)$";
        assertEquals(Map.of(
                "SEQUENTIAL,FIXED_POOL,VIRTUAL,ASYNC,PROCESS_POOL / NONE",
                "-p grain=1us -p sharing=NONE -p strategy=SEQUENTIAL,FIXED_POOL,VIRTUAL,ASYNC,PROCESS_POOL -p updateEvery=1 " + regex,
                "FIXED_POOL,VIRTUAL / ATOMIC",
                "-p grain=1us -p sharing=ATOMIC -p strategy=FIXED_POOL,VIRTUAL -p updateEvery=1,100 " + regex,
                "SEQUENTIAL,ASYNC / CONFINED",
                "-p grain=1us -p sharing=CONFINED -p strategy=SEQUENTIAL,ASYNC -p updateEvery=1,100 " + regex,
                "PROCESS_POOL / MESSAGE,SHM_ATOMIC",
                "-p grain=1us -p sharing=MESSAGE,SHM_ATOMIC -p strategy=PROCESS_POOL -p updateEvery=1,100 " + regex),
                argsByStrategies);
        assertEquals(5 + (2 + 2 + 2) * 2, plan.configurationsPerCoreCount(), "valid pairs only, NONE once");
        assertEquals(Map.of("grain", Set.of("1us"), "updateEvery", Set.of("1", "100")), plan.narrowedParams());
        assertEquals(1, plan.benchmarks().size());
    }

    @Test
    void explicitParamsReplaceTheProfilesValuesAndAnExplicitInvalidPairIsRefused() {
        BenchmarkList list = BenchmarkLists.of(entry(PKG + "SharedStateThroughputBenchmark.tasks", Mode.Throughput, Map.of(
                "strategy", new String[]{"FIXED_POOL", "ASYNC", "PROCESS_POOL"},
                "sharing", new String[]{"NONE", "ATOMIC", "CONFINED", "MESSAGE"},
                "updateEvery", new String[]{"1", "10", "100"})));
        BenchmarkPlan onlyMessages = BenchmarkPlan.of(list, "", Map.of("sharing", List.of("MESSAGE"),
                "updateEvery", List.of("10")), Profile.STANDARD, ONE_AND_TWO);
        assertEquals(1, onlyMessages.invocations().size());
        assertEquals(Map.of("strategy", List.of("PROCESS_POOL"), "sharing", List.of("MESSAGE"), "updateEvery", List.of("10")),
                onlyMessages.invocations().getFirst().params(), "only the strategies that can send messages");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.of(list, "",
                Map.of("strategy", List.of("ASYNC"), "sharing", List.of("CONFINED", "ATOMIC")), Profile.QUICK, ONE_AND_TWO));
        assertEquals("--param: strategy ASYNC cannot share state by ATOMIC; its sharing modes are [NONE, CONFINED]",
                e.getMessage());
        IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlan.of(LIST, "IoThroughput", Map.of("sharing", List.of("ATOMIC")), Profile.QUICK, ONE_AND_TWO));
        assertEquals("--param sharing: no benchmark matching 'IoThroughput' declares the param sharing", undeclared.getMessage());
    }

    @Test
    void anIncludeThatMatchesNothingIsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlan.of(LIST, "NoSuchBenchmark", Profile.SMOKE, ONE_AND_TWO));
        assertTrue(e.getMessage().contains("matches no benchmark"), e.getMessage());
    }

    @Test
    void anIncludeThatDoesNotCompileIsBadInputInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlan.of(LIST, "Startup(Cost", Profile.SMOKE, ONE_AND_TWO));
        assertTrue(e.getMessage().startsWith("--include: 'Startup(Cost' is not a valid regex"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aSuiteRunsPlanMeasuresTheControlsAtEveryCoreCountOutsideTheVerdictsButAUserTaskPlanDoesNot() {
        List<String> controls = List.of("cpuKernel", "allocationLoop", "threadStart", "processSpawn");
        List<BenchmarkListEntry> entries = new ArrayList<>(List.of(
                entry(PKG + "IoThroughputBenchmark.run", Mode.Throughput, Map.of("cores", new String[]{"0"},
                        "workload", new String[]{"IO_SLEEP"}, "strategy", new String[]{"FIXED_POOL", "VIRTUAL"})),
                entry(PKG + "UserTaskThroughputBenchmark.tasks", Mode.Throughput, Map.of("cores", new String[]{"0"},
                        "strategy", new String[]{"FIXED_POOL", "VIRTUAL"}))));
        controls.forEach(m -> entries.add(entry(PKG + "ControlBenchmark." + m, Mode.AverageTime,
                Map.of("cores", new String[]{"0"}))));
        BenchmarkList list = BenchmarkLists.of(entries.toArray(BenchmarkListEntry[]::new));

        for (Profile profile : List.of(Profile.SMOKE, Profile.QUICK)) {
            List<Configuration> plan = BenchmarkPlan.of(list, "IoThroughput", profile, ONE_AND_TWO).withControls(list)
                    .configurationList();
            for (int cores : ONE_AND_TWO.counts()) {
                Set<String> measured = new TreeSet<>();
                plan.stream().filter(c -> c.cores() == cores && c.benchmark().contains("ControlBenchmark"))
                        .forEach(c -> measured.add(c.benchmark().substring(c.benchmark().lastIndexOf('.') + 1)));
                assertEquals(Set.copyOf(controls), measured, profile + " at " + cores + " cores");
            }
            assertTrue(plan.stream().filter(c -> c.benchmark().contains("ControlBenchmark")).noneMatch(Configuration::competes));
            assertEquals(2 * 2 + 2 * controls.size(), plan.size(), "the included benchmark and the controls only");
        }
        assertEquals(controls.size(), BenchmarkPlan.of(list, "ControlBenchmark", Profile.QUICK, ONE_AND_TWO)
                .withControls(list).configurationsPerCoreCount(), "an include that names them measures them once");
        assertTrue(BenchmarkPlan.of(list, "IoThroughput", Profile.QUICK, ONE_AND_TWO).configurationList().stream()
                .noneMatch(c -> c.benchmark().contains("ControlBenchmark")), "only a suite run adds them (an A/B pairs its sides)");
        assertTrue(BenchmarkPlan.ofUserTask(list, Map.of("strategy", List.of("VIRTUAL")), Profile.QUICK, ONE_AND_TWO)
                .configurationList().stream().noneMatch(c -> c.benchmark().contains("ControlBenchmark")));
    }
}
