package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {

    /** Strategies declared only where tasks are coarse enough; their absence leaves a verdict row whole. */
    private static final Set<String> PER_TASK = Set.of(Vocabulary.THREAD_PER_TASK, Vocabulary.PROCESS_PER_TASK);

    @Test
    void namesAreTypedInLowerCaseAndParsedLeniently() {
        assertEquals(Profile.SMOKE, Profile.parse("smoke"));
        assertEquals(Profile.QUICK, Profile.parse(" Quick "));
        assertEquals("standard", Profile.STANDARD.label());
    }

    @Test
    void anUnknownProfileListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.parse("fast"));
        assertEquals("unknown profile 'fast', expected one of smoke, quick, standard, full", e.getMessage());
    }

    @Test
    void roundsAreEnoughForPairedStatisticsAndTheDesignLooksAFixedNumberOfTimes() {
        assertTrue(Profile.QUICK.minRounds() >= 3, "quick feeds the paired and fork-level tests");
        assertEquals(3, Profile.STANDARD.minRounds());
        assertTrue(Profile.FULL.minRounds() > Profile.STANDARD.minRounds());
        for (Profile p : Profile.values()) {
            assertEquals(p.minRounds(), p.design().minRounds());
            assertEquals(0.05 / p.design().looks().length, p.design().lookAlpha(), 1e-12);
        }
    }

    @Test
    void jmhOptionsOverrideForksAndIterations() {
        assertEquals(List.of("-f", "1", "-wi", "0", "-w", "100ms", "-i", "1", "-r", "100ms"), Profile.SMOKE.jmhOptions());
    }

    @Test
    void onlySmokeIsNotAMeasurementAndFullHasNoBudget() {
        assertFalse(Profile.SMOKE.measures());
        assertTrue(Profile.QUICK.measures());
        assertEquals(Duration.ofMinutes(3), Profile.SMOKE.budget().orElseThrow());
        assertTrue(Profile.FULL.budget().isEmpty());
    }

    @Test
    void profilesNarrowScenarioParamsButNeverContendersOrWorkloads() {
        assertEquals(Set.of("10us"), Profile.SMOKE.keptValues("grain").orElseThrow());
        for (Profile p : Profile.values()) {
            assertTrue(p.keptValues("strategy").isEmpty());
            assertTrue(p.keptValues("workload").isEmpty());
            assertTrue(p.keptValues("cores").isEmpty());
        }
    }

    @Test
    void smokeRunsEveryBenchmarkOnceOnOneCpuQuickOnAllTheOthersOnEveryDefaultCoreCount() {
        assertEquals(List.of(1), Profile.SMOKE.defaultCores(8).counts());
        assertEquals(List.of(8), Profile.QUICK.defaultCores(8).counts());
        assertEquals(List.of(1, 2, 4, 8), Profile.FULL.defaultCores(8).counts());
        assertEquals(List.of(1, 2), Profile.STANDARD.defaultCores(2).counts());
    }

    @Test
    void forkEstimatesGrowWithIterations() {
        Duration smoke = Profile.SMOKE.forkEstimate(Mode.Throughput);
        Duration standard = Profile.STANDARD.forkEstimate(Mode.Throughput);
        assertTrue(smoke.compareTo(standard) < 0);
        assertEquals(Profile.FORK_OVERHEAD.plus(Duration.ofMillis(100)), smoke);
        assertTrue(Profile.SMOKE.forkEstimate(Mode.SingleShotTime).compareTo(Duration.ZERO) > 0);
    }

    /**
     * Standard narrows the suite to fit its budget but keeps the question whole: on the real benchmark list, at
     * each core count, at least 12 verdict blocks with every strategy their workload is measured with (a block
     * missing one would be a partial row), among them the scenarios the report's lenses read.
     */
    @Test
    void standardKeepsTwelveCompleteVerdictBlocksPerCoreCountAndTheScenariosTheReportReads() {
        BenchmarkPlan plan = BenchmarkPlan.of(BenchmarkList.defaultList(), "", Profile.STANDARD,
                new CoreCounts(List.of(1, 2)));
        List<Configuration> competing = plan.configurationList().stream().filter(Configuration::competes).toList();
        Map<String, Set<String>> strategiesByWorkload = competing.stream().filter(c -> !PER_TASK.contains(strategy(c)))
                .collect(Collectors.groupingBy(c -> c.params().get(Vocabulary.WORKLOAD_PARAM) + " cores=" + c.cores(),
                        TreeMap::new, Collectors.mapping(ProfileTest::strategy, Collectors.toCollection(TreeSet::new))));
        Map<String, List<Configuration>> blocks = competing.stream()
                .collect(Collectors.groupingBy(Configuration::block, TreeMap::new, Collectors.toList()));
        Map<Integer, Set<String>> complete = new TreeMap<>();
        blocks.forEach((block, contenders) -> {
            Configuration any = contenders.getFirst();
            Set<String> present = contenders.stream().map(ProfileTest::strategy).collect(Collectors.toSet());
            if (contenders.size() > 1 && present.containsAll(strategiesByWorkload.get(
                    any.params().get(Vocabulary.WORKLOAD_PARAM) + " cores=" + any.cores()))) {
                complete.computeIfAbsent(any.cores(), k -> new TreeSet<>()).add(block);
            }
        });
        for (int k : List.of(1, 2)) {
            Set<String> whole = complete.getOrDefault(k, Set.of());
            assertTrue(whole.size() >= 12, k + " cores: " + whole);
            for (String needed : List.of("CPU grain=10us", "CPU grain=1ms", "CPU_GIL grain=10us", "CPU_GIL grain=1ms",
                    "IO_SLEEP concurrency=1000,latencyMs=10", "IO_SOCKET concurrency=1000,latencyMs=10",
                    "DATA_TRANSFER payload=1MiB", "SHARED_STATE grain=1us,updateEvery=1",
                    "SHARED_STATE grain=1us,updateEvery=100")) {
                assertTrue(whole.contains(needed + " cores=" + k), needed + " at " + k + " cores: " + whole);
            }
        }
        Set<String> cpu10us = blocks.get("CPU grain=10us cores=2").stream().map(ProfileTest::strategy).collect(Collectors.toSet());
        assertTrue(cpu10us.containsAll(Set.of(Vocabulary.FIXED_POOL, Vocabulary.PROCESS_POOL)), cpu10us.toString());
    }

    private static String strategy(Configuration c) {
        return c.params().get(Vocabulary.STRATEGY_PARAM);
    }
}
