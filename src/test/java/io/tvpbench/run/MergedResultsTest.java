package io.tvpbench.run;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    void eachCoreCountIsAppendedAndEveryResultCarriesItsCores(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("k1.json"), "[" + result("x.CpuThroughputBenchmark.run",
                "{\"cores\": \"1\", \"strategy\": \"VIRTUAL\"}", 10) + "]");
        Path two = Files.writeString(dir.resolve("k2.json"), "[" + result("x.CpuThroughputBenchmark.run",
                "{\"cores\": \"2\", \"strategy\": \"VIRTUAL\"}", 19) + ", "
                + result("x.FootprintBenchmark.childJvm", "null", 3) + "]");
        Path target = dir.resolve(JmhResults.FILE_NAME);
        MergedResults merged = new MergedResults(target);

        assertEquals(1, merged.add(one, 1));
        assertEquals(1, JmhResults.read(target).size(), "written as soon as one core count finished");
        assertEquals(2, merged.add(two, 2));

        List<JmhResult> results = JmhResults.read(target);
        assertEquals(List.of("1", "2", "2"), results.stream().map(r -> r.param("cores")).toList());
        assertEquals(19.0, results.get(1).primaryMetric().score());
        assertEquals(3, merged.size());
        assertFalse(Files.exists(dir.resolve(JmhResults.FILE_NAME + ".tmp")));
    }

    @Test
    void anEmptyResultFileAddsNothing(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("k1.json"), "[]");
        MergedResults merged = new MergedResults(dir.resolve(JmhResults.FILE_NAME));
        assertEquals(0, merged.add(empty, 1));
        assertEquals(0, merged.size());
    }
}
