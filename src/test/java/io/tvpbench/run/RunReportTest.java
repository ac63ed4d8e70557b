package io.tvpbench.run;

import io.tvpbench.report.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunReportTest {

    @Test
    void writesOneMarkdownRowPerResultWithCellsEscaped(@TempDir Path run) throws IOException {
        Files.writeString(run.resolve(JmhResults.FILE_NAME), "["
                + MergedResultsTest.result("io.tvpbench.bench.CpuThroughputBenchmark.run",
                "{\"cores\": \"2\", \"strategy\": \"VIRTUAL\"}", 12345.6789) + ", "
                + MergedResultsTest.result("io.tvpbench.bench.Odd.a|b", "{\"cores\": \"1\"}", 1) + "]");
        Files.writeString(run.resolve("env.json"), """
                {"schemaVersion": 1, "machine": "bench-1 / AMD EPYC / 2 CPUs", "profile": "smoke",
                 "jdk": {"version": "25"}, "git": {"commit": "abc"}, "cores": {"enforced": true}}""");

        Path report = RunReport.write(run);

        assertEquals(run.resolve("report.md"), report);
        List<String> lines = Files.readAllLines(report);
        assertEquals("Machine: bench-1 / AMD EPYC / 2 CPUs · JDK 25 · profile smoke · commit abc", lines.get(2));
        assertEquals("| CpuThroughputBenchmark.run | cores=2 strategy=VIRTUAL | thrpt | 12345.679 |  | ops/s |", lines.get(6));
        assertEquals("| Odd.a\\|b | cores=1 | thrpt | 1.000 |  | ops/s |", lines.get(7));
    }
}
