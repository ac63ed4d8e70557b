package io.tvpbench.results;

import io.tvpbench.bench.TimerFloorBenchmark;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.StartupVariant;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names reports look for are the names the suite produces: a renamed enum constant, benchmark class, method or
 * param fails here instead of silently emptying a report section.
 */
class VocabularyTest {

    /** The benchmarks compiled into this build, as the JMH annotation processor listed them for the jar. */
    private static final Set<BenchmarkListEntry> BENCHMARKS = BenchmarkList.defaultList().getAll(null, List.of());

    @Test
    void namesEveryEnumConstantInEnumOrder() {
        assertEquals(names(Strategy.values()), Vocabulary.STRATEGIES);
        assertEquals(names(Workload.values()), Vocabulary.WORKLOADS);
        assertEquals(names(StartupVariant.values()), Vocabulary.VARIANTS);
        assertEquals(names(Sharing.values()), Vocabulary.SHARING_MODES);
        assertTrue(Vocabulary.STRATEGIES.stream().anyMatch(s -> s.startsWith(Vocabulary.PROCESS_PREFIX)));
    }

    @Test
    void everyParamValueTheSuiteDeclaresIsInTheVocabulary() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (BenchmarkListEntry e : BENCHMARKS) {
            e.getParams().orElse(Map.of()).forEach((name, values) ->
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).addAll(Arrays.asList(values)));
        }
        assertTrue(Vocabulary.STRATEGIES.containsAll(declared.get(Vocabulary.STRATEGY_PARAM)), declared.toString());
        assertTrue(Vocabulary.WORKLOADS.containsAll(declared.get(Vocabulary.WORKLOAD_PARAM)), declared.toString());
        assertEquals(Set.copyOf(Vocabulary.VARIANTS), declared.get(Vocabulary.VARIANT_PARAM));
        assertEquals(Set.copyOf(Vocabulary.SHARING_MODES), declared.get(Vocabulary.SHARING_PARAM));
        assertTrue(declared.containsKey(Vocabulary.UPDATE_EVERY_PARAM), declared.keySet().toString());
        List<String> params = new ArrayList<>(List.of(Vocabulary.CORES_PARAM, Vocabulary.WORKLOAD_PARAM,
                Vocabulary.GRAIN_PARAM, Vocabulary.PAYLOAD_PARAM));
        params.addAll(Vocabulary.CONTENDER_PARAMS);
        for (String param : params) {
            assertTrue(declared.containsKey(param), param + " is declared by no benchmark: " + declared.keySet());
        }
    }

    @Test
    void namesBenchmarkClassesAndMethodsThatExist() {
        Set<String> benchmarks = BENCHMARKS.stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());
        for (String method : List.of(Vocabulary.ROUND_TRIP, Vocabulary.FLOOR_PARKING, Vocabulary.FLOOR_SPIN_THEN_PARK,
                Vocabulary.FLOOR_SPINNING, Vocabulary.FLOOR_PIPE_PING_PONG)) {
            assertTrue(benchmarks.contains(qualified(Vocabulary.DISPATCH_LATENCY_BENCHMARK, method)), method);
        }
        for (String method : List.of(Vocabulary.CHILD_JVM_READY, Vocabulary.NATIVE_PROCESS, Vocabulary.PROCESS_POOL_READY)) {
            assertTrue(benchmarks.contains(qualified(Vocabulary.STARTUP_COST_BENCHMARK, method)), method);
        }
        assertTrue(benchmarks.contains(qualified(Vocabulary.CPU_THROUGHPUT_BENCHMARK, Vocabulary.TASKS)));
        assertTrue(Vocabulary.CHILD_JVM_READY.startsWith(Vocabulary.CHILD_JVM_PREFIX));
        for (String userTask : List.of(Vocabulary.USER_TASK_THROUGHPUT_BENCHMARK,
                Vocabulary.USER_TASK_PER_TASK_THROUGHPUT_BENCHMARK, Vocabulary.USER_TASK_STARTUP_BENCHMARK)) {
            assertTrue(userTask.startsWith(Vocabulary.USER_TASK_PREFIX), userTask);
            assertTrue(benchmarks.stream().anyMatch(b -> b.startsWith(qualified(userTask, ""))), userTask);
        }
        assertTrue(benchmarks.contains(qualified(Vocabulary.USER_TASK_STARTUP_BENCHMARK, Vocabulary.CHILD_JVM_READY)));
        assertTrue(benchmarks.stream().anyMatch(b -> b.startsWith(qualified(Vocabulary.FOOTPRINT_BENCHMARK, ""))),
                "no " + Vocabulary.FOOTPRINT_BENCHMARK + " in " + benchmarks);
    }

    @Test
    void everyStrategyButSequentialMeetsAFloorOfItsKind() {
        Set<String> expected = new TreeSet<>(Vocabulary.STRATEGIES);
        expected.remove(Vocabulary.SEQUENTIAL);
        assertEquals(expected, new TreeSet<>(Vocabulary.DISPATCH_FLOORS.keySet()));
        Vocabulary.DISPATCH_FLOORS.forEach((strategy, floor) -> assertEquals(
                strategy.startsWith(Vocabulary.PROCESS_PREFIX) ? Vocabulary.FLOOR_PIPE_PING_PONG
                        : Set.of(Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL).contains(strategy) ? Vocabulary.FLOOR_SPIN_THEN_PARK
                        : Vocabulary.FLOOR_PARKING,
                floor, strategy));
    }

    @Test
    void everySuiteBenchmarkHasAControlFamilyAndEveryFamilyItsControl() {
        Set<String> controls = new TreeSet<>();
        for (BenchmarkListEntry e : BENCHMARKS) {
            String simple = e.getUsername().substring(Vocabulary.BENCHMARK_PACKAGE.length() + 1);
            JmhResult result = result(e.getUsername(), Map.of());
            if (simple.startsWith(Vocabulary.CONTROL_BENCHMARK + ".")) {
                controls.add(Families.ofControl(result).orElseThrow());
                assertTrue(Families.of(result).isEmpty(), "a control divides nothing by itself: " + simple);
            } else if (!simple.startsWith(Vocabulary.USER_TASK_PREFIX)) {
                assertTrue(Families.of(result).isPresent(), simple + " has no family in Vocabulary.FAMILIES");
                assertTrue(Families.ofControl(result).isEmpty(), simple);
            } else {
                assertTrue(Families.of(result).isEmpty(), "user tasks are no suite benchmark: " + simple);
            }
        }
        assertEquals(new TreeSet<>(Vocabulary.CONTROL_FAMILIES), controls);
        Set<String> names = BENCHMARKS.stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());
        Vocabulary.FAMILIES.forEach((owner, family) -> {
            assertTrue(Vocabulary.CONTROL_FAMILIES.contains(family), family);
            assertTrue(names.stream().anyMatch(n -> n.equals(qualified(owner, "").replaceFirst("\\.$", ""))
                    || n.startsWith(qualified(owner, ""))), owner + " names no benchmark");
        });
        assertEquals(Optional.of(Vocabulary.PROCESS_SPAWN), Families.of(result(qualified("CpuPerTaskThroughputBenchmark",
                Vocabulary.TASKS), Map.of(Vocabulary.STRATEGY_PARAM, Vocabulary.PROCESS_PER_TASK))));
        assertEquals(Optional.empty(), Families.of(result("org.example.FooBenchmark.bar", Map.of())), "foreign");
    }

    private static JmhResult result(String benchmark, Map<String, String> params) {
        return new JmhResult(null, benchmark, "avgt", 1, 1, null, null, null, null, null, 0, null, 0, null, params,
                null, null);
    }

    @Test
    void namesTheTimerFloorAndATimerForEveryStrategy() {
        assertTrue(BENCHMARKS.stream().anyMatch(b -> b.getUsername().startsWith(
                qualified(Vocabulary.TIMER_FLOOR_BENCHMARK, ""))));
        assertEquals(names(TimerFloorBenchmark.Timer.values()),
                List.of(Vocabulary.PLATFORM_SLEEP, Vocabulary.VIRTUAL_SLEEP, Vocabulary.EVENT_LOOP));
        assertEquals(Set.copyOf(Vocabulary.STRATEGIES), Vocabulary.SLEEP_TIMERS.keySet());
        BENCHMARKS.stream().filter(b -> b.getUsername().contains(Vocabulary.TIMER_FLOOR_BENCHMARK)).forEach(b -> {
            assertTrue(b.getParams().orElse(Map.of()).containsKey(Vocabulary.TIMER_PARAM), b.getUsername());
            assertTrue(b.getParams().orElse(Map.of()).containsKey(Vocabulary.LATENCY_PARAM), b.getUsername());
        });
    }

    @Test
    void namesTheSuitesProfiler() throws ClassNotFoundException {
        assertTrue(InternalProfiler.class.isAssignableFrom(Class.forName(Vocabulary.PROFILER)));
    }

    private static String qualified(String simpleClass, String method) {
        return Vocabulary.BENCHMARK_PACKAGE + "." + simpleClass + "." + method;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
