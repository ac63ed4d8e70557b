package io.tvpbench.run;

import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportTest {

    @Test
    void writesEveryFormatIntoTheRunDirectoryWithCellsEscaped(@TempDir Path run) throws IOException {
        Files.writeString(run.resolve(JmhResults.FILE_NAME), "["
                + MergedResultsTest.result("io.tvpbench.bench.CpuThroughputBenchmark.run",
                "{\"cores\": \"2\", \"strategy\": \"VIRTUAL\", \"workload\": \"CPU\"}", 12345.6789) + ", "
                + MergedResultsTest.result("io.tvpbench.bench.Odd.a|b", "{\"cores\": \"1\"}", 1) + "]");
        Files.writeString(run.resolve("env.json"), """
                {"schemaVersion": 1, "machine": "bench-1 / AMD EPYC / 2 CPUs", "profile": "smoke",
                 "jdk": {"version": "25"}, "git": {"commit": "abc"}, "cores": {"enforced": true}}""");

        Path report = RunReport.write(run);

        assertEquals(run.resolve("report.md"), report);
        String md = Files.readString(report);
        assertTrue(md.startsWith("# tvp-bench report: bench-1 / AMD EPYC / 2 CPUs"), md);
        assertTrue(md.contains("| CPU | 2 | only contender | VIRTUAL |"), md);
        assertTrue(md.contains("| io.tvpbench.bench.Odd.a\\|b | cores=1 | thrpt |"), md);
        for (String file : new String[]{"report.html", "summary.csv", "summary.json", "charts/scaling-CPU.svg"}) {
            assertTrue(Files.isRegularFile(run.resolve(file)), file);
        }
    }
}
