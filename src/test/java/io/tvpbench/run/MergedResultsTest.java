package io.tvpbench.run;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.annotations.Mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MergedResultsTest {

    /** JMH's JSON for one result, trimmed to the fields readers use. */
    static String result(String benchmark, String paramsJson, double score) {
        return """
                {"jmhVersion": "1.37", "benchmark": "%s", "mode": "thrpt", "threads": 1, "forks": 1,
                 "params": %s,
                 "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreUnit": "ops/s", "rawData": [[%s]]},
                 "secondaryMetrics": {}}""".formatted(benchmark, paramsJson, score, score);
    }

    @Test
    void eachConfigurationIsOneResultReplacedAsItsForksGrowAndCarriesItsCoresAndForkCount(@TempDir Path dir) throws IOException {
        Configuration virtual = new Configuration("x.CpuThroughputBenchmark.run", Mode.Throughput,
                new TreeMap<>(Map.of("strategy", "VIRTUAL")), 2);
        Configuration footprint = new Configuration("x.FootprintBenchmark.childJvm", Mode.SingleShotTime, new TreeMap<>(), 1);
        Path target = dir.resolve(JmhResults.FILE_NAME);
        MergedResults merged = new MergedResults(target);

        merged.update(virtual, Files.writeString(dir.resolve("0.json"), "[" + result(virtual.benchmark(),
                "{\"cores\": \"2\", \"strategy\": \"VIRTUAL\"}", 10) + "]"));
        assertEquals(1, JmhResults.read(target).size(), "written as soon as one fork finished");
        merged.update(footprint, Files.writeString(dir.resolve("1.json"), "[" + result(footprint.benchmark(), "null", 3) + "]"));
        merged.update(virtual, Files.writeString(dir.resolve("0.json"), "[" + result(virtual.benchmark(),
                "{\"cores\": \"2\", \"strategy\": \"VIRTUAL\"}", 19).replace("[[19.0]]", "[[10.0], [28.0]]") + "]"));

        List<JmhResult> results = JmhResults.read(target);
        assertEquals(List.of("2", "1"), results.stream().map(r -> r.param("cores")).toList());
        assertEquals(2, results.get(0).forks());
        assertEquals(2, results.get(0).primaryMetric().forkMeans().length);
        assertEquals(2, merged.size());
        assertFalse(Files.exists(dir.resolve(JmhResults.FILE_NAME + ".tmp")));
    }

    @Test
    void aFileWithoutExactlyOneResultIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("k1.json"), "[]");
        MergedResults merged = new MergedResults(dir.resolve(JmhResults.FILE_NAME));
        Configuration c = new Configuration("x.A.b", Mode.Throughput, new TreeMap<>(), 1);
        assertThrows(IOException.class, () -> merged.update(c, empty));
        assertEquals(0, merged.size());
    }
}
