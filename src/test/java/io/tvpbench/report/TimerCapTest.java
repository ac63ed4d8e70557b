package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.Map;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** I/O throughput against concurrency / latency and against each mechanism's timer floor, on a recorded smoke run. */
class TimerCapTest {

    private static final Path RUN = Path.of("src/test/resources/report/fixtures/io-timer/20261201-143234-8d9ffed");

    private static Analysis analysis() {
        return Report.of(List.of(LoadedRun.load(RUN)), Optional.empty()).analysis();
    }

    private static TimerCap row(List<TimerCap> caps, String workload, String strategy) {
        return caps.stream().filter(c -> c.scenario().workload().equals(workload) && c.contender().strategy().equals(strategy))
                .findFirst().orElseThrow();
    }

    private static double floorMillis(Analysis a, String timer) {
        return a.measurements().stream()
                .filter(m -> m.result().simpleClassName().equals(Vocabulary.TIMER_FLOOR_BENCHMARK)
                        && timer.equals(m.result().param(Vocabulary.TIMER_PARAM)))
                .findFirst().orElseThrow().result().primaryMetric().score();
    }

    @Test
    void eachStrategyMeetsTheTimerItsWaitsUse() {
        Analysis a = analysis();
        List<TimerCap> caps = TimerCap.of(a);
        assertEquals(10, caps.size(), "five strategies × IO_SLEEP and IO_SOCKET");
        assertEquals(Vocabulary.VIRTUAL_SLEEP, row(caps, Vocabulary.IO_SLEEP, Vocabulary.VIRTUAL).timer());
        assertEquals(Vocabulary.EVENT_LOOP, row(caps, Vocabulary.IO_SLEEP, Vocabulary.ASYNC).timer());
        assertEquals(Vocabulary.PLATFORM_SLEEP, row(caps, Vocabulary.IO_SLEEP, Vocabulary.THREAD_PER_TASK).timer());
        assertTrue(caps.stream().filter(c -> c.scenario().workload().equals(Vocabulary.IO_SOCKET))
                .allMatch(c -> c.timer().equals(Vocabulary.EVENT_LOOP)), "socket tasks wait on the echo server's loop");
    }

    @Test
    void efficiencyIsThroughputOverConcurrencyPerLatencyAndOverTheTimersCap() {
        Analysis a = analysis();
        TimerCap virtual = row(TimerCap.of(a), Vocabulary.IO_SLEEP, Vocabulary.VIRTUAL);
        double tasks = virtual.tasksPerSecond().estimate();
        assertEquals(100 / 0.010, virtual.ideal(), 1e-9);
        assertEquals(tasks / 10_000, virtual.efficiency(), 1e-12);
        double floorSeconds = floorMillis(a, Vocabulary.VIRTUAL_SLEEP) / 1000;
        assertEquals(floorSeconds * 1e6, virtual.floor().estimate(), 1e-6);
        assertEquals(100 / floorSeconds, virtual.cap(), 1e-6);
        assertEquals(tasks * floorSeconds / 100, virtual.ofCap(), 1e-12);
    }

    @Test
    void aFloorFromAnotherCoreCountIsNeverUsed(@TempDir Path dir) throws IOException {
        JmhJson json = new JmhJson();
        json.add("io.tvpbench.bench.IoThroughputBenchmark.tasks", "thrpt", "ops/s", Map.of("strategy", "VIRTUAL",
                "workload", "IO_SLEEP", "concurrency", "100", "latencyMs", "10", "cores", "2"),
                new double[]{9000, 9100}, new double[]{9050, 9150});
        json.add("io.tvpbench.bench.TimerFloorBenchmark.waitOnce", "avgt", "ms/op", Map.of("timer", "VIRTUAL_SLEEP",
                "latencyMs", "10", "cores", "1"), new double[]{10.1, 10.1}, new double[]{10.2, 10.2});
        Analysis a = Report.of(List.of(LoadedRun.load(json.write(dir.resolve("jmh-result.json")))), Optional.empty())
                .analysis();
        TimerCap row = TimerCap.of(a).get(0);
        assertNull(row.floor());
        assertTrue(Double.isNaN(row.ofCap()));
        assertEquals(0.9075, row.efficiency(), 1e-9);
        assertTrue(TimerSection.build(List.of(row), false).orElseThrow().blocks().toString()
                .contains("not measured at 2 cores"));
    }
}
