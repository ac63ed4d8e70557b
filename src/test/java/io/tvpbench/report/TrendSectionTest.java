package io.tvpbench.report;

import io.tvpbench.results.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendSectionTest {

    private static final String HEADER = "timestamp,commit,fingerprint,machine,benchmark,mode,unit,score,error\n";

    @TempDir
    Path dir;

    @Test
    void trendDrawsOneLinePerEnvironmentFingerprint() throws IOException {
        Path run = new JmhJson().thrpt("FORK_JOIN", "CPU", 1, 100, 101).write(dir.resolve("bench-results/r/jmh-result.json"));
        String key = "io.tvpbench.bench.CpuThroughputBenchmark.tasks:cores=1,grain=10us,strategy=FORK_JOIN,workload=CPU";
        StringBuilder csv = new StringBuilder(HEADER);
        for (String fingerprint : List.of("aaa", "bbb")) {
            for (int day = 1; day <= 2; day++) {
                csv.append("2026-11-0").append(day).append("T00:00:00Z,c,").append(fingerprint).append(",m-")
                        .append(fingerprint).append(",\"").append(key).append("\",thrpt,ops/s,").append(100 * day).append(",1\n");
            }
        }
        Files.writeString(dir.resolve("bench-results/history.csv"), csv);
        Report report = Report.of(List.of(LoadedRun.load(run)), History.near(run).map(History::read));
        Section trend = report.sections().stream().filter(s -> s.id().equals("trend")).findFirst().orElseThrow();
        Block.Table table = (Block.Table) trend.blocks().get(1);
        assertEquals(List.of(key + " @ m-aaa (aaa)", key + " @ m-bbb (bbb)"), table.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("100%", table.rows().get(0).get(5));
    }
}
