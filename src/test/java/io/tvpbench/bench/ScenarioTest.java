package io.tvpbench.bench;

import io.tvpbench.strategy.Pipeline;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.Transport;
import io.tvpbench.workload.GilLock;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioTest {

    private static Scenario of(Map<String, String> params) {
        return Scenario.of(params::get);
    }

    @Test
    void readsAnIoScenarioWithPoolSizing() {
        Scenario s = of(Map.of("strategy", "FIXED_POOL", "workload", "IO_SLEEP", "latencyMs", "10",
                "concurrency", "100", "poolSize", "CONCURRENCY"));
        assertEquals(100, s.parallelism(2));
        assertEquals(100, s.concurrency());
        List<TaskSpec> batch = s.batch(1000);
        assertEquals(1000, batch.size());
        assertEquals(10_000, batch.get(0).latencyMicros());
        assertEquals(Workload.IO_SLEEP, batch.get(999).workload());
    }

    @Test
    void withoutConcurrencyTheRunnerIsSizedToTheCores() {
        Scenario s = of(Map.of("strategy", "FORK_JOIN", "workload", "CPU", "grain", "10us"));
        assertEquals(Strategy.FORK_JOIN, s.strategy());
        assertEquals(3, s.parallelism(3));
        assertEquals(0, s.concurrency());
        assertEquals(4500, s.batch(1).get(0).cpuIterations());
    }

    @Test
    void readsPayloadSizes() {
        Scenario s = of(Map.of("strategy", "VIRTUAL", "workload", "DATA_TRANSFER", "payload", "1MiB"));
        assertEquals(1 << 20, s.batch(1).get(0).payloadBytes());
    }

    @Test
    void rejectsCombinationsThatMeanNothing() {
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "IO_SLEEP", "latencyMs", "1", "poolSize", "CORES"),
                "poolSize");
        assertInvalid(Map.of("strategy", "ASYNC", "workload", "CPU", "grain", "1ms"), "ASYNC");
        assertInvalid(Map.of("strategy", "THREAD_PER_TASK", "workload", "CPU", "grain", "10us"), "coarse");
        assertInvalid(Map.of("strategy", "THREAD_PER_TASK", "workload", "DATA_TRANSFER", "payload", "1KiB"), "coarse");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "IO_SLEEP", "latencyMs", "1", "grain", "1ms"), "grain");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "MIXED", "latencyMs", "1"), "grain");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "IO_SOCKET"), "latencyMs");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "CPU", "grain", "1ms", "concurrency", "100"),
                "concurrency");
        assertInvalid(Map.of("strategy", "SEQUENTIAL", "workload", "IO_SLEEP", "latencyMs", "1", "concurrency", "100"),
                "SEQUENTIAL");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "CPU", "grain", "1ms", "payload", "1KiB"), "payload");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "DATA_TRANSFER", "payload", "1KiB", "transport", "SHM"),
                "transport");
        assertInvalid(Map.of("strategy", "PROCESS_PER_TASK", "workload", "CPU_GIL", "grain", "10us"), "coarse");
        assertInvalid(Map.of("strategy", "FIXED_POOL", "workload", "CPU", "grain", "10us", "chunk", "4"), "chunk");
    }

    @Test
    void aProcessPoolPipelinesByDefaultOrAsItsParamsSay() {
        assertEquals(Pipeline.DEFAULT, of(Map.of("strategy", "PROCESS_POOL", "workload", "CPU", "grain", "10us")).pipeline());
        assertEquals(new Pipeline(4, 1), of(Map.of("strategy", "PROCESS_POOL", "workload", "CPU", "grain", "10us",
                "chunk", "4", "depth", "1")).pipeline());
        assertEquals(Pipeline.BLOCKING, of(Map.of("strategy", "PROCESS_POOL", "workload", "IO_SLEEP", "latencyMs", "10",
                "concurrency", "100")).pipeline(), "a wait dwarfs a message: no chunks");
        assertEquals(Pipeline.BLOCKING, of(Map.of("strategy", "PROCESS_POOL", "workload", "MIXED", "latencyMs", "10",
                "concurrency", "100", "grain", "1ms")).pipeline());
    }

    @Test
    void readsASharedStateScenarioAndRefusesAPairTheStrategyCannotUse() {
        Scenario s = of(Map.of("strategy", "ASYNC", "workload", "SHARED_STATE", "grain", "1us", "sharing", "CONFINED",
                "updateEvery", "10"));
        assertEquals(Sharing.CONFINED, s.sharing());
        List<TaskSpec> batch = s.batch(20);
        assertEquals(List.of(9, 19), batch.stream().filter(TaskSpec::updatesState).map(TaskSpec::index).toList());
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "SHARED_STATE", "grain", "1us", "sharing", "SHM_ATOMIC",
                "updateEvery", "1"), "VIRTUAL cannot share state by SHM_ATOMIC; its sharing modes are "
                + "[NONE, LOCK, SYNCHRONIZED, ATOMIC, ADDER]");
        assertInvalid(Map.of("strategy", "PROCESS_POOL", "workload", "SHARED_STATE", "grain", "1us", "sharing", "LOCK",
                "updateEvery", "1"), "PROCESS_POOL cannot share state by LOCK");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "SHARED_STATE", "grain", "1us"), "sharing");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "CPU", "grain", "1us", "sharing", "ATOMIC",
                "updateEvery", "1"), "sharing");
        assertInvalid(Map.of("strategy", "VIRTUAL", "workload", "SHARED_STATE", "grain", "1us", "sharing", "ATOMIC",
                "updateEvery", "0"), "updateEvery");
    }

    @Test
    void aProcessPoolMovesPayloadsOverItsTransport() {
        Scenario s = of(Map.of("strategy", "PROCESS_POOL", "workload", "DATA_TRANSFER", "payload", "1KiB", "transport", "SHM"));
        assertEquals(Transport.SHM, s.childJvm().transport());
        assertEquals(Transport.PIPE, of(Map.of("strategy", "PROCESS_POOL", "workload", "CPU", "grain", "10us"))
                .childJvm().transport(), "the child JVM default");
    }

    @Test
    void childJvmsGetTheParentsGilSwitchIntervalWhenOneIsSet() {
        Scenario s = of(Map.of("strategy", "PROCESS_POOL", "workload", "CPU_GIL", "grain", "10us"));
        String flag = "-D" + GilLock.SWITCH_INTERVAL_PROPERTY + "=50us";
        assertFalse(s.childJvm().jvmOptions().stream().anyMatch(o -> o.contains(GilLock.SWITCH_INTERVAL_PROPERTY)));
        System.setProperty(GilLock.SWITCH_INTERVAL_PROPERTY, "50us");
        try {
            assertTrue(s.childJvm().jvmOptions().contains(flag), s.childJvm().jvmOptions().toString());
        } finally {
            System.clearProperty(GilLock.SWITCH_INTERVAL_PROPERTY);
        }
    }

    @Test
    void perTaskStrategiesAcceptCoarseAndBlockingWork() {
        assertEquals(Strategy.THREAD_PER_TASK,
                of(Map.of("strategy", "THREAD_PER_TASK", "workload", "CPU_GIL", "grain", "1ms")).strategy());
        assertEquals(Strategy.THREAD_PER_TASK, of(Map.of("strategy", "THREAD_PER_TASK", "workload", "IO_SOCKET",
                "latencyMs", "1", "concurrency", "1000")).strategy());
    }

    private static void assertInvalid(Map<String, String> params, String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(params));
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }
}
