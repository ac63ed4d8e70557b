package io.tvpbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tvpbench.results.CPythonResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CPythonRunTest {

    private static final BenchmarkList LIST = BenchmarkLists.of(
            entry("io.tvpbench.bench.CpuThroughputBenchmark.tasks", Mode.Throughput, Map.of(
                    "cores", new String[]{"0"},
                    "strategy", new String[]{"SEQUENTIAL", "FIXED_POOL"},
                    "workload", new String[]{"CPU", "CPU_GIL"},
                    "grain", new String[]{"10us", "1ms"})),
            entry("io.tvpbench.bench.IoThroughputBenchmark.tasks", Mode.Throughput, Map.of(
                    "cores", new String[]{"0"}, "latencyMs", new String[]{"1"})));

    private static final CoreCounts ONE_AND_TWO = new CoreCounts(List.of(1, 2));

    @Test
    void standardAndFullRunsThatMeasureTheGilBenchmarkIncludeCPython() {
        assertTrue(CPythonRun.applies(BenchmarkPlan.of(LIST, "", Profile.STANDARD, ONE_AND_TWO)));
        assertTrue(CPythonRun.applies(BenchmarkPlan.of(LIST, "", Profile.FULL, ONE_AND_TWO)));
        assertFalse(CPythonRun.applies(BenchmarkPlan.of(LIST, "", Profile.SMOKE, ONE_AND_TWO)));
        assertFalse(CPythonRun.applies(BenchmarkPlan.of(LIST, "", Profile.QUICK, ONE_AND_TWO)));
        assertFalse(CPythonRun.applies(BenchmarkPlan.of(LIST, "Io", Profile.STANDARD, ONE_AND_TWO)),
                "a run without the GIL benchmark has nothing to set CPython beside");
        assertEquals(List.of("10us", "1ms"), CPythonRun.grains(BenchmarkPlan.of(LIST, "", Profile.FULL, ONE_AND_TWO)));
    }

    @Test
    void pythonOlderThan38IsSkippedWithTheReason() {
        assertNull(CPythonRun.tooOld("3.8.0"));
        assertNull(CPythonRun.tooOld("3.11.7"));
        assertNull(CPythonRun.tooOld("4.0.1"));
        assertEquals("skipped: python3 is 3.6.9; the comparison needs 3.8 or newer", CPythonRun.tooOld("3.6.9"));
        assertEquals("skipped: python3 did not tell its version", CPythonRun.tooOld(""));
    }

    @Test
    void noPythonWritesTheNoteAndStartsNothing(@TempDir Path dir) throws Exception {
        List<List<String>> started = new ArrayList<>();
        StringWriter printed = new StringWriter();
        boolean ok = CPythonRun.run(BenchmarkPlan.of(LIST, "", Profile.STANDARD, ONE_AND_TWO),
                new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), CpuSet.current()), true, dir,
                command -> {
                    started.add(command);
                    return 0;
                }, new PrintWriter(printed, true));
        assertTrue(ok);
        assertTrue(started.isEmpty(), started.toString());
        var doc = new ObjectMapper().readTree(dir.resolve(CPythonResults.FILE_NAME).toFile());
        assertEquals("skipped", doc.get("status").asText());
        assertEquals("skipped on purpose (--no-python)", doc.get("note").asText());
        assertTrue(printed.toString().contains("--no-python"), printed.toString());
    }

    @Test
    void eachCoreCountRunsTheScriptPinnedAsTheForksAre(@TempDir Path dir) throws Exception {
        assumeTrue(Executables.onPath("python3").isPresent(), "python3 is not on PATH");
        CorePinning pinning = new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), new CpuSet(List.of(0, 1)));
        List<List<String>> started = new ArrayList<>();
        boolean ok = CPythonRun.run(BenchmarkPlan.of(LIST, "", Profile.STANDARD, ONE_AND_TWO), pinning, false, dir,
                command -> {
                    started.add(command);
                    return 0;
                }, new PrintWriter(new StringWriter(), true));
        assertTrue(ok);
        assertEquals(2, started.size(), started.toString());
        for (int i = 0; i < 2; i++) {
            List<String> command = started.get(i);
            int k = i + 1;
            assertEquals(pinning.prefix(k), command.subList(0, 3));
            assertTrue(command.get(4).endsWith(".py"), command.toString());
            assertEquals(List.of("--cores", Integer.toString(k), "--grains", "10us,1ms", "--out",
                    dir.resolve(CPythonResults.FILE_NAME).toString()), command.subList(5, command.size()));
        }
    }
}
