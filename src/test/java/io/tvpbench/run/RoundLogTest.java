package io.tvpbench.run;

import io.tvpbench.results.RoundsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundLogTest {

    @TempDir
    Path dir;

    private static Configuration contender(String strategy) {
        return new Configuration("io.tvpbench.bench.CpuThroughputBenchmark.tasks", Mode.Throughput,
                new TreeMap<>(Map.of("strategy", strategy, "workload", "CPU", "grain", "10us")), 1);
    }

    @Test
    void eachResultForkHasItsRoundAndItsTimeAndAFailedForkNeither() throws IOException {
        Configuration pool = contender("FIXED_POOL");
        Configuration virtual = contender("VIRTUAL");
        RoundLog log = new RoundLog(dir.resolve(RoundLog.FILE_NAME), 7);
        log.round(List.of(pool, virtual));
        log.fork(pool, true, 1500);
        log.fork(virtual, false, 900);
        log.round(List.of(virtual, pool));
        log.fork(virtual, true, 2125);
        log.fork(pool, true, 2250);

        RoundsFile read = RoundsFile.near(dir).orElseThrow();

        assertEquals(Map.of(pool.key(), List.of(1, 2), virtual.key(), List.of(2)), read.forks());
        assertEquals(Map.of(pool.key(), List.of(1.5, 2.25), virtual.key(), List.of(2.125)), read.forkSeconds(),
                "seconds in the order of the result's forks, as the rounds are");
        assertEquals(read, log.snapshot());
        assertTrue(Files.readString(dir.resolve(RoundLog.FILE_NAME)).contains("\"1 " + virtual.key() + "\""),
                "the failed fork is listed with its round");
    }

    @Test
    void aRunRecordedBeforeForkTimesReadsWithNone() throws IOException {
        Files.writeString(dir.resolve(RoundsFile.FILE_NAME), """
                {"schemaVersion": 1, "seed": 3, "rounds": [], "forks": {"k": [1, 2]}}""");

        RoundsFile read = RoundsFile.near(dir).orElseThrow();

        assertEquals(Map.of("k", List.of(1, 2)), read.forks());
        assertEquals(Map.of(), read.forkSeconds());
    }
}
